"""Trusted public keys (villages at the district, the district at a village) and enrolled villages.

Repository functions: they never commit.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage.models import TrustedKeyRow, VillageRow


def get_key(session: Session, key_id: str) -> TrustedKeyRow | None:
    return session.get(TrustedKeyRow, key_id)


def add_key(session: Session, *, key_id: str, sign_pub: str, age_recipient: str, fingerprint: str, role: str,
            region_code: str, now: datetime) -> TrustedKeyRow:
    row = session.get(TrustedKeyRow, key_id)
    if row is None:
        row = TrustedKeyRow(
            key_id=key_id,
            role=role,
            region_code=region_code,
            sign_pub=sign_pub,
            age_recipient=age_recipient,
            fingerprint=fingerprint,
            added_at=now,
        )
        session.add(row)
    # a revoked key stays revoked: adding it again (an old enrollment or config replayed) changes nothing
    return row


def all_keys(session: Session) -> list[TrustedKeyRow]:
    """Every key, revoked ones included (a revoked key must still be recognised to be refused)."""
    return list(session.scalars(select(TrustedKeyRow).order_by(TrustedKeyRow.key_id)))


def active_keys(session: Session, *, role: str, region_code: str | None = None) -> list[TrustedKeyRow]:
    stmt = select(TrustedKeyRow).where(TrustedKeyRow.role == role, TrustedKeyRow.revoked_at.is_(None))
    if region_code is not None:
        stmt = stmt.where(TrustedKeyRow.region_code == region_code)
    return list(session.scalars(stmt.order_by(TrustedKeyRow.added_at)))


def revoke(session: Session, key_id: str, now: datetime) -> bool:
    row = session.get(TrustedKeyRow, key_id)
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = now
    return True


def revoked_key_ids(session: Session) -> list[str]:
    return list(session.scalars(select(TrustedKeyRow.key_id).where(TrustedKeyRow.revoked_at.is_not(None))))


# ---------------------------------------------------------------- villages (district side)


def upsert_village(session: Session, *, desa_code: str, name: str, operator: str, installation_id: str,
                   now: datetime) -> VillageRow:
    row = session.get(VillageRow, desa_code)
    if row is None:
        row = VillageRow(desa_code=desa_code, enrolled_at=now, last_sequence=0)
        session.add(row)
    row.name = name
    row.operator = operator
    row.installation_id = installation_id
    return row


def villages(session: Session) -> list[VillageRow]:
    return list(session.scalars(select(VillageRow).order_by(VillageRow.desa_code)))
