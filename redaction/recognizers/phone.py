"""Phone numbers: a cheap candidate regex, the cues of :mod:`_phone_cues`, the shapes of :mod:`_phone_shapes`.

Presidio's recognizer runs libphonenumber's matcher once per region over the whole text, which
costs more than spaCy NER on AI-span text and misses regions outside its list. Here one regex finds
digit runs shaped like a phone number (country code, trunk ``(0)``, bracketed area code, extension)
and only those are checked. "519-47132-95" (a SKU) is valid somewhere but grouped like no phone
number, so it stays; so does any number right after an id word ("order", "Rechnung", "SKU").

The candidates are read in a view of the text of the same length in which letters typed for digits
("O2 456 98 O7", "9l6") and a masked tail ("31 3248-0XXX") are digits: the rest of the number is still the
person's.
"""

from __future__ import annotations

from typing import Any

import phonenumbers
import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import UNSPACED_SCRIPTS, CodeRecognizer, make_result
from redaction.recognizers._phone_columns import in_phone_column, phone_column
from redaction.recognizers._phone_cues import (
    GLUED_PHONE_LABELS,
    cue_after,
    cue_before,
    labelled_phone,
    mobile_after_cep,
    unit_after,
)
from redaction.recognizers._phone_lists import number_lists
from redaction.recognizers._phone_regions import text_regions
from redaction.recognizers._phone_shapes import EXTENSION_WORDS, REGIONS, is_international, is_phone_number
from redaction.recognizers._phone_signature import alone_in_signature

# libphonenumber compiles its metadata patterns through ``re``, whose cache holds 512: numbers of many regions
# evicted them and recompiled on every check (7% of all redaction CPU). Kept compiled for the process instead.
phonenumbers.enable_pattern_cache()

_GROUP = r"(?:\d{1,14}|\(\d{1,5}(?:[ \-]\d{1,4})?\))"  # (030), (06 30), (0-612)
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－（）＋　．", "0123456789-()+ .")
# Letters typed for digits inside a digit group ("O2 456 98 O7", "9OO974", "9l6"): read as the digits they stand for.
_LOOKS_LIKE_DIGITS = regex.compile(r"(?<![\p{L}\d])(?=[0-9OoIl]*\d)(?=[0-9OoIl]*[OoIl])[0-9OoIl]{2,}(?![\p{L}\d])")
_AS_DIGITS = str.maketrans("OoIl", "0011")
# The masked tail of a number printed for a customer ("31 3248-0XXX", "0120-334-XXX", "01 259 3xxx"): the digits
# shown still narrow the number down, so the whole is read as a number (not "5xx errors", with no group before).
_MASKED_TAIL = regex.compile(r"(?:(?<=\d{2}[ \-])|(?<=\d{3}[ \-]\d{1,3}))[Xx]{2,4}(?![\p{L}\d])")
_MASK_AS_DIGITS = str.maketrans("Xx", "00")
_CANDIDATE = regex.compile(
    # Not inside a token, but right after an abbreviated label's full stop: "Tel.0650 9448140".
    rf"(?<!(?![{UNSPACED_SCRIPTS}])[\w#/\-+@]|(?<!(?i:{GLUED_PHONE_LABELS}))\.|\d:)"
    # +41 (0) / (+57) / +(371) / 0049
    r"(?:(?:\(\s?\+\d{1,3}\s?\)|\+\s?\(?\d{1,3}\)?|\(?00\d{1,3}\)?)[ \t.\-]?(?:\(0\)[ \t]?)?)?"
    rf"{_GROUP}(?:(?:[ \t]?[.\-/][ \t]?|[ \t]|(?<=\))){_GROUP}){{0,7}}"
    # x0135, ext. 204, DW 443, ramal 12, wew. 31
    rf"(?:[ \t]?,?[ \t]?(?:{EXTENSION_WORDS})[ \t]?\d{{1,6}})?"
    rf"(?!(?![{UNSPACED_SCRIPTS}])[\w\-]|\.\d|:\d)",
    regex.IGNORECASE,
)

_LIST_SEPARATOR = regex.compile(r"[ \t]/[ \t]")
# The pause commas of a dial string, right after the number dialled.
_DIALLED_AFTER_A_PAUSE = regex.compile(r"\d,{2,3}$")
# A numbered list's item number at a line's start: "2. ", "3) ".
_LIST_ITEM = regex.compile(r"(?<=^|\n)\d{1,2}[.)][ \t]+(?=\d)")
# An extension after a number found: part of the person's direct line ("int. 1077", "Durchwahl -1865", "wew. 1129",
# "ramal 12", "r. 3287", "(poste 1603)", "tst. 3629", "доб. 12"); single letters only with their full stop.
_EXTENSION_AFTER = regex.compile(
    # a dialler's pause, then the extension: "0717 648779,3667"
    r",\d{1,6}(?![\w\-,]|\.\d)"
    r"|[ \t]*,?[ \t]*\(?(?:(?i:x|ext|extn|extension|ext[ée]nsi[oó]n|extens[ãa]o|durchwahl|dw|nebenstelle|nst"
    r"|apparat|app|poste|int|interno|interne|anexo|ramal|wew|wewn|tst|toestel|ankn|anknytning|lokal|dahili|доб|klapka|kl|linka"
    r"|mell[ée]k)\.?|(?i:[prwm])\.)[ \t]*[-–:]?[ \t]*\d{1,6}\)?(?![\w\-])"
    # "+1 555 555 0199 #123": a hash before the extension, as US forms write it
    r"|[ \t]+\#[ \t]?\d{1,6}(?![\w\-])"
)
# "+43 (0)664 979 45 70-414": a direct-dial extension after a hyphen, which the number's own check fails on.
_DIRECT_DIAL = regex.compile(r"(.*\d)[ \t]?-[ \t]?\d{1,5}")
# Dialled with a country code or a trunk 0: only such numbers are tried without their tail.
_DIALLED = regex.compile(r"\(?\+|00[1-9]|\(?0[1-9]")
_MAX_DROPPED_GROUPS = 3
_SPACED_GROUP = regex.compile(r"\S+")
# A six-digit number is a phone only with its call cue right before it ("Handy: 79 06 51") or after it.
_LEAST_UNCUED_DIGITS = 7
_YEAR_RANGE = regex.compile(r"(?:19|20)\d\d[ \t]?[-–/][ \t]?(?:19|20)\d\d")
_SUBJECT_START = regex.compile(
    r"(?im)^(?:subject|betreff|asunto|objet|oggetto|assunto|onderwerp|temat|konu)[ \t]*:[ \t]*"
    r"(?:(?:re|fwd?|aw|wg|tr|rv|sv|vs|odp|ynt)[ \t]*:[ \t]*)*$"
)
_ISO_DATE = regex.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")
_SHORT_REACH = 24
# Another number of six digits or more on the line before this one: where what lies after it begins.
_NUMBER_BEFORE = regex.compile(r"(?<=\d(?:[ .\-/()]{0,2}\d){5,})[^\d\n]*$")


class PhoneNumberRecognizer(CodeRecognizer):
    """PHONE_NUMBER, by country code, call cue or a shape only phone numbers have."""

    ENTITY = "PHONE_NUMBER"
    NAME = "PhoneNumberRecognizer"
    REGIONS = REGIONS

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        # Full-width digits and signs ("０８０－２２８１－６７５４") read as ASCII; one character each, same offsets.
        text = text.translate(_FULL_WIDTH)
        if _LOOKS_LIKE_DIGITS.search(text):
            text = _LOOKS_LIKE_DIGITS.sub(lambda token: token.group().translate(_AS_DIGITS), text)
        if _MASKED_TAIL.search(text):
            text = _MASKED_TAIL.sub(lambda tail: tail.group().translate(_MASK_AS_DIGITS), text)
        regions = text_regions(text) if "." in text or "+" in text else ()
        for match in _CANDIDATE.finditer(text):
            span = self._find(text, match.start(), match.group().rstrip(" .-/"), regions)
            item = _LIST_ITEM.match(text, match.start()) if span is None else None
            if item is not None:  # "2. 1 866 555 0177": the list's numbering ran into the number
                span = self._find(text, item.end(), text[item.end() : match.end()].rstrip(" .-/"), regions)
            if span is not None:
                results.append(_with_extension(text, span))
                continue
            # "+91 98765 43210 / 0049 30 1234567": a list of numbers the candidate regex ran together.
            offset = match.start()
            for part in _LIST_SEPARATOR.split(match.group()):
                span = self._check(text, offset, part.rstrip(" .-/"), regions) if part else None
                if span is not None:
                    results.append(_with_extension(text, span))
                offset += len(part) + 3
        if results and "\n" in text:
            results.extend(self._list_siblings(text, results))
        return results

    def _list_siblings(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """The other numbers of a list that holds a phone number found on its own evidence."""
        siblings = []
        for block in number_lists(text):
            unfound = [(s, e) for s, e in block if not any(r.start <= s < r.end for r in found)]
            if len(unfound) == len(block):
                continue
            for start, end in unfound:
                if is_phone_number(text[start:end], has_context=True, labelled=True):
                    siblings.append(make_result(self, self.NAME, self.ENTITY, (start, end), 0.8))
        return siblings

    def _find(self, text: str, start: int, candidate: str, regions: tuple[str, ...]) -> RecognizerResult | None:
        """The candidate as a phone number; failing that, for a number dialled with its country code or trunk
        0, its head: before a direct-dial extension ("+43 (0)664 979 45 70-414", "0931 197 673-2180"), or
        without digit groups the candidate regex ran on into ("+90 536 461 66 10 548-1793589-5593473 siparişi")."""
        span = self._check(text, start, candidate, regions)
        if span is not None or not _DIALLED.match(candidate):
            return span  # "519-47132-95" is a SKU however its head reads
        direct = _DIRECT_DIAL.fullmatch(candidate)
        if direct is not None and (span := self._check(text, start, direct.group(1), regions)):
            span.end = start + len(candidate)
            return span
        if _LIST_SEPARATOR.search(candidate):
            return None  # a list of numbers: split by the caller
        ends = [group.end() for group in _SPACED_GROUP.finditer(candidate)][:-1]
        for end in reversed(ends[max(2, len(ends) - _MAX_DROPPED_GROUPS) :]):
            if (span := self._check(text, start, candidate[:end], regions)) is not None:
                return span
        return None

    def _check(self, text: str, start: int, candidate: str, regions: tuple[str, ...]) -> RecognizerResult | None:
        end = start + len(candidate)
        if unit_after(text, end) or _YEAR_RANGE.fullmatch(candidate) or _ISO_DATE.fullmatch(candidate):
            return None  # "840 422 902 requests", "45 804 847 USD", "Data covers 2002-2024", "2024-03-07"
        if text[start - 1 : start] == ":" and text[end : end + 1] == ":":
            return None  # a field of a colon-separated name: "arn:aws:iam::024128716924:role/EKSNodeRole"
        if _DIALLED_AFTER_A_PAUSE.search(text, max(0, start - 4), start):
            return None  # "+91-22-25650208,,523274410#": a conference's id, keyed in after the call connects
        if _SUBJECT_START.search(text, max(0, start - 40), start) and not candidate.startswith(("+", "(+")):
            return None  # "Subject: Re: 0100093936": a ticket's or an order's number names the thread
        before = cue_before(text, start)
        if before is False and (mobile_after_cep(text, start, candidate) or in_phone_column(text, start)):
            before = True  # a "cep" label with a mobile's length; a table cell whose header says phone
        # "Best regards,\nAna Lima\n71234567": the sender's number, alone on a signature's line
        in_signature = before is None and alone_in_signature(text, start, end)
        before = True if in_signature else before
        if before is False and not candidate.startswith(("+", "(+")):
            return None  # "order 181 591 0054", "Rechnungsnummer 8421-071023"
        if before and not in_signature and sum(map(str.isdigit, candidate)) < _LEAST_UNCUED_DIGITS:
            before = cue_before(text, start, _SHORT_REACH)  # "Pune 411001" is a postcode after "Contact: …"
        after = cue_after(text, end)
        other = _NUMBER_BEFORE.search(text, max(0, start - 60), start) if after is False and before else None
        if other is not None:
            # "Mobil +47 912 34 567; 912 131 110 is the org number": the cue before the other number is that one's.
            before = cue_before(text, start, start - other.start()) or None
        has_context = bool(before) or bool(after)
        labelled = bool(before) and labelled_phone(text, start)
        if before is None and not has_context:
            # name,email,phone / Ana,ana@…,3734112986; but name;email;ultimo_pedido / …;0100035679 is an order
            column = phone_column(text, start)
            if column is False and not candidate.startswith(("+", "(+")):
                return None
            has_context = labelled = column is True
        # "912 131 110 as their org number": an id word after it leaves only the shapes ids never take.
        id_after = after is False and not before
        if not is_phone_number(candidate, has_context, labelled, regions, id_after):
            return None
        score = 0.9 if has_context or is_international(candidate) else 0.7
        return make_result(self, self.NAME, self.ENTITY, (start, end), score)


def _with_extension(text: str, span: RecognizerResult) -> RecognizerResult:
    extension = _EXTENSION_AFTER.match(text, span.end)
    if extension is not None:
        span.end = extension.end()
    return span
