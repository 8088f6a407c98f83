"""Adds, per pseudonym scope, the findings that trace-level coreference gives (see ``_names_index``).

The analysis cache holds what a text alone reveals; what the rest of its trace reveals (a name
given in full elsewhere, an e-mail local part) is added here per scope, after analysis, and is
never cached with the text. Name indexes of recent scopes are kept, so spans of a trace that
arrive in later batches still see the names of earlier ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from redaction._analysis import Finding, Findings
from redaction._cache import ScopeTable
from redaction._names_index import NameIndex
from redaction._verbatim import VerbatimValues

_SCORE = 0.6
_MAX_SCOPES = 10_000
# Found by a model or by place: they are words, and a word recurs without naming the same thing.
_NOT_VERBATIM = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME"})


class Coreference:
    """Name indexes and verbatim values per scope, bounded to the most recent scopes."""

    def __init__(self) -> None:
        self._scopes = ScopeTable(_MAX_SCOPES, NameIndex)
        self._values = ScopeTable(_MAX_SCOPES, VerbatimValues)

    def index(self, scope: str) -> NameIndex:
        """The name index of ``scope``; ``""`` is a fresh anonymous scope each time."""
        if not scope:
            return NameIndex()
        return self._scopes.of(scope)

    def values(self, scope: str) -> VerbatimValues:
        """The identifiers and secrets found in ``scope``; ``""`` is a fresh anonymous scope each time."""
        return self._values.of(scope) if scope else VerbatimValues()

    def extend(
        self,
        index: NameIndex,
        texts: Iterable[str],
        found: Mapping[str, Findings | None],
        person_values: Iterable[str],
        allowed: Callable[[str], bool],
        *,
        values: VerbatimValues | None = None,
    ) -> dict[str, Findings | None]:
        """Findings of ``texts`` with every occurrence of a name, and of an identifier or secret, of the scope added."""
        values = values if values is not None else VerbatimValues()
        texts = list(dict.fromkeys(texts))
        for value in person_values:
            # A whole value under an "email" key was never analyzed as text: its local part names someone.
            if "@" in value:
                index.add_email_local(value.rsplit("@", 1)[0])
            else:
                index.add_name(value)
        for text in texts:
            for finding in found.get(text) or ():
                value = text[finding.start : finding.end]
                if finding.entity_type == "PERSON":
                    index.add_name(value)
                elif finding.entity_type == "EMAIL_ADDRESS" and "@" in value:
                    index.add_email_local(value.rsplit("@", 1)[0])
                if finding.entity_type not in _NOT_VERBATIM:
                    values.add(finding.entity_type, value)
        out: dict[str, Findings | None] = {}
        for text in texts:
            own = found.get(text)
            if own is None or not (index or values):
                out[text] = own
                continue
            extra = [
                Finding("PERSON", start, end, _SCORE)
                for start, end in index.occurrences(text)
                if not allowed(text[start:end])
            ]
            extra += [Finding(entity, start, end, _SCORE) for start, end, entity in values.occurrences(text)]
            out[text] = tuple(sorted((*own, *extra), key=lambda f: (f.start, -f.end))) if extra else own
        return out
