"""Names given by the shape of a text rather than by its prose.

* labelled lines: ``Attendees: A, B and C``, ``Account manager: X``, ``Reviewed by X``, e-mail headers
  (``From:``/``To:``/``Cc:``), in English, Spanish, German, French, Portuguese and Italian;
* speaker prefixes of transcripts and chats: ``Zeynep Çelik: sounds good``;
* CRM order in a table cell or quoted field: ``"Çelik, Zeynep"``, ``| Mensah, Kwabena |``;
* airline order: ``NGUYEN/THI LAN MS``;
* initials before a surname: ``H. M. Al-Rashid``, ``S. Ramachandran``;
* particles between name words: ``Jan de Vries``, ``Siobhán Ní Bhriain``, ``Khalid bin Saleh``;
* a log line's fields: ``display_name="Olive Noble"``, ``customer=Destiny Street queue=tier1``.

Every candidate word must look like a name part: capitalised (or from a script without case) and
not a plain common word ("Status: open", "Paris, France" and "TCP/IP" stay).
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

# A module import: _lookalikes imports this package's word lists, so its names are read at call time.
from redaction import _lookalikes
from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._name_words import PARTICLES
from redaction.recognizers._word_lists import is_plain_word, is_rare_surname_like

_LABELS = (
    # English
    r"attendees|participants|present|absent|invitees|organi[sz]er|host|moderator|facilitator|speakers?"
    r"|owners?|assignees?|reviewers?|approvers?|authors?|editors?|contacts?|contact\s+person|point\s+of\s+contact"
    r"|account\s+(?:manager|owner|executive|holder)|(?:sales|support|case|relationship|project|hiring)\s+manager"
    r"|manager|agent|rep(?:resentative)?|technician|engineer\s+on\s+call|on[\s\-]call|escalation\s+contact"
    r"|customer(?:\s+name)?|client(?:\s+name)?|caller|patient|guest|passenger|traveller|traveler|employee"
    r"|applicant|candidate|interviewer|interviewee|beneficiary|recipient|sender|signed|signatory"
    r"|chair(?:person)?|secretary|treasurer|presenter|note[\s\-]?taker|minute[\s\-]?taker|scribe|driver|courier"
    r"|nurse|doctor|physician|therapist|teacher|tutor|coach|landlord|tenant|witness|payee|guarantor|next\s+of\s+kin"
    r"|from|to|cc|bcc|reply-to|name|full\s+name|legal\s+name|preferred\s+name|display\s+name"
    r"|(?:reviewed|approved|prepared|written|submitted|requested|reported|created|updated|closed|opened|assigned"
    r"|signed|handled|resolved|escalated|raised|logged|verified|authori[sz]ed)\s+(?:by|to)"
    # the participle alone before a colon: "Assigned: Mbeki", "Approved: T. Okafor"
    r"|assigned|reassigned|reviewed|approved|escalated|handled"
    # Spanish, Portuguese, Italian, French, German
    r"|asistentes|participantes|responsable|titular|cliente|nombre|contacto|autor|revisado\s+por|aprobado\s+por"
    r"|de|para|presentes|participanti|partecipanti|nome|cognome|referente|destinatario|mittente"
    r"|assistants|participants|présents|responsable|nom|prénom|auteur|expéditeur|destinataire|à"
    r"|teilnehmer(?:innen)?|anwesend|ansprechpartner(?:in)?|verantwortlich|kunde|kundin|name|autor|von|an"
    r"|geprüft\s+von|erstellt\s+von|bearbeiter(?:in)?|sachbearbeiter(?:in)?"
)
# A label at a line start (after bullets, bold markers, table bars), then ":" (or "by"/"to" already in it).
_LABELLED = regex.compile(
    rf"(?im)^[ \t>*\-•|#_]*(?:{_LABELS})[ \t]*\**[ \t]*(?::|(?<=\b(?:by|to|von|por))(?=[ \t]))[ \t]*\**[ \t]*"
    r"(?P<list>[^\n]+)"
)
# A log line's key=value field naming a person: display_name="Olive Noble", customer=Destiny Street queue=tier1.
_LOG_FIELD = regex.compile(
    r"(?<![\w.])(?i:(?:display_|full_|customer_|contact_|user_|first_|last_)?name|customer|contact|assignee|owner"
    r"|requester|reporter|caller|patient|recipient|sender|author|agent_name)="
    r"(?:\"(?P<quoted>[^\"\n]{2,60})\""
    r"|(?P<name>\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}[\p{L}'’\-]+){0,3})(?=[ \t]+\w+=|[ \t]*$|[,;\n]))",
    regex.MULTILINE,
)
_ITEM_SPLIT = regex.compile(r"[ \t]*(?:;|,|\band\b|\by\b|\bund\b|\bet\b|\be\b|&|/|\|)[ \t]*")
_SEMICOLON_SPLIT = regex.compile(r"[ \t]*[;|][ \t]*")
_NAME_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*\.?")
# A speaker prefix: one to four name words at a line start, then ":" and text.
_SPEAKER = regex.compile(
    r"(?m)^[ \t>*\-•]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?\**"
    r"(?P<name>[\p{L}\p{M}][\p{L}\p{M}'’\-]*(?:[ \t]+[\p{L}\p{M}][\p{L}\p{M}'’\-.]*){0,3})\**[ \t]*:[ \t]+\S"
)
_CRM = regex.compile(
    r"(?:(?<=^|[|\"\t;])[ \t]*)"
    r"(?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’\-]+)?,[ \t]\p{Lu}[\p{L}\p{M}'’\-]+"
    r"(?:[ \t]\p{Lu}[\p{L}\p{M}'’\-]+)?)(?=[ \t]*(?:[|\"\t;]|$))",
    regex.MULTILINE,
)
_AIRLINE = regex.compile(
    r"(?<![\p{L}/])(?P<name>\p{Lu}[\p{Lu}'\-]+/\p{Lu}[\p{Lu}'\-]+(?:[ ]\p{Lu}[\p{Lu}'\-]+){0,3})(?![\p{L}/])"
)
_INITIALS = regex.compile(r"(?<![\p{L}.])(?P<name>(?:\p{Lu}\.[ \t]?){1,3}\p{Lu}[\p{L}\p{M}'’]+(?:-\p{Lu}[\p{L}'’]+)?)")
_PARTICLE_ALTERNATION = "|".join(sorted(PARTICLES, key=len, reverse=True))
# Given name, particles, family name: "Jan de Vries", "Siobhán Ní Bhriain", "Khalid bin Saleh".
_PARTICLE_NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+(?:[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+)?"
    rf"(?:[ \t]+(?i:{_PARTICLE_ALTERNATION}))+(?:[ \t]+|-)\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+)(?![\p{{L}}\p{{M}}])"
)
_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "sr", "sra", "herr", "frau", "m", "mme", "sig", "dott"})
_SCORE = 0.7
_MAX_WORDS = 5
_NUMBER_TOKEN = regex.compile(r"\S*\d\S*")
_LONG_NUMBER = 6


def name_word(word: str, *, rare_ok: bool = False) -> bool:
    """Could this word be part of a person's name (in a position where a name is expected)?

    ``rare_ok``: a word that frequency lists rank rare in every language ("Hastings", "Paxton") may be a surname.
    """
    word = word.strip(".'’-")
    if len(word) < 2 or any(c.isdigit() for c in word):
        return False
    plain = is_plain_word(word) and not (rare_ok and is_rare_surname_like(word))
    return not word[0].islower() and not plain and not _tech(word)


def _tech(word: str) -> bool:
    lower = word.lower()
    return lower in _lookalikes.TECH_TERMS or lower in _lookalikes.PRODUCT_WORDS


def person_words(text: str) -> bool:
    """1-5 capitalised words that read as a name where one is expected: at least one is a name word
    (not a plain common word), none is a tool or product; particles and initials may join them."""
    words = _NAME_WORD.findall(text)
    if not 1 <= len(words) <= _MAX_WORDS or any(map(str.isdigit, text)):
        return False  # a name holds no digit: "Guest: Alan Diaz | Room 1208 | …" lists fields, not guests
    real = 0
    for word in words:
        bare = word.strip(".").lower()
        if bare in PARTICLES or bare in _TITLES or (len(bare) == 1 and word[0].isupper()):
            continue
        if word[0].islower() or any(c.isdigit() for c in word) or _tech(word):
            return False
        real += name_word(word, rare_ok=True)
    return real > 0


def names_a_person(value: str) -> bool:
    """A bare ``name`` value (tool, product or person?): 2-4 capitalised words, two of them name words."""
    words = _NAME_WORD.findall(value)
    if not 2 <= len(words) <= 4 or not person_words(value) or len(value) > 80:
        return False
    mixed = not value.isupper()
    return sum(name_word(w) and not (mixed and w.isupper()) for w in words) >= 2


def _item_name(item: str) -> tuple[int, int] | None:
    """The name inside one list item: before an ``<email>`` or ``(role)``, without a trailing role dash."""
    cut = len(item)
    for mark in ("<", "(", " - ", " – ", "[", " @"):
        at = item.find(mark)
        if at > 0:
            cut = min(cut, at)
    number = _NUMBER_TOKEN.search(item, 0, cut)
    if number is not None:
        if sum(map(str.isdigit, number.group())) < _LONG_NUMBER:
            return None  # "Room 1208", "Suite 300": a field with a number, not a person
        cut = number.start()  # "王怡君 0912345678": the name, then a phone
    start = len(item) - len(item.lstrip(" \t\"'*"))
    end = len(item[:cut].rstrip(" \t\"'*.:"))
    if end <= start or not person_words(item[start:end]):
        return None
    return start, end


class StructuredNameRecognizer(CodeRecognizer):
    """PERSON from labelled lines, speaker prefixes, CRM cells, airline order and initials."""

    ENTITY = "PERSON"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = [*self._labelled(text), *self._speakers(text)]
        for match in _LOG_FIELD.finditer(text):
            group = "quoted" if match.group("quoted") else "name"
            found = _item_name(match.group(group))
            if found is not None:
                spans.append((match.start(group) + found[0], match.start(group) + found[1]))
        for pattern in (_CRM, _AIRLINE, _INITIALS, _PARTICLE_NAME):
            for match in pattern.finditer(text, overlapped=pattern is _PARTICLE_NAME):
                if self._shape_ok(pattern, match.group("name")):
                    spans.append(match.span("name"))
        return [make_result(self, "StructuredNameRecognizer", self.ENTITY, span, _SCORE) for span in spans]

    @staticmethod
    def _shape_ok(pattern: regex.Pattern[str], name: str) -> bool:
        if pattern is _AIRLINE:
            # SURNAME/GIVEN NAMES: the surname must read as a name; given names may be short or common ("LAN").
            surname, _, given = name.partition("/")
            letters = sum(c.isalpha() for c in name)
            return letters >= 7 and name_word(surname.title()) and not any(_tech(w) for w in (surname, *given.split()))
        if pattern is _PARTICLE_NAME:
            words = [w for w in _NAME_WORD.findall(name) if w.lower() not in PARTICLES]
            return all(name_word(w) for w in words)
        if pattern is _INITIALS:
            return name_word(_NAME_WORD.findall(name)[-1])
        # CRM order outside a label: every word must read as a name ("Paris, France" stays).
        return all(name_word(w) for w in _NAME_WORD.findall(name))

    @staticmethod
    def _labelled(text: str) -> list[tuple[int, int]]:
        spans = []
        for match in _LABELLED.finditer(text):
            listed, offset = match.group("list"), match.start("list")
            splitter = _SEMICOLON_SPLIT if ";" in listed or "|" in listed else _ITEM_SPLIT
            at = 0
            for piece in splitter.split(listed):
                index = listed.find(piece, at)
                at = index + len(piece)
                found = _item_name(piece) if piece else None
                if found is not None:
                    spans.append((offset + index + found[0], offset + index + found[1]))
        return spans

    @staticmethod
    def _speakers(text: str) -> list[tuple[int, int]]:
        spans = []
        for match in _SPEAKER.finditer(text):
            name = match.group("name")
            # A lone capitalised word before ":" is usually a field label ("Summary:"), unless it is a name
            # word nobody writes as a label; two or more name words are a speaker, but not a title made of
            # common words ("Grace Period Ends Soon:", "Black Friday Deals:").
            words = _NAME_WORD.findall(name)
            title = len(words) > 2 and sum(is_plain_word(w.strip(".")) for w in words) >= 2
            if person_words(name) and (" " in name.strip() or not name.isupper()) and not title:
                spans.append(match.span("name"))
        return spans
