"""The root of tracecase's exceptions.

Each package keeps its own ``exceptions`` module whose classes derive from :class:`TracecaseError`,
and translates foreign errors (protobuf, Presidio, Kafka, SQLAlchemy) at its boundary with
``raise ... from exc``. Messages never carry span content: they may end up in logs.
"""


class TracecaseError(Exception):
    """Base class of every error tracecase raises on purpose."""


class ConfigError(TracecaseError):
    """A configuration value is invalid; the message names the key."""
