"""The store: redacted spans and assembled traces in SQLite (embedded) or PostgreSQL (production).

::

    store = TraceStore("sqlite:///tracecase.db")       # migrates the schema (Alembic) on open
    with store.transaction() as session:
        lock_traces(session, trace_ids)               # serializes writers of these traces
        upsert_spans(session, [span_values(span, record, partial=False, now=utcnow(), stored_at=None)])
        ...

Every text column holds redacted content only: the ingest pipeline redacts before it stores.
"""

from store.access_tables import ApiTokenRow, AuditRow
from store.batches import trace_batches
from store.case_tables import CaseRevisionRow, CaseRow, CaseSetMemberRow, CaseSetRow, ReviewDecisionRow
from store.columns import UTCDateTime, utcnow
from store.consumer_stats import ConsumerStats, purge_consumer_stats, read_consumer_stats, write_consumer_stats
from store.consumer_tables import ConsumerStatsRow
from store.coverage import CheckCount, check_counts, span_check_rows, write_span_checks
from store.coverage_tables import SpanCheckRow
from store.dataset_tables import DatasetMemberRow, DatasetRow, DatasetVersionMemberRow, DatasetVersionRow
from store.engine import safe_url
from store.exceptions import StoreConfigError, StoreError, StoreUnavailableError, is_transient
from store.facets import FACETS, Facet, replace_facets, trace_facets
from store.flag_tables import ContainmentMemberRow, ContainmentVersionRow, TicketFlagRow, TraceFacetRow
from store.migrate import current_revision, head_revision, upgrade_schema
from store.review_tables import ReviewClaimRow, WebSessionRow
from store.rows import (
    StoredSpan,
    content_hash,
    redaction_from_row,
    span_from_row,
    span_values,
    trace_body,
    trace_from_row,
)
from store.spans import load_record, load_spans
from store.store import TraceStore
from store.tables import SpanRow, TraceRow
from store.traces import (
    TraceFilter,
    TraceState,
    counts,
    get_trace,
    iter_traces,
    known_traces,
    list_traces,
    purge_traces,
)
from store.writes import lock_traces, stored_spans, stored_traces, upsert_rows, upsert_spans, upsert_traces

__all__ = [
    "FACETS",
    "ApiTokenRow",
    "AuditRow",
    "CaseRevisionRow",
    "CaseRow",
    "CaseSetMemberRow",
    "CaseSetRow",
    "CheckCount",
    "ConsumerStats",
    "ConsumerStatsRow",
    "ContainmentMemberRow",
    "ContainmentVersionRow",
    "DatasetMemberRow",
    "DatasetRow",
    "DatasetVersionMemberRow",
    "DatasetVersionRow",
    "Facet",
    "ReviewClaimRow",
    "ReviewDecisionRow",
    "SpanCheckRow",
    "SpanRow",
    "StoreConfigError",
    "StoreError",
    "StoreUnavailableError",
    "StoredSpan",
    "TicketFlagRow",
    "TraceFacetRow",
    "TraceFilter",
    "TraceRow",
    "TraceState",
    "TraceStore",
    "UTCDateTime",
    "WebSessionRow",
    "check_counts",
    "content_hash",
    "counts",
    "current_revision",
    "get_trace",
    "head_revision",
    "is_transient",
    "iter_traces",
    "known_traces",
    "list_traces",
    "load_record",
    "load_spans",
    "lock_traces",
    "purge_consumer_stats",
    "purge_traces",
    "read_consumer_stats",
    "redaction_from_row",
    "replace_facets",
    "safe_url",
    "span_check_rows",
    "span_from_row",
    "span_values",
    "stored_spans",
    "stored_traces",
    "trace_batches",
    "trace_body",
    "trace_facets",
    "trace_from_row",
    "upgrade_schema",
    "upsert_rows",
    "upsert_spans",
    "upsert_traces",
    "utcnow",
    "write_consumer_stats",
    "write_span_checks",
]
