"""Merge rules for records arriving at the district (pure functions: no database).

Per record, comparing the incoming full state from the village with what the district holds:

- nothing held: **created** (or **deleted** if the first version seen is a tombstone: it is
  kept, so an older live version arriving later cannot bring the person back);
- higher ``rev``: the village-owned fields and the bookkeeping are replaced, the
  district-owned fields are kept: **updated**, or **deleted** when it turns into a tombstone;
- equal ``rev``: **unchanged** (``conflict=True`` if the content differs: the village should
  never send two versions under one rev; the first one stays and the services report it);
- lower ``rev``: **stale**, nothing changes (a late, old package cannot roll data back);
- a record of another village under the same id: **rejected**.

The result depends only on the set of versions seen, not on their order, and applying a
version twice changes nothing (tests/sync/test_merge.py checks both with hypothesis).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from desktop_app.core.person import DISTRICT_FIELDS, VILLAGE_FIELDS

Outcome = Literal["created", "updated", "unchanged", "stale", "deleted", "rejected"]

# taken from the village together with the village-owned fields
BOOKKEEPING_FIELDS: tuple[str, ...] = (
    "id",
    "desa_code",
    "rev",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "deleted_at",
    "delete_reason",
)
# village-local or derived: never stored from a package
IGNORED_FIELDS = frozenset({"sent_rev", "district_rev", "deleted", "type"})
_FROM_VILLAGE = (*VILLAGE_FIELDS, *BOOKKEEPING_FIELDS)


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    record: dict[str, Any] | None  # the state to store; None when nothing changes
    conflict: bool = False
    reason: str = ""  # for rejected: a stable code

    @property
    def changes(self) -> bool:
        return self.record is not None


def is_tombstone(record: dict[str, Any]) -> bool:
    return record.get("deleted_at") is not None


def village_part(record: dict[str, Any]) -> dict[str, Any]:
    """The fields a village package may set (missing ones become None)."""
    return {name: record.get(name) for name in _FROM_VILLAGE}


def merge_fields(existing: dict[str, Any] | None, incoming: dict[str, Any]) -> dict[str, Any]:
    """``existing`` with the village-owned fields and bookkeeping of ``incoming``; the
    district-owned fields (and anything else the district holds) are kept."""
    merged = {k: v for k, v in (existing or {}).items() if k not in IGNORED_FIELDS}
    merged.update(village_part(incoming))
    return merged


def _same_village_content(existing: dict[str, Any], incoming: dict[str, Any]) -> bool:
    return village_part(existing) == village_part(incoming)


def decide(existing: dict[str, Any] | None, incoming: dict[str, Any]) -> Decision:
    """The merge decision for one incoming record (see the module docstring)."""
    if existing is None:
        return Decision("deleted" if is_tombstone(incoming) else "created", merge_fields(None, incoming))
    if existing.get("id") != incoming.get("id") or existing.get("desa_code") != incoming.get("desa_code"):
        return Decision("rejected", None, reason="merge.other_village")
    old_rev, new_rev = int(existing.get("rev") or 0), int(incoming["rev"])
    if new_rev < old_rev:
        return Decision("stale", None)
    if new_rev == old_rev:
        return Decision("unchanged", None, conflict=not _same_village_content(existing, incoming))
    merged = merge_fields(existing, incoming)
    if is_tombstone(incoming) and not is_tombstone(existing):
        return Decision("deleted", merged)
    return Decision("updated", merged)


def apply_feedback(existing: dict[str, Any], feedback: dict[str, Any]) -> dict[str, Any]:
    """Village side: take the district-owned fields from a feedback record, keep the rest.

    Idempotent. Village-owned fields and ``rev`` never change here: the district does not
    edit what the village owns.
    """
    merged = dict(existing)
    for name in DISTRICT_FIELDS:
        if name in feedback:
            merged[name] = feedback[name]
    return merged
