"""Evaluation datasets: datasets, their membership, immutable versions and the case revisions they froze.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-11
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from store.columns import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "datasets",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("query", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "dataset_members",
        sa.Column("dataset", sa.String(200), primary_key=True),
        sa.Column("case_id", sa.String(64), primary_key=True),
        sa.Column("added_by", sa.String(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.Column("removed_by", sa.String(), nullable=True),
        sa.Column("removed_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "dataset_versions",
        sa.Column("dataset", sa.String(200), primary_key=True),
        sa.Column("number", sa.Integer(), primary_key=True),
        sa.Column("version_id", sa.String(64), nullable=False, index=True),
        sa.Column("parent", sa.String(64), nullable=True),
        sa.Column("message", sa.String(), nullable=True),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("changelog", sa.Text(), nullable=False),
    )
    op.create_table(
        "dataset_version_members",
        sa.Column("dataset", sa.String(200), primary_key=True),
        sa.Column("number", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.String(64), primary_key=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("dataset_version_members")
    op.drop_table("dataset_versions")
    op.drop_table("dataset_members")
    op.drop_table("datasets")
