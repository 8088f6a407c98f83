"""Phone numbers the generic shapes of :mod:`_phone_shapes` miss, each checked by libphonenumber.

* a calling code in brackets without "+" (``(351) 962991377``, Portugal): valid for that code;
* the Russian/CIS trunk ``8`` (``8 (703) 051-78-72``, ``8 636 568 70 61``): a grouping ids do not use.
"""

from __future__ import annotations

import phonenumbers
import regex

_BRACKETED_CODE = regex.compile(r"^\(([0-9]{1,3})\)[ \-]?(\d[\d \-]{6,16}\d)$")
_CIS_TRUNK = regex.compile(r"^8[ \-]?(?:\(\d{3,5}\)|\d{3})[ \-]?\d{2,3}[ \-]\d{2}[ \-]?\d{2}$")


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
