"""What redaction removed from a record: entity types per field, never the removed values.

A stored span (and every case built from it) carries one, so an auditor sees what the record no
longer holds and which redaction policy did it.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


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
