"""Promotion on the stream, end to end: spans and flag messages published to the real broker, read by
the consumer loop of ``tracecase ingest`` with the promotion hook and the flags handler, stored on
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from case_feed import agent_trace, flag_record, publish, span_records
from case_store import processor, shared_redactor
from kafka_feed import unique_topic
from kafka_loop import read_topic, run_loop
from tracecase_sampleapp.broker import LocalBroker

from casegen.cases import case_id_for
from casegen.flags import FlagHandler
from casegen.persist import CaseFilter, case_history, get_case, list_cases, list_flags
from casegen.queue import accept_case
from casegen.stream import PromotionHook
from store import TraceStore, utcnow

EMAIL = "maria.canary@example.com"


def _loop(broker: LocalBroker, store: TraceStore, spans: str, flags: str, group: str, dlq: str) -> None:
    handler = FlagHandler(store, shared_redactor(), timedelta(hours=1))
    run_loop(broker, processor(store, [PromotionHook()]), [spans], group, dlq_topic=dlq, handlers={flags: handler})


def test_rules_and_tickets_promote_traces_from_kafka(broker: LocalBroker, db_url: str) -> None:
    spans, flags, dlq = unique_topic("spans"), unique_topic("flags"), unique_topic("dlq")
    for topic in (spans, flags):
        broker.create_topic(topic, partitions=1)
    failing = agent_trace(error=True)
    unhappy = agent_trace(feedback="negative")
    flagged = agent_trace(question="My card was charged twice")
    plain = agent_trace(question="What are your opening hours?")
    # The flags arrive before their trace; one message is not JSON, one misses its ticket.
    publish(
        broker,
        flags,
        [
            flag_record(flagged.trace_id, "T-100", note=f"Customer {EMAIL} says the answer was wrong"),
            flag_record(flagged.trace_id, "T-101", note="Second complaint"),
            flag_record(failing.trace_id, "T-102"),
            b"not json {",
            b'{"trace_id": "%s"}' % flagged.trace_id.encode(),
        ],
    )
    publish(broker, spans, [r for t in (failing, unhappy, flagged, plain) for r in span_records(t.spans)])
    store = TraceStore(db_url)
    _loop(broker, store, spans, flags, unique_topic("g"), dlq)

    with store.transaction() as session:
        cases = {item.case.provenance.trace_id: item.case for item in list_cases(session, CaseFilter()).items}
        flag_states = {(f.trace_id, f.ticket_id): f for f in list_flags(session)}
    assert set(cases) == {failing.trace_id, unhappy.trace_id, flagged.trace_id}
    assert [(s.kind, getattr(s, "rule", None)) for s in cases[unhappy.trace_id].provenance.sources] == [
        ("rule", "negative_feedback")
    ]
    # Rule and ticket on one trace, two tickets on another: one case each, listing all of them.
    failing_sources = cases[failing.trace_id].provenance.sources
    assert {(s.kind, getattr(s, "rule", None) or getattr(s, "ticket_id", None)) for s in failing_sources} == {
        ("rule", "errors"),
        ("ticket", "T-102"),
    }
    tickets = [s for s in cases[flagged.trace_id].provenance.sources if s.kind == "ticket"]
    assert [t.ticket_id for t in tickets] == ["T-100", "T-101"]
    assert EMAIL not in (tickets[0].note or "") and "<EMAIL" in (tickets[0].note or "")
    assert all(f.status == "applied" and f.case_id == case_id_for(f.trace_id) for f in flag_states.values())
    assert len(flag_states) == 3
    reasons = sorted(dict(r.headers)["tracecase.reason"].decode() for r in read_topic(broker, dlq, timeout_s=2))
    assert reasons == ["flag_malformed: not JSON", "flag_malformed: ticket_id: Field required"]

    # A second consumer group re-reads every record: nothing new is written.
    with store.transaction() as session:
        before = {t: len(case_history(session, case_id_for(t))) for t in cases}
    _loop(broker, store, spans, flags, unique_topic("g"), unique_topic("dlq"))
    with store.transaction() as session:
        assert {t: len(case_history(session, case_id_for(t))) for t in cases} == before
    store.close()


def test_a_late_span_revises_the_case_and_sends_an_accepted_case_back_to_review(
    broker: LocalBroker, db_url: str
) -> None:
    spans, flags = unique_topic("spans"), unique_topic("flags")
    for topic in (spans, flags):
        broker.create_topic(topic, partitions=1)
    trace = agent_trace(error=True, answer="It ships tomorrow.", late_note="Sorry, it shipped today.")
    on_time, late = trace.without("late")
    publish(broker, spans, span_records(on_time))
    store = TraceStore(db_url)
    group = unique_topic("g")
    _loop(broker, store, spans, flags, group, unique_topic("dlq"))
    case_id = case_id_for(trace.trace_id)
    with store.transaction() as session:
        first = get_case(session, case_id)
        assert first is not None and first.revision == 1
        accepted = accept_case(session, case_id, by="ana", at=utcnow(), revision=1, expected_output="It ships today.")
    assert accepted.case.status == "accepted"

    publish(broker, spans, span_records(late))
    _loop(broker, store, spans, flags, group, unique_topic("dlq"))

    with store.transaction() as session:
        history = case_history(session, case_id)
    assert [(c.revision, c.change, c.status) for c in history] == [
        (1, "created", "candidate"),
        (2, "accepted", "accepted"),
        (3, "trace_revised", "candidate"),
    ]
    reopened = history[-1].reopened
    assert reopened is not None and reopened.from_revision == 2 and reopened.from_status == "accepted"
    changed = {change.path for change in reopened.changes}
    assert "/content/actual_output" in changed
    assert history[-1].content.actual_output == "It ships tomorrow. Sorry, it shipped today."
    assert history[-1].review.expected_output == "It ships today."  # the reviewer's work is kept
    assert len(history[-1].provenance.span_ids) == len(trace.spans)
    store.close()
