"""What every request handler needs: the store, settings, taxonomy, rules, the note redactor, a clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from casegen.flags import NoteRedactor
from casegen.promote import RuleSet
from casegen.review import Taxonomy
from store import TraceStore
from tracecase.settings import Settings


@dataclass(frozen=True)
class ApiContext:
    settings: Settings
    store: TraceStore
    taxonomy: Taxonomy
    rules: RuleSet
    redactor: NoteRedactor
    clock: Callable[[], datetime]
