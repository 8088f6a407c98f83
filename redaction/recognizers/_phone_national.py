"""Phone numbers the generic shapes of :mod:`_phone_shapes` miss, each checked by libphonenumber.

* a calling code in brackets without "+" (``(351) 962991377``, Portugal): valid for that code;
* the Russian/CIS trunk ``8`` (``8 (703) 051-78-72``, ``8 636 568 70 61``): a grouping ids do not use;
* an unbroken run of 10-12 digits (``3734112986``) in a contact block - an e-mail address on its
  line or the next - and valid in a common region. Epoch seconds and milliseconds are not: no
  common region has numbers starting ``1`` of that length.
"""

from __future__ import annotations

import phonenumbers
import regex

_BRACKETED_CODE = regex.compile(r"^\((\d{1,3})\)[ \-]?(\d[\d \-]{6,16}\d)$")
_CIS_TRUNK = regex.compile(r"^8[ \-]?(?:\(\d{3,5}\)|\d{3})[ \-]?\d{2,3}[ \-]\d{2}[ \-]?\d{2}$")
_UNBROKEN = regex.compile(r"^[2-9]\d{9,11}$")
_EMAIL = regex.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def bracketed_country_code(number: str) -> bool:
    match = _BRACKETED_CODE.match(number)
    if not match or phonenumbers.region_code_for_country_code(int(match.group(1))) == "ZZ":
        return False
    try:
        parsed = phonenumbers.parse(f"+{match.group(1)}{match.group(2)}", None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


def cis_trunk(number: str) -> bool:
    return bool(_CIS_TRUNK.match(number))


def in_contact_block(text: str, start: int, end: int) -> bool:
    """An e-mail address on the number's line or a line next to it: a signature, a CRM row."""
    line_start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, start)))
    line_end = text.find("\n", text.find("\n", end) + 1 if "\n" in text[end:] else len(text))
    window = text[max(0, line_start, start - 160) : min(end + 160, line_end if line_end != -1 else len(text))]
    return bool(_EMAIL.search(window))


def valid_unbroken(number: str, regions: tuple[str, ...]) -> bool:
    """An unbroken run of 10-12 digits that some common region's numbering plan assigns."""
    if not _UNBROKEN.match(number):
        return False
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False
