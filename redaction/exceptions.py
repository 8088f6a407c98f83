"""Exceptions raised by the redaction stage.

::

    TracecaseError
    ├── RedactionError              -- redaction could not run at all (engine failed to load)
    └── ConfigError
        └── RedactionConfigError    -- a redaction setting is invalid; the message names the key

Messages never carry the text being redacted: they name keys, entity types and counts only.
"""

from __future__ import annotations

from schemas.errors import ConfigError, TracecaseError


class RedactionError(TracecaseError):
    """The redaction engine could not be built or run."""


class RedactionConfigError(ConfigError, RedactionError):
    """A redaction setting is invalid; the message names the offending key."""
