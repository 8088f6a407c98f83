"""Tables of who may do what and who did it: API tokens (hashed) and the audit log."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from store._fields import text_field, time_field


class ApiTokenRow(SQLModel, table=True):
    """An API token: its public id, role, and a salted HMAC-SHA256 of its secret (never the secret)."""

    __tablename__ = "api_tokens"

    token_id: str = Field(primary_key=True, max_length=32)
    name: str = Field(unique=True, max_length=200)
    role: str = Field(max_length=16)
    salt: str = Field(max_length=64)
    digest: str = Field(max_length=128)
    created_by: str
    created_at: datetime = time_field(nullable=False)
    last_used_at: datetime | None = time_field()
    revoked_at: datetime | None = time_field()


class AuditRow(SQLModel, table=True):
    """One write: who, when, what, on what (details hold ids and field names, never text)."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = time_field(index=True, nullable=False)
    author: str = Field(index=True)
    action: str = Field(max_length=64)
    target: str
    detail: str = text_field()
