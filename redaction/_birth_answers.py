"""Dates of birth given in the chat turn after the question that asked for them.

"Could you confirm your date of birth?" in one message and "2/16/1942" in the next are two strings of a
trace (two JSON message contents, two span texts): each alone holds no birth date. The strings of a scope
are walked in order; after a string that asks for a date of birth without holding one, the date that opens
one of the next few strings is added as a finding (per scope, after analysis: never cached with the text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from redaction._analysis import Finding, Findings
from redaction.recognizers.date_of_birth import answer_date, unanswered_birth_question

_ENTITY = "DATE_OF_BIRTH"
_SCORE = 0.85
# Strings walked before giving up: a message's role and id are strings too ("user", "msg_2").
_LOOKAHEAD = 4


def add_birth_answers(
    texts: Sequence[str], found: dict[str, Findings | None], allowed: Callable[[str], bool]
) -> dict[str, Findings | None]:
    """``found`` with the answers to birth-date questions among ``texts`` (in trace order) added, unless
    ``allowed`` (the configured allow-list) keeps them."""
    waiting = 0
    for text in texts:
        own = found.get(text)
        if waiting and own is not None:
            span = answer_date(text)
            if span is not None:
                waiting = 0
                covered = any(f.start < span[1] and span[0] < f.end for f in own)
                if not covered and not allowed(text[span[0] : span[1]]):
                    extra = Finding(_ENTITY, span[0], span[1], _SCORE)
                    found[text] = tuple(sorted((*own, extra), key=lambda f: (f.start, -f.end)))
                continue
            waiting -= 1
        if unanswered_birth_question(text):
            waiting = _LOOKAHEAD
    return found
