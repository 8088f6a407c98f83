"""Errors of the Kafka exporters.

    TracecaseError
    └── ConfigError
        └── ExportConfigError      a bad exporter argument or producer option, raised at construction

Exporting itself never raises into the application: a failed export is a ``FAILURE`` result and a
warning in the log (topic, record count, the Kafka error's type; never span content).
"""

from __future__ import annotations

from schemas.errors import ConfigError


class ExportConfigError(ConfigError):
    """An exporter argument or kafka-python producer option is invalid; the message names it."""
