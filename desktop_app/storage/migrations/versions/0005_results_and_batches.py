"""district results imports and payment batches

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-05 23:20:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from desktop_app.storage.models import FREEZE_TRIGGERS

# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('results_imports',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('operator', sa.String(length=120), nullable=False),
    sa.Column('file_name', sa.String(length=400), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('sheet', sa.String(length=200), nullable=False),
    sa.Column('applied', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('not_applied', sa.Integer(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.Column('report', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_results_imports'))
    )
    op.create_table('payment_batches',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('funding_source', sa.String(length=40), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('rate', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('corrects_code', sa.String(length=60), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=True),
    sa.Column('issued_by', sa.String(length=120), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_batches')),
    sa.UniqueConstraint('code', name=op.f('uq_payment_batches_code'))
    )
    op.create_table('payment_batch_members',
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('desa_code', sa.String(length=13), nullable=False),
    sa.Column('kpj_number', sa.String(length=32), nullable=False),
    sa.Column('first_month', sa.Integer(), nullable=False),
    sa.Column('last_month', sa.Integer(), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['payment_batches.id'],
                            name=op.f('fk_payment_batch_members_batch_id_payment_batches')),
    sa.PrimaryKeyConstraint('batch_id', 'person_id', name=op.f('pk_payment_batch_members'))
    )
    with op.batch_alter_table('payment_batch_members', schema=None) as batch_op:
        batch_op.create_index('ix_payment_batch_members_person_id', ['person_id'], unique=False)
        batch_op.create_index('ix_payment_batch_members_nik', ['nik'], unique=False)
    for ddl in FREEZE_TRIGGERS:
        op.execute(ddl)


def downgrade() -> None:
    for name in ('trg_payment_batches_frozen_update', 'trg_payment_batches_frozen_delete',
                 'trg_payment_members_frozen_insert', 'trg_payment_members_frozen_update',
                 'trg_payment_members_frozen_delete'):
        op.execute(f'DROP TRIGGER IF EXISTS {name}')
    with op.batch_alter_table('payment_batch_members', schema=None) as batch_op:
        batch_op.drop_index('ix_payment_batch_members_nik')
        batch_op.drop_index('ix_payment_batch_members_person_id')
    op.drop_table('payment_batch_members')
    op.drop_table('payment_batches')
    op.drop_table('results_imports')
