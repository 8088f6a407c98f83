"""End-to-end ingest benchmark: ``python -m bench.pipeline`` (see ``bench/pipeline/__main__.py``)."""
