# The two set-up commands (see README): `make demo` runs the main job on embedded defaults,
# `make test` runs the test suite. Both create or refresh .venv/ and install what they need.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
# Ragas and DeepEval, whose readers load dataset exports in tests/export, live in a venv of their own
# (see tests/export/readers/requirements.txt for why).
READERS := $(VENV)/eval-readers
READERS_STAMP := $(READERS)/.installed

.PHONY: demo test lint bench

ISOLATED := $(VENV)/isolated

$(STAMP): Makefile pyproject.toml sampleapp/pyproject.toml $(wildcard sampleapp/isolated/*.txt)
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[dev,evals]' -e ./sampleapp
	# The public synthetic PII templates of the redaction evaluation set: data files only, so without
	# the package's own (heavy, unused) dependencies.
	$(VENV)/bin/python -m pip install --quiet --no-deps presidio-evaluator==0.3.2
	# Framework producers that cannot share .venv, each in a directory of its own (see the files).
	rm -rf $(ISOLATED)
	$(VENV)/bin/python -m pip install --quiet --no-deps --target $(ISOLATED)/pydantic-ai-1 -r sampleapp/isolated/pydantic-ai-1.txt
	$(VENV)/bin/python -m pip install --quiet --target $(ISOLATED)/google-adk -r sampleapp/isolated/google-adk.txt
	touch $(STAMP)

$(READERS_STAMP): tests/export/readers/requirements.txt
	test -x $(READERS)/bin/python || $(PYTHON) -m venv $(READERS)
	$(READERS)/bin/python -m pip install --quiet -r tests/export/readers/requirements.txt
	touch $(READERS_STAMP)

demo: $(STAMP)
	$(VENV)/bin/tracecase demo

test: $(STAMP) $(READERS_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/python -m pytest -q

bench: $(STAMP)
	$(VENV)/bin/python -m bench.pipeline
	$(VENV)/bin/python -m bench.ingest_throughput
	$(VENV)/bin/python -m bench.redaction.run
	$(VENV)/bin/python -m bench.redaction.both_sets
	$(VENV)/bin/python -m bench.flag_latency
	$(VENV)/bin/python -m bench.datasets
	$(VENV)/bin/python -m bench.review_ui
