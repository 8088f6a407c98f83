"""A name that ends a sentence after a person-directed preposition ("mentioned by Lucía.").

spaCy's small model tags a lone, unfamiliar given name at the end of a sentence as ORG or GPE
("approved by Jürgen", "escalated to Tenzin"), or not at all; Presidio keeps only PERSON. Its
label is no evidence either way ("from Paris" and "by Priya" both come back as places or
organisations), so this recognizer goes by the sentence instead:

* the preposition follows a word that directs it at a person: a passive participle before ``by``
  ("reviewed by", "sent by"), a word of communication or hand-off before ``from``/``to``/``with``/
  ``for`` ("a call from", "escalated to", "spoke with", "a gift for");
* one or two capitalised words follow and end the sentence;
* they are not a weekday, month, team, tool or product ("by Friday", "to Billing", "with Python").
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

# A module import: _lookalikes imports this package's word lists, so its names are read at call time.
from redaction import _lookalikes
from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._name_words import STOP, words

# Irregular participles; regular ones end in -ed ("mentioned", "approved").
_PARTICIPLES = words(
    """
    sent written made signed given told paid brought seen done taken found held left met read run set
    shown taught thought won caught chosen drawn driven known spoken sold bought built led kept
    """
)
# Words after which from/to/with/for points at a person ("a call from", "escalated to").
_HANDOFF = words(
    """
    call calls email emails mail message messages note notes reply replies text texts letter voicemail
    feedback complaint request visit invite invitation gift present thanks hello greetings word news
    escalated forwarded transferred handed passed sent assigned reassigned delegated referred routed
    spoke speak speaking talked talk talking chatted chat meeting met meet sync synced catch-up
    introduced introduce replied reply wrote write writing belongs belonged addressed
    """
)
# Capitalised words after those cues that are not people: calendar words, teams, roles, places of work.
_NOT_NAMES = words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today tomorrow tonight noon midnight eod eow christmas easter
    finance billing legal sales support engineering marketing security compliance operations ops hr it
    accounting procurement management product design research qa devops infra infrastructure admin
    admins everyone everybody someone somebody anyone nobody management leadership payroll tier
    mom mum dad grandma grandpa team customer customers client clients user users staff
    """
)
# The cue word sits in a look-behind so the scan starts at the preposition (4x faster than at every word).
_CANDIDATE = regex.compile(
    r"(?<=(?<![\p{L}'’])(?P<cue>[\p{L}\-]+)[ \t]+)(?P<prep>by|from|to|with|for)[ \t]+"
    r"(?P<name>\p{Lu}\p{Ll}+(?:[ \t\-]\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[.!?;](?!\w)|\r?\n|$))",
    regex.MULTILINE,
)
_SCORE = 0.6


def _cue_points_at_person(cue: str, prep: str) -> bool:
    lower = cue.lower()
    if prep == "by":
        return (lower.endswith("ed") and len(lower) > 3) or lower in _PARTICIPLES
    return lower in _HANDOFF


def _name_like(name: str) -> bool:
    parts = [p.lower() for p in regex.split(r"[ \t\-]+", name)]
    not_names = (STOP, _NOT_NAMES, _lookalikes.TECH_TERMS, _lookalikes.PRODUCT_WORDS)
    return not any(p in vocab for p in parts for vocab in not_names)


class TrailingNameRecognizer(CodeRecognizer):
    """PERSON: capitalised words ending a sentence after "reviewed by", "a call from", "escalated to"."""

    ENTITY = "PERSON"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        for match in _CANDIDATE.finditer(text):
            if _cue_points_at_person(match.group("cue"), match.group("prep")) and _name_like(match.group("name")):
                span = (match.start("name"), match.end("name"))
                results.append(make_result(self, "TrailingNameRecognizer", self.ENTITY, span, _SCORE))
        return results
