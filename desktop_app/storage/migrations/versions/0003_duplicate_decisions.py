"""duplicate decisions; persons indexed by KK and phone

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-05 23:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('duplicate_decisions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('a_id', sa.String(length=36), nullable=False),
    sa.Column('b_id', sa.String(length=36), nullable=False),
    sa.Column('decision', sa.String(length=12), nullable=False),
    sa.Column('kept_id', sa.String(length=36), nullable=False),
    sa.Column('removed_id', sa.String(length=36), nullable=False),
    sa.Column('a_fingerprint', sa.Text(), nullable=False),
    sa.Column('b_fingerprint', sa.Text(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('decided_by', sa.String(length=120), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.Column('undone_by', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duplicate_decisions'))
    )
    with op.batch_alter_table('duplicate_decisions', schema=None) as batch_op:
        batch_op.create_index('ix_duplicate_decisions_pair', ['a_id', 'b_id'], unique=False)
        batch_op.create_index('ix_duplicate_decisions_b_id', ['b_id'], unique=False)
    # the entry-time duplicate check looks records up by KK and phone too
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index('ix_persons_kk_number', ['kk_number'], unique=False)
        batch_op.create_index('ix_persons_phone', ['phone'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('ix_persons_phone')
        batch_op.drop_index('ix_persons_kk_number')
    with op.batch_alter_table('duplicate_decisions', schema=None) as batch_op:
        batch_op.drop_index('ix_duplicate_decisions_b_id')
        batch_op.drop_index('ix_duplicate_decisions_pair')

    op.drop_table('duplicate_decisions')
