"""Framework span producers: Anthropic, LangChain and pydantic-ai scenarios under their real instrumentations.

``emit_framework(name, out_dir)`` runs one instrumentation's suite in a subprocess and returns the
manifest; ``python -m tracecase_sampleapp.frameworks --instrumentation NAME --out DIR`` does the
same from a shell.
"""

from tracecase_sampleapp.frameworks._base import WORK_KINDS, FrameworkInstrumentation, Suite
from tracecase_sampleapp.frameworks.emit import emit_framework, run_framework
from tracecase_sampleapp.frameworks.instrumentations import (
    FRAMEWORK_INSTRUMENTATIONS,
    SUITES,
    get_framework_instrumentation,
    instrumentations_of,
)

__all__ = [
    "FRAMEWORK_INSTRUMENTATIONS",
    "SUITES",
    "WORK_KINDS",
    "FrameworkInstrumentation",
    "Suite",
    "emit_framework",
    "get_framework_instrumentation",
    "instrumentations_of",
    "run_framework",
]
