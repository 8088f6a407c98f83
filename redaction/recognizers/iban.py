"""IBANs of every country, in any case, compact or grouped in fours; by shape when the checksum is off.

An IBAN is a country code, two check digits and an account number whose length the country fixes
(:mod:`_iban_countries`). With a valid MOD 97 checksum it is an IBAN wherever it stands; so is an
upper-case one of another country or length (generators and test data invent IBANs for Argentina, India...). A mistyped
or made-up IBAN still identifies an account holder's bank details to a reader, so one whose checksum
fails is still redacted when it is printed the way IBANs are (groups of four) or follows a bank cue
("IBAN", "account", "Konto", "cuenta", "compte"...).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._iban_countries import IBAN_LENGTHS, mod97_valid

# A start: country code and check digits, not inside a longer word or a hyphenated id (UUIDs, serials).
_START = regex.compile(r"(?<![A-Z0-9\-_])[A-Z]{2}\d{2}")
_GROUP_SEPARATORS = " \u00a0"
_CUE = regex.compile(
    r"(?<![A-Z])(?:IBAN|BANK|ACCOUNT|ACCT|A/C|KONTO|BANKVERBINDUNG|CUENTA|COMPTE|RIB|CONTO|CONTA|REKENING|SEPA|TRANSFER"
    r"|WIRE|ÜBERWEISUNG|UEBERWEISUNG|TRANSFERENCIA|VIREMENT|BONIFICO|PAY\s+TO|PAYEE|BENEFICIAR\w*|ZAHLUNG)"
    r"(?!\w)[^A-Z0-9\n]{0,24}(?:\w+[^A-Z0-9\n]{1,6}){0,3}$"
)
_CUE_WINDOW = 60
# After an IBAN cue, an IBAN-shaped value of a country missing from the table is taken too.
_AFTER_IBAN = regex.compile(r"IBAN\W{0,12}$")
_ANY_LENGTH = frozenset(range(14, 35))
_CREDITOR_REFERENCE = "RF"
_ANY_IBAN = regex.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}(?![A-Z0-9])")


def _ends(upper: str, start: int, lengths: frozenset[int]) -> Iterator[tuple[int, bool]]:
    """Each end of an IBAN of one of ``lengths`` starting at ``start``, and whether it was grouped in fours."""
    count, pos, grouped, longest = 0, start, False, max(lengths)
    while pos < len(upper) and count < longest:
        char = upper[pos]
        if char.isascii() and char.isalnum():
            count, pos = count + 1, pos + 1
        elif char in _GROUP_SEPARATORS and count % 4 == 0 and (grouped or count == 4) and _alnum_at(upper, pos + 1):
            # Printed groups of four from the start: "DE89 3704 ...", never "DE89370400440532 DONE".
            grouped, pos = True, pos + 1
        else:
            return
        if count in lengths and (pos >= len(upper) or not upper[pos].isalnum()):
            yield pos, grouped


def _alnum_at(upper: str, pos: int) -> bool:
    return pos < len(upper) and upper[pos].isalnum()


def _compact(upper: str, start: int, end: int) -> str:
    return "".join(c for c in upper[start:end] if c.isalnum())


def _registered(upper: str, start: int) -> tuple[tuple[int, int], float] | None:
    lengths = IBAN_LENGTHS.get(upper[start : start + 2])
    for end, grouped in _ends(upper, start, lengths) if lengths else ():
        if mod97_valid(_compact(upper, start, end)):
            return (start, end), 1.0
        if grouped or _CUE.search(upper, max(0, start - _CUE_WINDOW), start):
            return (start, end), 0.6
    return None


def _unregistered(text: str, upper: str, start: int) -> tuple[tuple[int, int], float] | None:
    """An upper-case, checksum-valid IBAN of a country or length outside the table (the longest such)."""
    if not text[start : start + 2].isupper():
        return None  # lower-case hex ids ("de12ab...") pass MOD 97 once in 97
    if upper.startswith(_CREDITOR_REFERENCE, start):
        return None  # "RF91 3293 4544 3013 36": an ISO 11649 payment reference, same checksum, no account
    valid = [end for end, _ in _ends(upper, start, _ANY_LENGTH) if mod97_valid(_compact(upper, start, end))]
    return ((start, valid[-1]), 0.8) if valid else None


def iban_spans(text: str) -> list[tuple[tuple[int, int], float]]:
    """``((start, end), score)`` of each IBAN in ``text``: 1.0 checksum-valid, 0.6 by shape and context."""
    upper = text.upper()
    if len(upper) != len(text):  # "ß" became "SS": upper-case letter by letter, keeping the offsets
        upper = "".join(c if len(c.upper()) != 1 else c.upper() for c in text)
    found: list[tuple[tuple[int, int], float]] = []
    covered = 0
    for start in _START.finditer(upper):
        if start.start() < covered:
            continue
        iban = _registered(upper, start.start()) or _unregistered(text, upper, start.start())
        if iban is not None:
            found.append(iban)
            covered = iban[0][1]
    for match in _ANY_IBAN.finditer(upper):
        taken = any(s < match.end() and match.start() < e for (s, e), _ in found)
        if not taken and _AFTER_IBAN.search(upper, max(0, match.start() - 20), match.start()):
            found.append((match.span(), 0.6))
    return found


class CaseInsensitiveIbanRecognizer(CodeRecognizer):
    """IBAN_CODE: every country's IBAN, checksum-valid or IBAN-shaped in context."""

    ENTITY = "IBAN_CODE"
    NAME = "CaseInsensitiveIbanRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        return [make_result(self, self.NAME, self.ENTITY, span, score) for span, score in iban_spans(text)]
