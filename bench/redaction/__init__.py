"""Redaction benchmark: a labelled synthetic corpus of AI-span text, leak/look-alike metrics, and a runner
that compares plain Presidio with tracecase's ``redaction.Redactor`` on the same corpus."""
