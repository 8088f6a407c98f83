"""Browser sessions of the review pages: signed in with an API token, kept in the store.

The cookie holds 256 random bits; the store keeps only their SHA-256, the token's id and a CSRF secret.
Each request finds the session by that hash and checks the token is still valid, so revoking a token
(``tracecase tokens revoke``) signs its browsers out at once. Sign-in and sign-out are audited.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, delete

from casegen.persist import audit
from store import ApiTokenRow, WebSessionRow
from tracecase.api.auth import permits
from tracecase.api.tokens import Principal, authenticate

COOKIE = "tracecase_session"


@dataclass(frozen=True)
class Viewer:
    """Who is looking at a page, and the CSRF secret their forms must carry."""

    principal: Principal
    csrf: str

    @property
    def name(self) -> str:
        return self.principal.name

    @property
    def role(self) -> str:
        return self.principal.role

    def may(self, *roles: str) -> bool:
        """The API's rule: one of ``roles``, or admin."""
        return permits(self.principal, roles)


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def sign_in(session: Session, token: str, *, now: datetime, lifetime: timedelta) -> tuple[str, Viewer] | None:
    """A new browser session for a valid token: (cookie value, viewer); None for a bad or revoked token."""
    principal = authenticate(session, token.strip(), now=now)
    if principal is None:
        return None
    secret, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    session.execute(delete(WebSessionRow).where(col(WebSessionRow.expires_at) <= now))  # tidy up lapsed ones
    session.add(
        WebSessionRow(
            session_hash=_hash(secret),
            token_id=principal.token_id,
            csrf=csrf,
            created_at=now,
            expires_at=now + lifetime,
        )
    )
    audit(session, author=principal.name, action="web.sign_in", target=principal.name, at=now)
    return secret, Viewer(principal, csrf)


def viewer_of(session: Session, cookie: str, *, now: datetime) -> Viewer | None:
    """The viewer of a session cookie; None when it is unknown, lapsed, or its token was revoked."""
    row = session.get(WebSessionRow, _hash(cookie))
    if row is None or row.expires_at <= now:
        return None
    token = session.get(ApiTokenRow, row.token_id)
    if token is None or token.revoked_at is not None:
        return None
    return Viewer(Principal(token.name, token.role, token.token_id), row.csrf)  # type: ignore[arg-type]


def sign_out(session: Session, cookie: str, *, now: datetime) -> None:
    viewer = viewer_of(session, cookie, now=now)
    session.execute(delete(WebSessionRow).where(col(WebSessionRow.session_hash) == _hash(cookie)))
    if viewer is not None:
        audit(session, author=viewer.name, action="web.sign_out", target=viewer.name, at=now)
