"""Span checks, the coverage dashboard's data (both databases): one row per span of a trace with the
fields its kind requires and those it lacks, counted by hour; purged with their traces."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ingest import build_trace
from schemas import Message, NormalizedSpan, RequiredFieldPolicy
from store import TraceStore, check_counts, purge_traces, span_check_rows, upsert_traces, utcnow, write_span_checks
from store.rows import content_hash, trace_body

T0 = datetime(2026, 3, 2, 9, 41, 12, tzinfo=UTC)
TRACE_ID = "5" * 32


def _span(number: int, kind: str, **fields: object) -> NormalizedSpan:
    return NormalizedSpan(
        trace_id=TRACE_ID,
        span_id=f"{number:016x}",
        name=kind,
        kind=kind,  # type: ignore[arg-type]
        convention="otel_genai",
        service="checkout",
        scope="opentelemetry.instrumentation.openai",
        start_time=T0 + timedelta(minutes=30 * number),
        end_time=T0 + timedelta(minutes=30 * number, seconds=1),
        **fields,  # type: ignore[arg-type]
    )


def test_checks_are_counted_by_hour_and_purged_with_their_trace(db_url: str) -> None:
    policy = RequiredFieldPolicy.default()
    record = build_trace(
        [
            _span(0, "agent"),
            _span(1, "llm", model="gpt-4o", input_messages=[Message(role="user", content="hi")]),
            _span(2, "llm", model="gpt-4o"),
        ],
        policy,
    )
    rows = span_check_rows(record, policy, now=utcnow())
    by_span = {row["span_id"]: row for row in rows}
    assert by_span[f"{0:016x}"]["checked"] == " ".join(policy.fields_for("agent"))
    assert "input_messages" in str(by_span[f"{2:016x}"]["missing"]).split()
    assert "input_messages" not in str(by_span[f"{1:016x}"]["missing"]).split()
    assert {row["hour"] for row in rows} == {T0.replace(minute=0, second=0), T0.replace(hour=10, minute=0, second=0)}

    store = TraceStore(db_url)
    with store.transaction() as session:
        body = trace_body(record)
        upsert_traces(
            session,
            [
                {
                    "trace_id": TRACE_ID,
                    "service": "checkout",
                    "model": "gpt-4o",
                    "start_time": T0,
                    "end_time": T0,
                    "state": "complete",
                    "complete": True,
                    "has_error": False,
                    "span_count": 3,
                    "revision": 1,
                    "body": body,
                    "content_hash": content_hash(body),
                    "first_stored_at": T0,
                    "updated_at": T0,
                    "completed_at": T0,
                }
            ],
        )
        write_span_checks(session, rows)
        write_span_checks(session, rows)  # a revision writes them again: still one row per span
        counts = check_counts(session, T0 - timedelta(hours=1), T0 + timedelta(hours=3))
    assert sum(c.spans for c in counts) == 3
    assert sorted((c.hour.hour, c.kind, "input_messages" in c.missing) for c in counts) == [
        (9, "agent", False),
        (10, "llm", False),
        (10, "llm", True),
    ]
    with store.transaction() as session:
        purge_traces(session, T0 + timedelta(days=1))
        assert check_counts(session, T0 - timedelta(hours=1), T0 + timedelta(hours=3)) == []
    store.close()
