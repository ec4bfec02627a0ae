"""The package log: every package sent or received, with its outcome.

Repository functions: they never commit.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.storage.models import PackageRow


def log_package(session: Session, **values: Any) -> PackageRow:
    for key in ("counts", "outcome"):
        if key in values and not isinstance(values[key], str):
            values[key] = json.dumps(values[key], ensure_ascii=False, default=str)
    row = PackageRow(**values)
    session.add(row)
    return row


def packages(session: Session, *, direction: str | None = None, kind: str | None = None) -> list[PackageRow]:
    stmt = select(PackageRow)
    if direction:
        stmt = stmt.where(PackageRow.direction == direction)
    if kind:
        stmt = stmt.where(PackageRow.kind == kind)
    return list(session.scalars(stmt.order_by(PackageRow.created_at.desc(), PackageRow.sequence.desc())))


def last_sent(session: Session, kind: str) -> PackageRow | None:
    stmt = (
        select(PackageRow)
        .where(PackageRow.direction == "sent", PackageRow.kind == kind)
        .order_by(PackageRow.sequence.desc())
        .limit(1)
    )
    return session.scalar(stmt)


def next_sequence(session: Session, kind: str) -> int:
    current = session.scalar(
        select(func.max(PackageRow.sequence)).where(PackageRow.direction == "sent", PackageRow.kind == kind)
    )
    return int(current or 0) + 1


def set_document(session: Session, package_id: str, document_path: str) -> None:
    row = session.get(PackageRow, package_id)
    if row is not None:
        row.document_path = document_path


def received(session: Session, kind: str, source_code: str) -> list[PackageRow]:
    """The packages of ``kind`` received from ``source_code``, newest sequence first."""
    stmt = (
        select(PackageRow)
        .where(PackageRow.direction == "received", PackageRow.kind == kind, PackageRow.source_code == source_code)
        .order_by(PackageRow.sequence.desc())
    )
    return list(session.scalars(stmt))


def outcome_of(row: PackageRow) -> dict[str, Any]:
    try:
        value = json.loads(row.outcome or "{}")
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
