"""Senders of chat transcripts: "[12:54] Sandy: cc Omar", "12/03/2024, 14:22 - Grace: ok", "Florence  3:27 PM",
"Zawadi: who's on call?" twice.

A chat export opens each message with a time and its sender. Where two or more lines of a text do, the sender is
a person even when the name is also a word ("Grace", "Faith", "Sandy"), which neither NER nor the name lists take
alone; not a role, a bot or a log level ("Assistant:", "System:", "ERROR:"), and a word in lower case only when it
is a known name ("rania:", not "kernel:"). Without times, a capitalised word that opens two or more lines before a
colon sends them, unless it is an everyday word or a tool ("Note:", "Update:", "Redis:").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

# A module import: _lookalikes imports this package's word lists, so its names are read at call time.
from redaction import _lookalikes
from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._name_words import words
from redaction.recognizers._word_lists import fold, is_plain_word, world_names

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_DATE = r"(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4},?[ \t]+)?"
_NAME = r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*(?:[ \t]+[\p{L}\p{M}][\p{L}\p{M}'’\-.]*){0,2}"
# A message's time as chat exports write it: "[12:54]", "12/03/2024, 14:22", "(09:15 AM)".
TIMESTAMP = rf"[\[(]?{_DATE}{_TIME}[\])]?"
# "[12:54] Sandy: ...", "12/03/2024, 14:22 - Grace: ...", "(09:15) Wei: ...", "09:15 Wei: ..."
_STAMPED = regex.compile(rf"(?m)^[ \t]*{TIMESTAMP}[ \t]*(?:[\-–][ \t]*)?(?P<name>{_NAME})[ \t]*:[ \t]+\S")
# Slack's copy: the sender and the time alone on a line, the message on the next ("Florence  3:27 PM").
_HEADER = regex.compile(
    rf"(?m)^[ \t]*(?P<name>{_NAME})[ \t]+{_TIME}[ \t]*\n(?![ \t]*{_NAME}[ \t]+{_TIME}[ \t]*$)[ \t]*\S"
)
_NOT_SENDERS = words(
    "user assistant system bot agent customer support human ai model tool function you me admin server client"
    " console output input stdout stderr info warn warning error debug trace fatal critical notice note status"
    " unknown everyone all team operator moderator host guest caller q a question answer interviewer interviewee"
    " standup lunch meeting break call sync demo review dinner breakfast coffee start end kickoff deadline"
)
# "Zawadi: per Field Services we're good to ship": one capitalised word before the colon.
_LABEL_LINE = regex.compile(r"(?m)^[ \t>*\-•]*(?P<name>\p{Lu}[\p{Ll}\p{M}'’\-]+):[ \t]+\S")
_LEAST_LINES = 2
_SCORE = 0.7


# Asked once per name found before a colon: a large text is read once, not once per name.
@lru_cache(maxsize=2)
def in_transcript(text: str) -> bool:
    """Two or more lines of ``text`` open with a time and a sender."""
    return sum(1 for _ in zip(range(_LEAST_LINES), _STAMPED.finditer(text), strict=False)) >= _LEAST_LINES


@lru_cache(maxsize=2)
def repeated_senders(text: str) -> tuple[regex.Match[str], ...]:
    """The lines opened by a sender's name that opens two or more lines of ``text`` (no times needed)."""
    if text.count("\n") < _LEAST_LINES - 1:
        return ()
    by_name: dict[str, list[regex.Match[str]]] = {}
    for match in _LABEL_LINE.finditer(text):
        by_name.setdefault(match.group("name"), []).append(match)
    return tuple(
        match
        for name, matches in by_name.items()
        if len(matches) >= _LEAST_LINES
        and _a_sender(name)
        and not is_plain_word(name)
        and fold(name) not in _lookalikes.TECH_TERMS
        for match in matches
    )


def _a_sender(name: str) -> bool:
    first = name.split(maxsplit=1)[0]
    if fold(first) in _NOT_SENDERS or (name.isupper() and " " not in name):
        return False
    return first[:1].isupper() or fold(name) in world_names()


class TranscriptSpeakerRecognizer(CodeRecognizer):
    """PERSON: the senders of a chat transcript's timestamped lines."""

    ENTITY = "PERSON"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = []
        for pattern in (_STAMPED, _HEADER):
            matches = [m for m in pattern.finditer(text) if _a_sender(m.group("name"))]
            if len(matches) >= _LEAST_LINES:
                spans += [m.span("name") for m in matches]
        spans += [m.span("name") for m in repeated_senders(text)]
        return [make_result(self, type(self).__name__, self.ENTITY, span, _SCORE) for span in spans]
