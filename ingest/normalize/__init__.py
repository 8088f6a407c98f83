"""Span normalization: any AI convention's span -> :class:`schemas.NormalizedSpan`.

One adapter module per convention (``otel_genai``, ``otel_genai_legacy``, ``openinference``,
``traceloop``, ``vercel_ai``, ``mlflow``, ``generic``), registered by name; see
``ingest.normalize._span`` for how they combine.
"""

from ingest.normalize._registry import Adapter, get_adapter, register_adapter, registered_adapters
from ingest.normalize._span import normalize_span
from ingest.normalize.exceptions import InvalidSpanError, NormalizeError

__all__ = [
    "Adapter",
    "InvalidSpanError",
    "NormalizeError",
    "get_adapter",
    "normalize_span",
    "register_adapter",
    "registered_adapters",
]
