"""Errors raised (or recorded) while decoding OTLP bytes.

    TracecaseError
    └── DecodeError            reason: DecodeReason, location: str | None, line: int | None

One class with a machine-readable :class:`DecodeReason` rather than a subclass per reason: callers
(dead-letter routing, the CLI's skip report, metrics) branch on ``reason``, and the reason set grows
more often than the handling does. Messages name the reason and where it happened (message part,
file line), never payload content: they end up in logs.
"""

from __future__ import annotations

from enum import StrEnum
from functools import partial

from schemas.errors import TracecaseError


class DecodeReason(StrEnum):
    """Why some bytes (or one span/log record inside them) could not be decoded."""

    EMPTY = "empty"
    """No bytes, or only whitespace."""
    NOT_OTLP = "not_otlp"
    """Well-formed JSON or protobuf that is not an OTLP traces/logs request."""
    INVALID_JSON = "invalid_json"
    TRUNCATED_PROTOBUF = "truncated_protobuf"
    """The protobuf ends inside a field: a cut-off message."""
    INVALID_PROTOBUF = "invalid_protobuf"
    """Corrupt protobuf wire format that is not a simple truncation."""
    INVALID_UTF8 = "invalid_utf8"
    BAD_TRACE_ID = "bad_trace_id"
    """Not 16 bytes (32 hex characters), or all zeros."""
    BAD_SPAN_ID = "bad_span_id"
    """Not 8 bytes (16 hex characters), or all zeros (parent ids included)."""
    TOO_DEEP = "too_deep"
    """Nested values deeper than the decoders accept (see ``anyvalue.MAX_DEPTH``)."""
    BAD_VALUE = "bad_value"
    """A JSON field of the wrong type or an unparsable number/base64 string."""
    UNREADABLE = "unreadable"
    """A file could not be opened, read or decompressed."""


class DecodeError(TracecaseError):
    """Bytes that are not decodable OTLP, or one span/log record dropped from an otherwise good batch.

    ``location`` says where inside a message (``resource_spans[0].scope_spans[1].spans[3]``);
    ``path`` plus ``line`` (JSON lines, 1-based) or ``frame`` (length-prefixed protobuf, 1-based) say
    where inside a file.
    """

    def __init__(
        self,
        reason: DecodeReason,
        detail: str = "",
        *,
        location: str | None = None,
        path: str | None = None,
        line: int | None = None,
        frame: int | None = None,
    ) -> None:
        self.reason = reason
        self.detail = detail
        self.location = location
        self.path = path
        self.line = line
        self.frame = frame
        super().__init__(self._render())

    def _render(self) -> str:
        where = [
            part
            for part in (
                self.path,
                f"line {self.line}" if self.line else None,
                f"frame {self.frame}" if self.frame else None,
                self.location,
            )
            if part
        ]
        text = self.reason.value
        if self.detail:
            text += f": {self.detail}"
        return f"{text} ({', '.join(where)})" if where else text

    def located(self, *, path: str | None = None, line: int | None = None, frame: int | None = None) -> DecodeError:
        """This error with a file position added (used by the file reader); the cause is kept."""
        error = DecodeError(self.reason, self.detail, location=self.location, path=path, line=line, frame=frame)
        error.__cause__ = self.__cause__
        return error

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only fields would be lost by the default Exception pickling (multiprocessing, DLQ).
        rebuild = partial(
            DecodeError,
            self.reason,
            self.detail,
            location=self.location,
            path=self.path,
            line=self.line,
            frame=self.frame,
        )
        return (rebuild, ())
