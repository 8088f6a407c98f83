"""A capitalised word that does what people do: "Hamish reproduced it", "Wekesa will take the UI bugs",
"Dawn, Rituparna and Arnab volunteered"; also a lower-case one ("mateo approved it", "nvm tiago carvalho fixed
it", "did popescu reply?") when it is a popular name somewhere in the world or, in chat, a surname that is a
word too ("fleming said it's fine").

Support logs and meeting notes name people by a lone first name or surname, with no cue word before it,
and the small NER model misses names it has not seen. The verb after the word says it acts as a person
("said", "approved", "is on leave"), unless NER calls the word an organisation, a place or a product
("Paris will host", "Kindle arrived"), or it is a plain word, a team, a tool or a month ("Support
agreed", "Kafka reported", "June will"): those stay.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

# A module import: _lookalikes imports this package's word lists, so its names are read at call time.
from redaction import _lookalikes
from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._name_words import STOP, is_lower_case_name
from redaction.recognizers._word_lists import fold, is_place_name, is_plain_word, world_names
from redaction.recognizers.transcript_speakers import in_transcript

# What a person does in a ticket or a meeting: past forms, third-person present, and after a modal.
_PAST = (
    r"said|asked|reported|confirmed|agreed|objected|reproduced|signed|booked|cancell?ed|volunteered|raised"
    r"|replaced|recommended|flagged|proposed|noted|mentioned|wrote|emailed|phoned|approved|rejected|decided|promised"
    r"|explained|complained|replied|responded|resigned|apologi[sz]ed|thanked|offered|requested|submitted|reviewed"
    r"|collected|handed|visited|told|insisted|argued|suggested|admitted|claimed|declined|refused|accepted"
    r"|interviewed|presented|volunteers|signed\s+off|chaired|seconded|moved|flew|drove|walked|joined|tried|fixed"
    r"|took|gave|found|sent|met|left|called|checked|patched|merged|deployed|escalated|refunded|waived|owns"
    # es, pt, de, nl, it: "Pérola Lima reclamou", "Sonne hat angerufen", "Hoop belde", "Ana llamó"
    r"|llamó|escribió|reclamó|pidió|dijo|ligou|reclamou|pediu|disse|escreveu|hat\s+angerufen|rief\s+an|schrieb"
    r"|hat\s+geschrieben|belde|mailde|heeft\s+gebeld|schreef|ha\s+chiamato|ha\s+scritto|ha\s+detto|chiamò"
)
_PRESENT = (
    r"says|asks|handles|thinks|wants|needs|recommends|prefers|leads|owns|covers|insists|agrees|reckons|suggests"
    r"|confirms|approves|reports|wonders|believes|feels|remembers|forgot|knows"
    # "until Pereira weighs in", "once Okafor signs off", "when Ilse gets back"
    r"|weighs\s+in|signs\s+off|gets\s+back|is\s+back|returns|responds|replies|calls\s+back"
)
_MODAL_VERB = (
    r"(?:will|would|can|could|should|must|may|might|has\s+to|needs\s+to|wants\s+to)\s+(?:not\s+)?"
    r"(?:review|cover|pick|take|call|send|handle|join|lead|check|follow|run|present|chase|ask|sign|approve|book"
    r"|email|draft|update|organi[sz]e|host|own|bring|confirm|meet|visit|attend|be\s+(?:out|off|away|on\s+leave))"
)
_STATE = (
    r"(?:is|was)\s+(?:on\s+(?:(?:parental|maternity|paternity|sick|annual|medical|study)\s+)?leave|out\s+sick|off\s+sick"
    r"|ill|sick|on\s+holiday|on\s+vacation|away|travelling|traveling"
    r"|handling|covering|leading|taking|working\s+on|looking\s+into|on\s+it)"
    # action items: "Odhiambo to chase Globex", "AI: Wijaya to send the deck"
    r"|to\s+(?:chase|follow\s+up|draft|book|confirm|ping|schedule|prepare|investigate|circulate|inform|notify"
    r"|send\s+(?:the|a|an|over|out)|share\s+the|loop\s+in|reach\s+out|set\s+up|sync\s+with|look\s+into|coordinate"
    r"|arrange)"
    # "Ana and Wekesa are handling the migration"
    r"|(?:are|were)\s+(?:handling|covering|leading|taking|working\s+on|looking\s+into|on\s+it|out|off|away)"
)
_ACTS = rf"(?:{_PAST}|{_PRESENT}|{_MODAL_VERB}|{_STATE})\b"
_NAME = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?"
# One to three names ("X", "X and Y", "X, Y and Z"), each one or two words, then the verb.
_ACTING = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}_@#/.\-])(?P<names>{_NAME}(?:[ \t]+{_NAME})?"
    rf"(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+){_NAME}(?:[ \t]+{_NAME})?){{0,2}})[ \t]+{_ACTS}"
)
_ONE = regex.compile(_NAME + r"(?:[ \t]+" + _NAME + r")?")
# The same in lower case, as chat writes names: every word must then be a world name or a surname-like non-word.
_LOWER_NAME = r"\p{Ll}[\p{Ll}\p{M}]+"
_ACTING_LOWER = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}_@#/.\-])(?P<names>{_LOWER_NAME}(?:[ \t]+{_LOWER_NAME})?"
    rf"(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+){_LOWER_NAME}(?:[ \t]+{_LOWER_NAME})?){{0,2}})"
    rf"(?:[ \t]+(?:and|&)[ \t]+i)?[ \t]+{_ACTS}"  # "michelle and i are on it"
)
# "did popescu reply yet?": a lower-case name asked about (NER and the eponym rules read "Did Maria sign it?").
_ASKED_ABOUT = regex.compile(
    rf"(?<=\b(?i:did|has|have)[ \t]+)(?P<names>{_LOWER_NAME})(?=[ \t]+(?:reply|replied|respond|responded|answer"
    r"|answered|confirm|confirmed|approve|approved|sign|signed|call|called|email|emailed|get[ \t]+back|got[ \t]+back"
    r"|review|reviewed|send|sent|say|said)\b)"
)
_ONE_LOWER = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?!(?:and)\b){_LOWER_NAME}(?:[ \t]+(?!(?:and)\b){_LOWER_NAME})?")
# NER labels that make the word a place or a thing. Not ORG or NORP: the small model files the names it does not
# know there ("Hamish" NORP, "Romano" ORG), so for a lone acting word those labels say nothing.
_THING_LABELS = frozenset({"GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
_SCORE = 0.6


def is_a_thing(word: str) -> bool:
    """A plain or stop word, a tool or product, or a place: no person's name alone ("Support", "Kafka", "Kraków")."""
    lower = word.lower()
    return (
        is_plain_word(word)
        or lower in STOP
        or lower in _lookalikes.TECH_TERMS
        or lower in _lookalikes.PRODUCT_WORDS
        or is_place_name(word)
    )


class ActingNameRecognizer(CodeRecognizer):
    """PERSON: capitalised words a person's verb follows, unless NER or a word list says they name a thing."""

    ENTITY = "PERSON"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        things = [(e.start_char, e.end_char) for e in _raw_entities(nlp_artifacts) if e.label_ in _THING_LABELS]
        results = []
        for match in _ACTING.finditer(text):
            for name in _ONE.finditer(text, *match.span("names")):
                start, end = name.span()
                if any(is_a_thing(w) for w in name.group().split()):
                    continue
                if any(s < end and start < e for s, e in things):
                    continue
                results.append(make_result(self, type(self).__name__, self.ENTITY, (start, end), _SCORE))
        chat = _chat_like(text)
        for match in (*_ACTING_LOWER.finditer(text), *_ASKED_ABOUT.finditer(text)):
            for name in _ONE_LOWER.finditer(text, *match.span("names")):
                span = _lower_name(text, name, chat)
                if span is not None:
                    results.append(make_result(self, type(self).__name__, self.ENTITY, span, _SCORE))
        return results


def _lower_name(text: str, name: regex.Match[str], chat: bool) -> tuple[int, int] | None:
    """The span of a lower-case name: its words, or its last word alone after a filler ("so ferguson")."""

    def known(word: str) -> bool:
        # A chat's lower-case surname may be a word too ("fleming said it's fine").
        return fold(word) in world_names() or (chat and is_lower_case_name(word))

    words = name.group().split()
    start = name.start()
    if len(words) == 2 and not known(words[0]):
        words, start = words[1:], name.end() - len(words[1])
    if known(words[0]) and not any(is_a_thing(w) and not (chat and is_lower_case_name(w)) for w in words):
        return start, name.end()
    return None


_SENDER_LINE = regex.compile(r"(?m)^[ \t>*\-•]*\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’\-]*)?:[ \t]+\S")


def _chat_like(text: str) -> bool:
    """Timestamped lines, or two lines opened by a sender's name ("Kittisak: ok so ...")."""
    return in_transcript(text) or sum(1 for _ in zip(range(2), _SENDER_LINE.finditer(text), strict=False)) == 2


def _raw_entities(nlp_artifacts: NlpArtifacts | None) -> list[Any]:
    """Every NER entity with spaCy's own label (the engine keeps them beside Presidio's mapped ones)."""
    return list(getattr(nlp_artifacts, "raw_entities", ()) or ())
