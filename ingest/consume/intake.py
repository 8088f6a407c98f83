"""One Kafka record in: decoded spans and log records, or the reason it is a poison record.

The record's topic says whether it holds traces or logs; the bytes say whether they are
``otlp_proto`` or ``otlp_json``. A record larger than the configured limit is not decoded.
Items of a batch that fail alone are dropped with their reason while the rest is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.decode import DecodeError, Signal, decode_message
from ingest.records import DecodedBatch


@dataclass(frozen=True, slots=True)
class Intake:
    batch: DecodedBatch | None
    poison: list[str] = field(default_factory=list)
    """Reasons for the dead-letter topic (empty when the whole record decoded)."""


def take_in(value: bytes | None, signal: Signal, max_bytes: int) -> Intake:
    if not value:
        return Intake(None, ["empty: the record has no value"])
    if len(value) > max_bytes:
        return Intake(None, [f"oversized: {len(value)} bytes > max_record_bytes {max_bytes}"])
    try:
        batch = decode_message(value, signal)
    except DecodeError as exc:
        return Intake(None, [f"{exc.reason}: {exc}"])
    if not batch.errors:
        return Intake(batch)
    reasons = sorted({str(error.reason) for error in batch.errors})
    dropped = f"partly_undecodable: {len(batch.errors)} item(s) dropped ({', '.join(reasons)})"
    return Intake(batch, [dropped])
