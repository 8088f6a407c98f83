"""Errors of the scenario emitter."""

from schemas.errors import TracecaseError


class ScenarioError(TracecaseError):
    """A scenario run failed; the message names the instrumentation, never span content."""


class UnknownInstrumentationError(ScenarioError, LookupError):
    """No instrumentation is registered under the requested name."""
