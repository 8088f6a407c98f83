"""Tables of the review pages: reviewers' claims on cases, and browser sessions (``/ui``).

A claim keeps two reviewers from taking the same case: while it runs, nobody else may decide or edit
the case. A browser session holds only a hash of its cookie and the API token it was opened with, so
revoking the token ends the session.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from store._fields import time_field


class ReviewClaimRow(SQLModel, table=True):
    """One reviewer's claim on one case, until ``expires_at``."""

    __tablename__ = "review_claims"

    case_id: str = Field(primary_key=True, max_length=64)
    reviewer: str = Field(max_length=200)
    claimed_at: datetime = time_field(nullable=False)
    expires_at: datetime = time_field(nullable=False, index=True)


class WebSessionRow(SQLModel, table=True):
    """A signed-in browser: SHA-256 of its session cookie, its token, its CSRF secret, its expiry."""

    __tablename__ = "web_sessions"

    session_hash: str = Field(primary_key=True, max_length=64)
    token_id: str = Field(max_length=32, index=True)
    csrf: str = Field(max_length=64)
    created_at: datetime = time_field(nullable=False)
    expires_at: datetime = time_field(nullable=False, index=True)
