"""Consumers' own counters (ingest health).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from store.columns import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consumer_stats",
        sa.Column("consumer_id", sa.String(200), primary_key=True),
        sa.Column("group_id", sa.String(), nullable=False, index=True),
        sa.Column("host", sa.String(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False, index=True),
        sa.Column("stopped", sa.Boolean(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("spans", sa.Integer(), nullable=False),
        sa.Column("dead_letters", sa.Integer(), nullable=False),
        sa.Column("traces_stored", sa.Integer(), nullable=False),
        sa.Column("store_retries", sa.Integer(), nullable=False),
        sa.Column("pending_spans", sa.Integer(), nullable=False),
        sa.Column("lag", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("consumer_stats")
