"""Cases from redacted traces, and their revisions.

::

    case = build_case(trace, [promotion.to_source(now)], author="rule:errors", at=now, span_records=records)
    later = revise_from_trace(case, revised_trace, author="tracecase", at=now)   # None: nothing changed
    more = add_sources(case, [ticket_source], author="ticket:T-1", at=now)       # None: already listed
    diff_cases(case, later)                                                     # RFC 6902 ops, old values kept
"""

from casegen.cases._build import build_case, case_id_for, trace_fields
from casegen.cases._content import case_content, input_conversation, tool_trajectory
from casegen.cases._diff import case_document, changed_fields, diff_cases
from casegen.cases._fingerprint import input_fingerprint, normalize_text, normalized_input
from casegen.cases._language import LanguageDetector, detect_language
from casegen.cases._placeholders import PLACEHOLDER, generic_placeholders
from casegen.cases._redaction import case_redaction
from casegen.cases._revisions import add_sources, next_revision, revise_from_trace, source_key

__all__ = [
    "PLACEHOLDER",
    "LanguageDetector",
    "add_sources",
    "build_case",
    "case_content",
    "case_document",
    "case_id_for",
    "case_redaction",
    "changed_fields",
    "detect_language",
    "diff_cases",
    "generic_placeholders",
    "input_conversation",
    "input_fingerprint",
    "next_revision",
    "normalize_text",
    "normalized_input",
    "revise_from_trace",
    "source_key",
    "tool_trajectory",
    "trace_fields",
]
