"""Cases (revisions and current pointer), review decisions, case sets, ticket flags, containment
versions, trace facets, API tokens and the audit log; backfills the facets of stored traces.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from store.columns import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_BATCH = 500


def upgrade() -> None:
    _case_tables()
    _flag_tables()
    _access_tables()
    _backfill_facets()


def _case_tables() -> None:
    op.create_table(
        "cases",
        sa.Column("case_id", sa.String(64), primary_key=True),
        sa.Column("trace_id", sa.String(32), nullable=False, unique=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("service", sa.String(), nullable=True, index=True),
        sa.Column("model", sa.String(), nullable=True, index=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("convention", sa.String(), nullable=True),
        sa.Column("duplicate_group", sa.String(64), nullable=True, index=True),
        sa.Column("source_kinds", sa.String(), nullable=False),
        sa.Column("labels", sa.String(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_cases_status_created", "cases", ["status", "created_at"])
    op.create_table(
        "case_revisions",
        sa.Column("case_id", sa.String(64), primary_key=True),
        sa.Column("revision", sa.Integer(), primary_key=True),
        sa.Column("trace_id", sa.String(32), nullable=False, index=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("service", sa.String(), nullable=True),
        sa.Column("model", sa.String(), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("convention", sa.String(), nullable=True),
        sa.Column("duplicate_group", sa.String(64), nullable=True),
        sa.Column("change", sa.String(32), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
    )
    op.create_table(
        "review_decisions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(64), nullable=False, index=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.String(), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
    )
    op.create_table(
        "case_sets",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("required_reviews", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "case_set_members",
        sa.Column("set_name", sa.String(200), primary_key=True),
        sa.Column("case_id", sa.String(64), primary_key=True, index=True),
        sa.Column("added_by", sa.String(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
    )


def _flag_tables() -> None:
    op.create_table(
        "ticket_flags",
        sa.Column("trace_id", sa.String(32), primary_key=True),
        sa.Column("ticket_id", sa.String(200), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("flagged_by", sa.String(), nullable=True, index=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("applied_at", UTCDateTime(), nullable=True),
        sa.Column("case_id", sa.String(64), nullable=True),
    )
    op.create_index("ix_ticket_flags_status_expires", "ticket_flags", ["status", "expires_at"])
    op.create_table(
        "containment_versions",
        sa.Column("set_name", sa.String(200), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True),
        sa.Column("since", UTCDateTime(), nullable=False),
        sa.Column("until", UTCDateTime(), nullable=False),
        sa.Column("filters", sa.Text(), nullable=False),
        sa.Column("trace_count", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "containment_members",
        sa.Column("set_name", sa.String(200), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True),
        sa.Column("trace_id", sa.String(32), primary_key=True),
        sa.Column("case_id", sa.String(64), nullable=False),
    )
    op.create_table(
        "trace_facets",
        sa.Column("trace_id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.String(200), primary_key=True),
    )
    op.create_index("ix_trace_facets_name_value", "trace_facets", ["name", "value"])


def _access_tables() -> None:
    op.create_table(
        "api_tokens",
        sa.Column("token_id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("salt", sa.String(64), nullable=False),
        sa.Column("digest", sa.String(128), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("last_used_at", UTCDateTime(), nullable=True),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", UTCDateTime(), nullable=False, index=True),
        sa.Column("author", sa.String(), nullable=False, index=True),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )


def _backfill_facets() -> None:
    """Facets of every trace already stored, computed from its stored (redacted) record and spans."""
    from schemas.span import NormalizedSpan
    from schemas.trace import TraceRecord
    from store.facets import trace_facets

    connection = op.get_bind()
    traces, spans = (
        sa.table("traces", sa.column("trace_id"), sa.column("body")),
        sa.table("spans", sa.column("trace_id"), sa.column("body"), sa.column("partial")),
    )
    facets = sa.table("trace_facets", sa.column("trace_id"), sa.column("name"), sa.column("value"))
    last = ""
    while True:
        rows = connection.execute(
            sa.select(traces.c.trace_id, traces.c.body)
            .where(traces.c.trace_id > last)
            .order_by(traces.c.trace_id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        ids = [row.trace_id for row in rows]
        by_trace: dict[str, list[NormalizedSpan]] = {}
        for span in connection.execute(
            sa.select(spans.c.trace_id, spans.c.body).where(spans.c.trace_id.in_(ids), spans.c.partial.is_(False))
        ):
            by_trace.setdefault(span.trace_id, []).append(NormalizedSpan.model_validate_json(span.body))
        values = []
        for row in rows:
            record = TraceRecord.model_validate_json(row.body).model_copy(
                update={"spans": by_trace.get(row.trace_id, [])}
            )
            values += [{"trace_id": row.trace_id, "name": n, "value": v} for n, v in sorted(trace_facets(record))]
        if values:
            connection.execute(sa.insert(facets), values)
        last = ids[-1]


def downgrade() -> None:
    for table in (
        "audit_log",
        "api_tokens",
        "trace_facets",
        "containment_members",
        "containment_versions",
        "ticket_flags",
        "case_set_members",
        "case_sets",
        "review_decisions",
        "case_revisions",
        "cases",
    ):
        op.drop_table(table)
