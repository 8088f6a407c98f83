"""tracecase: production AI traces into redacted, reviewable evaluation cases."""

__version__ = "0.1.0"
