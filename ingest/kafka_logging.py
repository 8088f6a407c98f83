"""Keep kafka-python's own logging free of record content.

At DEBUG, kafka-python logs whole records and requests (``Sending (key=... value=...)``, every
``ProduceRequest`` with its record bytes, every byte sent on the wire), so an application that turns
on debug logging would write prompts and completions to its logs. This filter, attached to every
``kafka.*`` logger, replaces any message that renders bytes (``b'...'``, ``bytearray(...)``) with a
placeholder; the rest of kafka-python's logging is untouched. It costs nothing while those loggers
are below DEBUG: logger filters run only for records that are emitted.
"""

from __future__ import annotations

import logging

import kafka  # noqa: F401 - imports every kafka-python module, so every kafka.* logger exists

_BYTES_MARKERS = ("b'", 'b"', "bytearray(", "memoryview(")
WITHHELD = "kafka-python log message withheld: it renders record bytes"


class WithholdRecordBytes(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except (TypeError, ValueError):  # a malformed message is the logging module's to report
            return True
        if any(marker in text for marker in _BYTES_MARKERS):
            record.msg, record.args = WITHHELD, None
        return True


_FILTER = WithholdRecordBytes()


def withhold_record_bytes() -> None:
    """Attach the filter to every ``kafka.*`` logger (idempotent)."""
    for name in list(logging.Logger.manager.loggerDict):
        if name == "kafka" or name.startswith("kafka."):
            logger = logging.getLogger(name)
            if _FILTER not in logger.filters:
                logger.addFilter(_FILTER)
