# The two set-up commands (see README): `make demo` runs the main job on embedded defaults,
# `make test` runs the test suite. Both create or refresh .venv/ and install what they need.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench

$(STAMP): pyproject.toml sampleapp/pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[dev]' -e ./sampleapp
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/tracecase demo

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/python -m pytest -q

bench: $(STAMP)
	$(VENV)/bin/python -m bench.ingest_throughput
	$(VENV)/bin/python -m bench.redaction.run
