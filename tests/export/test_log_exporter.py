"""KafkaLogExporter against a real broker: GenAI log events come back joined to their spans' ids."""

from __future__ import annotations

import pytest
from conftest import decode_all, read_topic
from opentelemetry._logs import LogRecord
from opentelemetry.exporter.otlp.proto.common._log_encoder import encode_logs
from opentelemetry.sdk._logs import LoggerProvider, ReadableLogRecord
from opentelemetry.sdk._logs.export import (
    BatchLogRecordProcessor,
    InMemoryLogRecordExporter,
    LogRecordExportResult,
    SimpleLogRecordProcessor,
)
from tracecase_sampleapp.broker import LocalBroker, free_port

from ingest.export import KafkaLogExporter, OtlpEncoding
from ingest.records import RawLogRecord

TRACES = [(0x0AF7651916CD43DD8448EB211C80319C + n, 0xB7AD6B7169203331 + n) for n in range(4)]


def _emit(exporter: KafkaLogExporter, untraced: int = 0) -> list[ReadableLogRecord]:
    memory = InMemoryLogRecordExporter()
    provider = LoggerProvider()
    provider.add_log_record_processor(BatchLogRecordProcessor(exporter, schedule_delay_millis=600_000))
    provider.add_log_record_processor(SimpleLogRecordProcessor(memory))
    logger = provider.get_logger("tests.export", "1.0")
    for trace_id, span_id in TRACES:
        for index in range(2):
            logger.emit(
                LogRecord(
                    trace_id=trace_id,
                    span_id=span_id,
                    event_name="gen_ai.choice",
                    body={"index": index, "message": {"role": "assistant", "content": "hi"}},
                    attributes={"gen_ai.system": "openai"},
                )
            )
    for _ in range(untraced):
        logger.emit(LogRecord(event_name="gen_ai.client.inference.operation.details", body="no trace"))
    provider.shutdown()
    return list(memory.get_finished_logs())


def _decoded(values: list[bytes]) -> list[RawLogRecord]:
    return sorted(decode_all(values, "logs").logs, key=lambda r: (r.trace_id or "", r.time_unix_nano))


def _expected(records: list[ReadableLogRecord]) -> list[RawLogRecord]:
    return _decoded([encode_logs(records).SerializeToString()])


@pytest.mark.parametrize("encoding", ["otlp_proto", "otlp_json"])
def test_log_events_come_back_whole_in_one_unkeyed_record(
    broker: LocalBroker, topic: str, encoding: OtlpEncoding
) -> None:
    exporter = KafkaLogExporter(broker.bootstrap, topic, encoding=encoding)
    emitted = _emit(exporter)

    records = read_topic(broker.bootstrap, topic)
    assert [r.key for r in records] == [None]
    got = _decoded([records[0].value])
    assert got == _expected(emitted)
    assert {(r.trace_id, r.span_id) for r in got} == {(f"{t:032x}", f"{s:016x}") for t, s in TRACES}
    assert {r.event_name for r in got} == {"gen_ai.choice"}
    assert got[0].body["message"] == {"role": "assistant", "content": "hi"}


def test_keyed_log_records_go_one_record_per_trace_and_untraced_ones_unkeyed(broker: LocalBroker, topic: str) -> None:
    exporter = KafkaLogExporter(broker.bootstrap, topic, partition_by_trace_id=True)
    emitted = _emit(exporter, untraced=2)

    records = read_topic(broker.bootstrap, topic)
    keyed = {r.key.decode(): r for r in records if r.key is not None}
    assert sorted(keyed) == sorted(f"{t:032x}" for t, _ in TRACES)
    for key, record in keyed.items():
        assert {log.trace_id for log in _decoded([record.value])} == {key}
    unkeyed = [r for r in records if r.key is None]
    assert len(unkeyed) == 1
    assert [log.trace_id for log in _decoded([unkeyed[0].value])] == [None, None]
    assert _decoded([r.value for r in records]) == _expected(emitted)
    assert exporter.stats.items == len(emitted) == 10


def test_default_topic_is_otlp_logs_and_a_dead_broker_fails_the_export() -> None:
    exporter = KafkaLogExporter(f"127.0.0.1:{free_port()}", timeout_s=0.5)
    assert exporter.topic == "otlp_logs"
    logs = _emit(KafkaLogExporter(f"127.0.0.1:{free_port()}", timeout_s=0.5))
    assert exporter.export(logs) is LogRecordExportResult.FAILURE
    exporter.shutdown()
    assert exporter.stats.failed_exports == 1


class _Unencodable:
    def __repr__(self) -> str:
        return "PII-CANARY-in-a-body"


def test_a_batch_the_encoder_rejects_fails_without_raising_or_logging_its_content(
    caplog: pytest.LogCaptureFixture,
) -> None:
    memory = InMemoryLogRecordExporter()
    provider = LoggerProvider()
    provider.add_log_record_processor(SimpleLogRecordProcessor(memory))
    provider.get_logger("tests").emit(LogRecord(body=_Unencodable(), event_name="gen_ai.choice"))  # type: ignore[arg-type]
    exporter = KafkaLogExporter(f"127.0.0.1:{free_port()}", timeout_s=0.5)

    with caplog.at_level("WARNING", logger="ingest.export"):
        assert exporter.export(memory.get_finished_logs()) is LogRecordExportResult.FAILURE
    assert "encoding 1 items for otlp_logs failed" in caplog.text
    assert "PII-CANARY" not in caplog.text
    assert exporter.stats.failed_exports == 1
