"""SQLAlchemy 2 models of DESIGN.md "Data model".

Rows are never physically removed (tombstones), except by an explicit purge after retention.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class PersonRow(Base):
    __tablename__ = "persons"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    desa_code: Mapped[str] = mapped_column(String(13), index=True)
    # village-owned
    nik: Mapped[str] = mapped_column(String(64), default="")
    nik_from_number: Mapped[bool] = mapped_column(Boolean, default=False)
    # the NIK when it is 16 digits and did not arrive as a spreadsheet number; NULL otherwise.
    # Only these take part in "one active record per NIK per village".
    nik_key: Mapped[str | None] = mapped_column(String(16), nullable=True)
    kk_number: Mapped[str] = mapped_column(String(64), default="")
    full_name: Mapped[str] = mapped_column(String(200), default="")
    name_title: Mapped[str] = mapped_column(String(80), default="")
    birth_place: Mapped[str] = mapped_column(String(120), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    sex: Mapped[str] = mapped_column(String(1), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    rt: Mapped[str] = mapped_column(String(8), default="")
    rw: Mapped[str] = mapped_column(String(8), default="")
    dusun: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    occupation: Mapped[str] = mapped_column(String(40), default="")
    occupation_other: Mapped[str] = mapped_column(String(120), default="")
    income: Mapped[int] = mapped_column(Integer, default=0)  # 0: not declared
    programme: Mapped[str] = mapped_column(String(20), default="jkk_jkm")
    funding_source: Mapped[str] = mapped_column(String(40), default="")
    coverage_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    coverage_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    data_source: Mapped[str] = mapped_column(String(40), default="")
    desil: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # district-owned
    verification_status: Mapped[str] = mapped_column(String(20), default="belum")
    verification_reason: Mapped[str] = mapped_column(Text, default="")
    dukcapil_match: Mapped[str] = mapped_column(String(20), default="unknown")
    bpjs_status: Mapped[str] = mapped_column(String(20), default="belum")
    bpjs_reason: Mapped[str] = mapped_column(Text, default="")
    kpj_number: Mapped[str] = mapped_column(String(32), default="")
    # bookkeeping
    rev: Mapped[int] = mapped_column(Integer, default=1)
    sent_rev: Mapped[int] = mapped_column(Integer, default=0)
    # village side: the rev of this record the district confirmed in a feedback (0: none yet)
    district_rev: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    delete_reason: Mapped[str] = mapped_column(String(200), default="")
    # derived from validation, kept for fast filters and counts
    status: Mapped[str] = mapped_column(String(20), default="siap_kirim", index=True)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    warning_count: Mapped[int] = mapped_column(Integer, default=0)
    issue_codes: Mapped[str] = mapped_column(Text, default="")  # space separated
    issues_json: Mapped[str] = mapped_column(Text, default="[]")  # [{code, field, severity, params}]
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), nullable=True
    )

    __table_args__ = (
        Index(
            "uq_persons_active_nik",
            "desa_code",
            "nik_key",
            unique=True,
            sqlite_where=text("deleted_at IS NULL AND nik_key IS NOT NULL"),
        ),
        Index("ix_persons_nik", "nik"),
        Index("ix_persons_full_name", "full_name"),
        Index("ix_persons_birth_date", "birth_date"),
        Index("ix_persons_kk_number", "kk_number"),
        Index("ix_persons_phone", "phone"),
    )


class PersonHistoryRow(Base):
    __tablename__ = "person_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(20))  # create update delete restore import merge feedback
    rev: Mapped[int] = mapped_column(Integer, default=0)
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON {field: [old, new]}
    source: Mapped[str] = mapped_column(String(200), default="")  # file / package id


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class ImportBatchRow(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    operator: Mapped[str] = mapped_column(String(120), default="")
    file_name: Mapped[str] = mapped_column(String(400), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    sheet: Mapped[str] = mapped_column(String(200), default="")
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    report: Mapped[str] = mapped_column(Text, default="{}")  # JSON summary


class PackageRow(Base):
    __tablename__ = "packages"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # package id (UUID)
    direction: Mapped[str] = mapped_column(String(10))  # sent / received
    kind: Mapped[str] = mapped_column(String(20))
    source_code: Mapped[str] = mapped_column(String(13), default="")
    target_code: Mapped[str] = mapped_column(String(13), default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(String(400), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    processed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    operator: Mapped[str] = mapped_column(String(120), default="")
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    outcome: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    document_path: Mapped[str] = mapped_column(String(400), default="")  # berita acara PDF

    __table_args__ = (Index("ix_packages_source_seq", "source_code", "sequence"),)


class VillageRow(Base):
    __tablename__ = "villages"

    desa_code: Mapped[str] = mapped_column(String(13), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    operator: Mapped[str] = mapped_column(String(120), default="")
    installation_id: Mapped[str] = mapped_column(String(36), default="")
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)


class TrustedKeyRow(Base):
    __tablename__ = "trusted_keys"

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    role: Mapped[str] = mapped_column(String(12))  # desa / kabupaten
    region_code: Mapped[str] = mapped_column(String(13), index=True)
    sign_pub: Mapped[str] = mapped_column(Text)
    age_recipient: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ReviewCaseRow(Base):
    __tablename__ = "review_cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(30), default="nik.other_village")
    nik: Mapped[str] = mapped_column(String(16), index=True)
    person_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    desa_codes: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    package_id: Mapped[str] = mapped_column(String(36), default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ResultsImportRow(Base):
    """One import of the answers Disdukcapil or BPJS sent back (district). The values it changed
    are in ``person_history`` with ``source = "results:<id>"`` (what undo puts back)."""

    __tablename__ = "results_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(12))  # dukcapil / bpjs
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    operator: Mapped[str] = mapped_column(String(120), default="")
    file_name: Mapped[str] = mapped_column(String(400), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    sheet: Mapped[str] = mapped_column(String(200), default="")
    applied: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    not_applied: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    report: Mapped[str] = mapped_column(Text, default="{}")  # JSON summary


class PaymentBatchRow(Base):
    """A payment batch ("kode iuran"): draft until issued, then frozen (triggers refuse any change)."""

    __tablename__ = "payment_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    funding_source: Mapped[str] = mapped_column(String(40))
    period_start: Mapped[date] = mapped_column(Date)  # first day of the first month
    period_end: Mapped[date] = mapped_column(Date)  # last day of the last month
    rate: Mapped[int] = mapped_column(Integer, default=16_800)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft / issued
    corrects_code: Mapped[str] = mapped_column(String(60), default="")
    participants: Mapped[int] = mapped_column(Integer, default=0)
    months: Mapped[int] = mapped_column(Integer, default=0)  # person-months
    amount: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    issued_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    issued_by: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class PaymentBatchMemberRow(Base):
    """One person in a batch, as fixed when the batch was made (a snapshot: later edits of the
    record do not change what was paid)."""

    __tablename__ = "payment_batch_members"

    batch_id: Mapped[int] = mapped_column(ForeignKey("payment_batches.id"), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    nik: Mapped[str] = mapped_column(String(16), default="")
    full_name: Mapped[str] = mapped_column(String(200), default="")
    desa_code: Mapped[str] = mapped_column(String(13), default="")
    kpj_number: Mapped[str] = mapped_column(String(32), default="")
    first_month: Mapped[int] = mapped_column(Integer)  # year * 12 + month - 1
    last_month: Mapped[int] = mapped_column(Integer)
    months: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_payment_batch_members_person_id", "person_id"),
        Index("ix_payment_batch_members_nik", "nik"),
    )


# An issued batch is frozen below the services too: SQLite refuses to change it or its members.
FREEZE_TRIGGERS: tuple[str, ...] = (
    "CREATE TRIGGER IF NOT EXISTS trg_payment_batches_frozen_update BEFORE UPDATE ON payment_batches "
    "WHEN OLD.status = 'issued' BEGIN SELECT RAISE(ABORT, 'payment batch is issued (frozen)'); END",
    "CREATE TRIGGER IF NOT EXISTS trg_payment_batches_frozen_delete BEFORE DELETE ON payment_batches "
    "WHEN OLD.status = 'issued' BEGIN SELECT RAISE(ABORT, 'payment batch is issued (frozen)'); END",
    "CREATE TRIGGER IF NOT EXISTS trg_payment_members_frozen_insert BEFORE INSERT ON payment_batch_members "
    "WHEN (SELECT status FROM payment_batches WHERE id = NEW.batch_id) = 'issued' "
    "BEGIN SELECT RAISE(ABORT, 'payment batch is issued (frozen)'); END",
    "CREATE TRIGGER IF NOT EXISTS trg_payment_members_frozen_update BEFORE UPDATE ON payment_batch_members "
    "WHEN (SELECT status FROM payment_batches WHERE id = OLD.batch_id) = 'issued' "
    "BEGIN SELECT RAISE(ABORT, 'payment batch is issued (frozen)'); END",
    "CREATE TRIGGER IF NOT EXISTS trg_payment_members_frozen_delete BEFORE DELETE ON payment_batch_members "
    "WHEN (SELECT status FROM payment_batches WHERE id = OLD.batch_id) = 'issued' "
    "BEGIN SELECT RAISE(ABORT, 'payment batch is issued (frozen)'); END",
)


def _freeze_triggers(target, connection, **_kw) -> None:  # noqa: ANN001
    for ddl in FREEZE_TRIGGERS:
        connection.exec_driver_sql(ddl)


from sqlalchemy import event as _event  # noqa: E402

_event.listen(PaymentBatchMemberRow.__table__, "after_create", _freeze_triggers)


class DuplicateDecisionRow(Base):
    """An operator's decision on a pair of records proposed as duplicates (village).

    ``a_id < b_id``. ``decision``: ``same`` (one kept, the other tombstoned with reason duplikat),
    ``not_same`` (never proposed again while both fingerprints hold) or ``later``. A decision is
    undone by setting ``undone_at``; rows are never removed.
    """

    __tablename__ = "duplicate_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    a_id: Mapped[str] = mapped_column(String(36))
    b_id: Mapped[str] = mapped_column(String(36))
    decision: Mapped[str] = mapped_column(String(12))
    kept_id: Mapped[str] = mapped_column(String(36), default="")
    removed_id: Mapped[str] = mapped_column(String(36), default="")
    a_fingerprint: Mapped[str] = mapped_column(Text, default="")
    b_fingerprint: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float] = mapped_column(Float, default=0.0)
    reasons: Mapped[str] = mapped_column(Text, default="")  # space separated reason codes
    note: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str] = mapped_column(String(120), default="")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    undone_by: Mapped[str] = mapped_column(String(120), default="")

    __table_args__ = (
        Index("ix_duplicate_decisions_pair", "a_id", "b_id"),
        Index("ix_duplicate_decisions_b_id", "b_id"),
    )
