"""What redaction removed from a record: entity types per field, never the removed values.

A stored span (and every case built from it) carries one, so an auditor sees what the record no
longer holds and which redaction policy did it. Redacted text marks each replaced value with a typed
placeholder: ``<PERSON_1>`` (numbered per trace), ``<EMAIL_ADDRESS_3f9a2c1d>`` (keyed hash),
``<PERSON:base64...>`` (reversible encryption); the type stays meaningful across traces, the suffix does not.
"""

from __future__ import annotations

import regex
from pydantic import BaseModel, ConfigDict, Field

PLACEHOLDER = regex.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*)(?:_[0-9a-f]+|:[A-Za-z0-9+/=_-]+)>")
"""A placeholder in redacted text; group 1 is the entity type."""


class RedactionRecord(BaseModel):
    """Counts of replaced values by field path and entity type, and the policy that replaced them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    policy_version: str
    """Identifies the effective redaction settings and engine (a content hash); equal settings, equal version."""
    fields: dict[str, dict[str, int]] = Field(default_factory=dict)
    """Field path (``input_messages``, ``tool.arguments``, ``attributes.http.request.header.authorization``...)
    -> entity type (``PERSON``, ``EMAIL_ADDRESS``, ``SECRET``...) -> how many values were replaced there."""

    @property
    def entity_types(self) -> list[str]:
        """Every entity type replaced anywhere, sorted."""
        return sorted({entity for counts in self.fields.values() for entity in counts})
