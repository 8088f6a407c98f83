"""What a phone number looks like in writing, whatever the country: the rules behind :mod:`phone`.

Phone numbers are written three ways, and each gets the test it can bear:

* **international** (``+41 (0)96 471 07 95``, ``0049 30 901820``, ``(+57) 318 595 74 89``): a known
  country calling code and a possible length for it are enough; libphonenumber's stricter validity
  (assigned area codes) misses the made-up and newly assigned numbers people do type;
* **after a call cue** (:mod:`_phone_cues`: "call", "Tel:", "teléfono", "Rückruf unter"; a column
  headed "phone", :mod:`_phone_columns`): any 6-15 digits that are not a date, a time, an amount or
  Unix time (the latter only right after a phone label);
* **alone**: never an unbroken digit run (ids, epochs, order numbers); a shape only phone numbers
  have - North American ``(415) 555-2671``, ``1-726-606-7434``, ``415.555.2671`` (with an ``x123``
  extension or not), a national trunk ``0`` before grouped digits (``06 30 906 3152``,
  ``0 (553) 094 01 10``, ``030/901820``) - or a number libphonenumber finds valid in a common region
  and grouped the way that region groups it; a few national forms more in :mod:`_phone_national`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import phonenumbers
import regex

from redaction.recognizers._phone_national import bracketed_country_code, cis_trunk

# Most common regions first: the first region a number is valid in ends the search. Numbers written
# with a country code are checked for any region; this list only bounds the national-format guesses.
_COMMON_REGIONS = (
    "US", "GB", "DE", "FR", "ES", "IT", "IN", "BR", "MX", "NL", "AU", "NG", "ZA", "PH", "CA", "CH", "AT",
    "BE", "DK", "SE", "NO", "FI", "PL", "PT", "IE", "NZ", "AR", "CO", "CL", "TR", "JP", "KR", "CN",
    "GR", "HU", "CZ", "RO", "UA", "RU", "IL", "ID", "TH", "VN", "PK", "BD",
)  # fmt: skip
REGIONS = (
    *_COMMON_REGIONS,
    "GE", "AM", "AZ", "KZ", "BY", "RS", "HR", "SI", "SK", "BG", "LT", "LV", "EE", "LU", "IS", "MY", "TW",
    "SA", "AE", "EG", "MA", "KE", "GH", "ET", "TZ", "UG", "PE", "VE", "EC", "UY", "NP", "LK",
)  # fmt: skip
# Left out: Singapore and Hong Kong write every number as two groups of four ("6712 3456"), as ids are.
# Words that open an extension written inside a number's run ("x0135", "ext. 204", "DW 443", "ramal 12").
EXTENSION_WORDS = r"x|ext\.?|extension|ext[ée]nsi[oó]n|durchwahl|dw|poste|anexo|ramal|interno|wew\.|tst\."
_EXTENSION = regex.compile(rf"\s?,?\s?(?:{EXTENSION_WORDS}|#)\s?\d{{1,6}}$", regex.IGNORECASE)
_DIGIT_GROUPS = regex.compile(r"\d+")
_NANP = regex.compile(r"^(?:\+?1[ .\-])?(?:\(\d{3}\) ?|\d{3}[ .\-])\d{3}[ .\-]\d{4}$")
# A national trunk 0 (not the 00 of an international prefix), then at least one more group.
_TRUNK = regex.compile(
    r"^(?:0[1-9]\d{0,4}|\(0\d{1,5}\)|\(0\d{1,4} \d{1,4}\)|0 ?\(\d{1,5}\)|0(?=[ \-])|\(0\)[ ]?\d{1,5})"
    r"[ .\-/]{0,2}\d{1,}(?:[ .\-/]\d{2,})*$"
)
# Dates and times have the digit count of a phone number and are valid in some numbering plan.
_DATE_OR_TIME = regex.compile(
    # a year has two or four digits: "06-30-123-4567" is a Hungarian mobile, not 30 June
    r"^(?:\d{4}([\-/.])\d{1,2}\1\d{1,2}|\d{1,2}([\-/.])\d{1,2}\2(?:\d{4}|\d{2})|\d{1,2}:\d{2}"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?(?!\d))(?!\d)"
    # a date is all of the number: "06-88-63-31-63" and "01.72.64.68.28" go on in pairs, as French numbers do
    r"(?![\-/.]\d)"
)
# Unix time in seconds or milliseconds (2011-2286), a phone only right after a phone label ("Tel: 1409868743").
_EPOCH = regex.compile(r"^1[3-9]\d{8}(?:\d{3})?$")
# Groups of 2-7 digits after a first of 1-5: "34 49 78 69", "981-24-158", "43 7489-0682", "321 1234567" (Colombia).
_PHONE_GROUPING = regex.compile(r"^\(?\d{1,5}\)?(?:[ \-/.]{1,2}\d{2,7}){1,5}$")
# Shapes of other numbers: IPv4 addresses, US SSNs, cards grouped 4-6-5 (Amex) or 4-4-4-2+, decimals
# (coordinates "45.795730"), US ZIP+4 and Brazilian CEP postcodes.
_OTHER_NUMBER = regex.compile(
    r"^\d{1,3}(?:\.\d{1,3}){3}$|^\d{3}-\d{2}-\d{4}$|^\d{4} \d{6} \d{4,5}$|^\d{4}( \d{4}){2,3}"
    r"|^\d{1,3}\.\d{4,}$|^\d{5}-\d{3,4}$"
)
# A calling code written apart from the number ("+44 20…", "0049 30…"): it must be the whole code.
_WRITTEN_CODE = regex.compile(r"^\+\s?(\d{1,4})(?=[ .\-])")
# Amounts and counts: "1,234,567.89", "12,50".
_AMOUNT = regex.compile(r"^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$|^\d+[.,]\d{2}$")
# Thousands spaced the French/German/Nordic way ("4 500 000"; a phone grouped 3-3-3 like "612 345 678"
# starts with three digits): an amount, unless a call cue says otherwise ("ring me on 3 340 221").
_SPACED_THOUSANDS = regex.compile(r"^\d{1,2}(?: \d{3}){2,}$")
_ROUND = regex.compile(r"^\d{1,3}(?: \d{3})* 000$")
# ... but nine digits grouped 3-3-3 after a call cue are a number one can dial ("contatar pelo 916 409 000").
_DIALLED_3_3_3 = regex.compile(r"^\d{3} (?!000)\d{3} 000$")
# Short local numbers ("42 54 81", "756 285") are phone numbers only after a call cue.
_LEAST_DIGITS, _LEAST_CUED_DIGITS = 7, 6


def _groups(text: str) -> list[int]:
    return [len(group) for group in _DIGIT_GROUPS.findall(text)]


def _national_groups(number: phonenumbers.PhoneNumber) -> list[list[int]]:
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return [_groups(national), _groups(international)[1:]]


def is_international(candidate: str) -> bool:
    return candidate.startswith(("+", "00", "(+", "(00"))


def _international_ok(number: str, digits: int) -> bool:
    # "(+57) 318…" and "+44(0)28…": libphonenumber wants the plain "+57 318…" / "+44 28…".
    plain = number.replace("(0)", " ").replace("(", "").replace(")", "")
    plus = plain.startswith("+")
    if plain.startswith("00"):
        plain = "+" + plain[2:]
    try:
        parsed = phonenumbers.parse(plain, None)
    except phonenumbers.NumberParseException:
        return False
    if parsed.country_code is None or phonenumbers.region_code_for_country_code(parsed.country_code) == "ZZ":
        return False
    written_code = _WRITTEN_CODE.match(plain)
    code = str(parsed.country_code)
    # "0023 9237 2883" (a tracking number) is not +239 237 2883; after a "+" the code may run into the
    # area code ("+3166 7737319").
    if written_code and written_code.group(1) != code and not (plus and written_code.group(1).startswith(code)):
        return False
    # Length by the national part, not libphonenumber's per-country table: "+54 9 3540 6812" is typed too.
    national = len(str(parsed.national_number))
    return digits >= 8 and 6 <= national <= 13


def _cued_dotted(number: str, digits: int, has_context: bool, labelled: bool) -> bool:
    """ "Tel: 912.345.678", "call me at 061.123.456": grouped like an amount, but a phone label names it, or
    a call cue is near and no amount opens with a 0 or runs to hundreds of millions."""
    if labelled:
        return True
    return has_context and "," not in number and (number.startswith("0") or digits >= 9)


def _is_version(number: str) -> bool:
    """ "3.3.1.9219", "10.4.2.1187": dotted groups with a one-digit group inside, as versions and builds are
    numbered and phone numbers never are ("01.72.64.68.28", "555.123.4567")."""
    groups = number.split(".")
    return len(groups) >= 3 and all(g.isdigit() for g in groups) and any(len(g) == 1 for g in groups[1:-1])


@lru_cache(maxsize=8192)
def is_phone_number(
    candidate: str,
    has_context: bool,
    labelled: bool = False,
    cued_regions: tuple[str, ...] = (),
    id_after: bool = False,
) -> bool:
    """True when ``candidate`` (a digit run the candidate regex found) reads as a phone number.

    ``has_context``: a call cue is near; ``labelled``: a phone label or column names this very value;
    ``cued_regions``: countries the text points at, tried before the default regions; ``id_after``: an
    id word follows, so a number valid in some region's plan is not enough.
    """
    candidate = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in candidate)
    number = _EXTENSION.sub("", candidate).strip()  # "০১ ৯৩৩ ৫০১৩৯৯" is read as "01 933 501399"
    digits = sum(c.isdigit() for c in number)
    if digits < (_LEAST_CUED_DIGITS if has_context else _LEAST_DIGITS) or digits > 15:
        return False
    if (
        _DATE_OR_TIME.match(number)
        or _is_version(number)
        or (_AMOUNT.match(number) and not _cued_dotted(number, digits, has_context, labelled))
    ):
        return False
    if _SPACED_THOUSANDS.match(number) and not has_context:
        return False
    if _ROUND.match(number) and not (has_context and _DIALLED_3_3_3.match(number)):
        return False  # "Call volume reached 4 500 000", "Festnetz: 754 000 Kunden": a round count whatever the cue
    if _EPOCH.match(number) and not labelled:
        return False
    # An unbroken run opening with "00" is an id as often as a dialled number ("00123456789 was refunded").
    unbroken_00 = number.startswith("00") and number.isdigit()
    if is_international(number) and _international_ok(number, digits) and not (unbroken_00 and not has_context):
        return True
    if has_context or number != candidate:
        return True  # an extension ("555-0173 ext 12") follows only phone numbers
    if is_international(number):
        return False
    if digits < 8:
        return False
    if _NANP.match(number) or (digits <= 13 and _TRUNK.match(number)) or cis_trunk(number):
        return True
    if number.startswith("(") and bracketed_country_code(number):
        return True
    groups = _groups(number)
    if len(groups) == 1:
        return False  # an unbroken digit run without a cue or "+" is an id, an epoch or an order number
    if id_after or not _PHONE_GROUPING.match(number) or _OTHER_NUMBER.match(number):
        return False  # parsing in every region is the costly step: only for digits grouped like a phone's
    for region in (*cued_regions, *REGIONS) if cued_regions else REGIONS:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(parsed):
            continue
        # In a country the text points at, outside the default list, people group its numbers their
        # own way ("6712 3456", Riga); the default regions keep the grouping check.
        if (region in cued_regions and region not in _COMMON_REGIONS) or groups in _national_groups(parsed):
            return True
    return False
