"""The HTTP API of ``tracecase serve`` (FastAPI): cases and review, flags, containment sets, tokens.

::

    app = create_app(settings, store)          # uvicorn.run(app) — or `tracecase serve`
"""

from tracecase.api.app import create_app
from tracecase.api.tokens import ROLES, Principal, Role, authenticate, create_token, list_tokens, revoke_token

__all__ = ["ROLES", "Principal", "Role", "authenticate", "create_app", "create_token", "list_tokens", "revoke_token"]
