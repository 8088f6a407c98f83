"""Span normalization: any AI convention's span -> :class:`schemas.NormalizedSpan`.

One adapter module per convention in ``ingest.normalize.adapters`` (``otel_genai``,
``openinference``, ``traceloop``, ``google_adk``, ``langfuse`` ...); each declares its detection,
classification rules, ladder keys and indexed families in its ``register_adapter`` call, and the
package imports every module it holds, so registration is the only step (see ``_registry``);
``ingest.normalize._span`` shows how they combine.
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
