"""Real span producers: a stub OpenAI server, scenarios run through the real ``openai`` client under
real instrumentations, and the OTLP files plus manifest they leave behind.

``emit_scenarios(name, out_dir)`` is the entry point (one subprocess per instrumentation);
``python -m tracecase_sampleapp.emit --instrumentation NAME --out DIR`` does the same from a shell.
"""

from tracecase_sampleapp.emit import emit_scenarios, run_scenarios
from tracecase_sampleapp.exceptions import ScenarioError, UnknownInstrumentationError
from tracecase_sampleapp.instrumentations import INSTRUMENTATIONS, Instrumentation, get_instrumentation
from tracecase_sampleapp.manifest import MANIFEST_FILE, Manifest, ScenarioExpectation
from tracecase_sampleapp.otlp_files import LAYOUTS, write_otlp_files
from tracecase_sampleapp.stub_openai import StubOpenAIServer

__all__ = [
    "INSTRUMENTATIONS",
    "LAYOUTS",
    "MANIFEST_FILE",
    "Instrumentation",
    "Manifest",
    "ScenarioError",
    "ScenarioExpectation",
    "StubOpenAIServer",
    "UnknownInstrumentationError",
    "emit_scenarios",
    "get_instrumentation",
    "run_scenarios",
    "write_otlp_files",
]
