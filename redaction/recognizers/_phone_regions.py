"""The countries a text points at, tried first for its national-format numbers.

A Latvian number written nationally (``6712 3456``) is valid only in Latvia's numbering plan, and
grouped otherwise than libphonenumber groups it, so alone it is taken for an id. The text usually
says where it is from: an
e-mail or web domain under a country TLD (``@inbox.lv``), or another number written with its calling
code (``+371 …``).
"""

from __future__ import annotations

import phonenumbers
import regex

# An e-mail domain or a URL host ("src/main.py" is a file, not Paraguay).
_COUNTRY_TLD = regex.compile(r"(?i)(?:@|https?://)[\w\-.]+\.([a-z]{2})(?![\w\-])")
_CALLING_CODE = regex.compile(r"(?<![\w+])\+\s?([0-9]{1,3})(?=[ \-(.])")
_TLD_REGIONS = {"uk": "GB"}
_MAX_CUED = 4


def text_regions(text: str) -> tuple[str, ...]:
    """Up to four regions named by the text's country domains and calling codes, in order of appearance."""
    found: list[str] = []
    for match in _COUNTRY_TLD.finditer(text):
        region = _TLD_REGIONS.get(match.group(1).lower(), match.group(1).upper())
        if region in phonenumbers.SUPPORTED_REGIONS and region not in found:
            found.append(region)
    for match in _CALLING_CODE.finditer(text):
        region = phonenumbers.region_code_for_country_code(int(match.group(1)))
        if region in phonenumbers.SUPPORTED_REGIONS and region not in found:
            found.append(region)
    return tuple(found[:_MAX_CUED])
