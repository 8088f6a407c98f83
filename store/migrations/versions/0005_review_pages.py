"""The review pages: reviewers' claims on cases, browser sessions, and each span's required-field checks.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from store.columns import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_created", "cases", ["created_at"])
    op.create_table(
        "review_claims",
        sa.Column("case_id", sa.String(64), primary_key=True),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("claimed_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False, index=True),
    )
    op.create_table(
        "web_sessions",
        sa.Column("session_hash", sa.String(64), primary_key=True),
        sa.Column("token_id", sa.String(32), nullable=False, index=True),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False, index=True),
    )
    op.create_table(
        "span_checks",
        sa.Column("trace_id", sa.String(32), primary_key=True),
        sa.Column("span_id", sa.String(16), primary_key=True),
        sa.Column("hour", UTCDateTime(), nullable=False, index=True),
        sa.Column("service", sa.String(200), nullable=False),
        sa.Column("scope", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("checked", sa.Text(), nullable=False),
        sa.Column("missing", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in ("span_checks", "web_sessions", "review_claims"):
        op.drop_table(table)
    op.drop_index("ix_cases_created", table_name="cases")
