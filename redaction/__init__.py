"""PII and secret redaction of AI traces, on Presidio.

::

    config = RedactionConfig.load(path)          # TOML; None = defaults; keys come from the environment
    redactor = Redactor(config)                  # spaCy is loaded once per process and shared
    redactor.redact_texts(texts, scope=trace_id) # batch of plain texts
    redactor.redact_values(values, scope=...)    # JSON-like values, JSON strings redacted value by value
    redactor.redact_traces(records)              # TraceRecords, one pseudonym scope per trace
"""

from redaction._operators import REDACTION_FAILED
from redaction.config import RedactionConfig
from redaction.exceptions import RedactionConfigError, RedactionError
from redaction.redactor import RedactionStats, Redactor

__all__ = [
    "REDACTION_FAILED",
    "RedactionConfig",
    "RedactionConfigError",
    "RedactionError",
    "RedactionStats",
    "Redactor",
]
