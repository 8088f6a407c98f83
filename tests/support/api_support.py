"""An API (FastAPI TestClient) over a fresh store, with one token per role and a real redactor for notes."""

from __future__ import annotations

from dataclasses import dataclass

from case_store import shared_redactor
from fastapi.testclient import TestClient

from store import TraceStore, utcnow
from tracecase.api import ROLES, create_app, create_token
from tracecase.settings import load_settings


@dataclass
class Api:
    client: TestClient
    store: TraceStore
    tokens: dict[str, str]
    url: str

    def auth(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


def make_api(url: str, **settings: object) -> Api:
    store = TraceStore(url)
    with store.transaction() as session:
        tokens = {role: create_token(session, f"{role}-1", role, by="tests", at=utcnow()) for role in ROLES}
    app = create_app(load_settings(db=url, **settings), store, redactor=shared_redactor())
    return Api(TestClient(app), store, tokens, url)
