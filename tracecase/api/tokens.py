"""API tokens: ``tc_<id>_<secret>``, printed once, stored as a salted HMAC-SHA256 of the secret.

The secret is 256 random bits, so a keyed hash is as strong as a slow KDF against guessing while
costing microseconds per request; the public id finds the row, ``hmac.compare_digest`` compares in
constant time. A revoked token stays listed (who had it, when it was revoked) but never authenticates.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, get_args

import regex
from sqlmodel import Session, col, select

from casegen.exceptions import CaseNotFoundError, InputError
from casegen.persist import audit
from store import ApiTokenRow

Role = Literal["support", "reviewer", "responder", "admin"]
ROLES: tuple[Role, ...] = get_args(Role)
_NAME = regex.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
_TOKEN = regex.compile(r"^tc_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$")
_TOUCH_EVERY = timedelta(minutes=1)
"""``last_used_at`` is written at most this often per token (not on every request)."""


@dataclass(frozen=True)
class Principal:
    """Who a request is from."""

    name: str
    role: Role
    token_id: str


@dataclass(frozen=True)
class TokenInfo:
    token_id: str
    name: str
    role: str
    created_by: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


def _digest(salt: str, secret: str) -> str:
    return hmac.new(bytes.fromhex(salt), secret.encode(), hashlib.sha256).hexdigest()


def create_token(session: Session, name: str, role: str, *, by: str, at: datetime) -> str:
    """Store a new token and return it (the only time it is ever shown)."""
    if role not in ROLES:
        raise InputError(f"role: one of {', '.join(ROLES)}")
    if not _NAME.match(name):
        raise InputError("name: 1 to 100 letters, digits, '.', '_', '@' or '-'")
    if session.exec(select(ApiTokenRow).where(ApiTokenRow.name == name)).first() is not None:
        raise InputError(f"name: a token named {name!r} exists (revoked tokens keep their name)")
    token_id, secret, salt = secrets.token_hex(8), secrets.token_urlsafe(32), secrets.token_hex(16)
    session.add(
        ApiTokenRow(
            token_id=token_id,
            name=name,
            role=role,
            salt=salt,
            digest=_digest(salt, secret),
            created_by=by,
            created_at=at,
        )
    )
    audit(session, author=by, action="token.create", target=name, at=at, detail={"role": role, "token_id": token_id})
    return f"tc_{token_id}_{secret}"


def authenticate(session: Session, token: str, *, now: datetime) -> Principal | None:
    """The principal of a valid, unrevoked token; None otherwise."""
    match = _TOKEN.match(token)
    if match is None:
        return None
    token_id, secret = match.groups()
    row = session.get(ApiTokenRow, token_id)
    if row is None:
        _digest("00" * 16, secret)  # same work whether or not the id exists
        return None
    if not hmac.compare_digest(row.digest, _digest(row.salt, secret)) or row.revoked_at is not None:
        return None
    if row.last_used_at is None or now - row.last_used_at >= _TOUCH_EVERY:
        row.last_used_at = now
        session.add(row)
    return Principal(row.name, row.role, row.token_id)  # type: ignore[arg-type]


def revoke_token(session: Session, name: str, *, by: str, at: datetime) -> TokenInfo:
    row = session.exec(select(ApiTokenRow).where(ApiTokenRow.name == name)).first()
    if row is None:
        raise CaseNotFoundError(f"no token named {name!r}")
    if row.revoked_at is None:
        row.revoked_at = at
        session.add(row)
        audit(session, author=by, action="token.revoke", target=name, at=at, detail={"token_id": row.token_id})
    return _info(row)


def list_tokens(session: Session) -> list[TokenInfo]:
    return [_info(row) for row in session.exec(select(ApiTokenRow).order_by(col(ApiTokenRow.name)))]


def _info(row: ApiTokenRow) -> TokenInfo:
    return TokenInfo(row.token_id, row.name, row.role, row.created_by, row.created_at, row.last_used_at, row.revoked_at)
