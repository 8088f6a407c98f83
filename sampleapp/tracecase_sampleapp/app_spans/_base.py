"""What every app-span writer offers: the :class:`Step` handle and the :class:`AppSpans` protocol."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from schemas.span import Document


@dataclass
class Step:
    """What the app hands back to its span before the span ends."""

    output: Any = None
    """Final text of an agent/chain, result of a tool."""
    documents: list[Document] = field(default_factory=list)
    """Documents a retrieval returned."""


class AppSpans(Protocol):
    """Writes the app's own spans in one convention."""

    convention: str

    def agent(self, name: str, user_input: str) -> AbstractContextManager[Step]: ...

    def chain(self, name: str, user_input: str) -> AbstractContextManager[Step]: ...

    def tool(
        self, name: str, call_id: str, arguments: dict[str, Any], description: str
    ) -> AbstractContextManager[Step]: ...

    def retrieval(self, source: str, query: str, top_k: int) -> AbstractContextManager[Step]: ...

    def visible_documents(self, documents: list[Document]) -> list[Document]:
        """The part of ``documents`` this convention carries on the wire."""
        ...
