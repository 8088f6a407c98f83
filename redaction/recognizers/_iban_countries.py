"""IBAN lengths per country: the ISO 13616 registry, plus the countries that issue IBANs outside it.

The length is the whole IBAN's (country code and check digits included). Countries outside the SWIFT
registry (many of the West and Central African banking zones, Algeria, Iran...) publish IBANs that banks
and payment forms accept; French overseas territories use France's format under their own code.
"""

from __future__ import annotations

_REGISTRY = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20,
    "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18,
    "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30,
    "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27,
    "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15,
    "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip
_OUTSIDE_REGISTRY = {
    "AO": 25, "BF": 28, "BJ": 28, "CF": 27, "CG": 27, "CI": 28, "CM": 27, "CV": 25, "DZ": 26, "GA": 27,
    "GQ": 27, "GW": 25, "HN": 28, "IR": 26, "KM": 27, "MA": 28, "MG": 27, "ML": 28, "MZ": 25, "NE": 28,
    "SN": 28, "TD": 27, "TG": 28,
}  # fmt: skip
_FRENCH_TERRITORIES = ("GF", "GP", "MQ", "RE", "PF", "TF", "YT", "NC", "PM", "WF", "BL", "MF")
_CROWN_DEPENDENCIES = ("GG", "JE", "IM")  # British banks' IBANs under their own code

IBAN_LENGTHS: dict[str, frozenset[int]] = {
    code: frozenset({length}) for code, length in (_REGISTRY | _OUTSIDE_REGISTRY).items()
}
IBAN_LENGTHS |= {code: frozenset({27}) for code in _FRENCH_TERRITORIES}
IBAN_LENGTHS |= {code: frozenset({22}) for code in _CROWN_DEPENDENCIES}
IBAN_LENGTHS["BI"] = frozenset({16, 27})  # Burundi shortened its IBAN in 2023
IBAN_LENGTHS["AX"] = frozenset({18})  # Åland uses Finland's


def mod97_valid(compact: str) -> bool:
    """ISO 7064 MOD 97-10 over the upper-case IBAN without spaces."""
    rearranged = compact[4:] + compact[:4]
    total = 0
    for char in rearranged:
        total = (total * (100 if char.isalpha() else 10) + int(char, 36)) % 97
    return total == 1
