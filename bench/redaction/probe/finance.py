"""Payment card numbers, US social security numbers and IBANs, with valid checksums unless told otherwise."""

from __future__ import annotations

import random
import string

from bench.redaction.corpus.model import Label
from bench.redaction.corpus.numbers import iban_check_digits, luhn_check_digit

from .core import fill, lab

# brand -> (prefixes, lengths); prefixes are real issuer ranges.
BRANDS: dict[str, tuple[list[str], list[int]]] = {
    "visa": (["4"], [16, 16, 16, 13, 19]),
    "mastercard": (["51", "52", "53", "54", "55", "2221", "23", "25", "2720"], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "65", "644", "649"], [16, 19]),
    "diners": (["36", "300", "305", "38"], [14]),
    "jcb": (["3528", "353", "356", "3589"], [16]),
    "unionpay": (["62"], [16, 19]),
    "maestro": (["5018", "5020", "6304", "6759", "6761"], [13, 16, 19]),
    "mir": (["2200", "2202", "2204"], [16]),
}
GROUPS = {16: [4, 4, 4, 4], 15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3], 12: [4, 4, 4]}


def card(rng: random.Random, brand: str = "", valid: bool = True) -> Label:
    brand = brand or rng.choice(list(BRANDS))
    prefixes, lengths = BRANDS[brand]
    length = rng.choice(lengths)
    body = rng.choice(prefixes)
    body += "".join(rng.choice(string.digits) for _ in range(length - 1 - len(body)))
    check = luhn_check_digit(body)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    digits = body + check
    sep = rng.choice([" ", " ", "-", "", ""])
    if sep == "" and rng.random() < 0.3:
        text = digits
    else:
        out, i = [], 0
        for g in GROUPS[length]:
            out.append(digits[i : i + g])
            i += g
        text = (sep or " ").join(out) if sep or rng.random() < 0.5 else digits
    layout = "grouped" if not text.isdigit() else "compact"
    return lab("CREDIT_CARD", text, brand, layout, "valid" if valid else "noluhn")


def masked(rng: random.Random) -> str:
    """A masked card as receipts print it: not a label (nothing identifying is left)."""
    last4 = fill(rng, "####")
    return rng.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}", f"ending in {last4}"])


def ssn(rng: random.Random) -> Label:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    form = rng.choice(["dashed", "dashed", "dashed", "spaced", "compact"])
    sep = {"dashed": "-", "spaced": " ", "compact": ""}[form]
    return lab("US_SSN", f"{area:03d}{sep}{group:02d}{sep}{serial:04d}", form)


# country -> BBAN pattern ('#' digit, 'A' letter, 'u' letter or digit); bank codes written where fixed.
IBAN_BBAN = {
    "DE": "##################",
    "AT": "################",
    "CH": "#####uuuuuuuuuuuu",
    "FR": "##########uuuuuuuuuuu##",
    "ES": "####################",
    "IT": "A##########uuuuuuuuuuuu",
    "NL": "{bank}##########",
    "BE": "############",
    "PL": "########################",
    "PT": "#####################",
    "GB": "{bank}##############",
    "IE": "{bank}##############",
    "LU": "###uuuuuuuuuuuuu",
    "DK": "##############",
    "FI": "##############",
    "SE": "####################",
    "NO": "###########",
    "CZ": "####################",
    "SK": "####################",
    "HU": "########################",
    "RO": "{bank}uuuuuuuuuuuuuuuu",
    "GR": "#######uuuuuuuuuuuuuuuu",
    "HR": "#################",
    "SI": "###############",
    "LT": "################",
    "LV": "{bank}uuuuuuuuuuuuu",
    "EE": "################",
    "BG": "{bank}######uuuuuuuu",
    "MT": "{bank}#####uuuuuuuuuuuuuuuuuu",
    "CY": "########uuuuuuuuuuuuuuuu",
    "TR": "######uuuuuuuuuuuuuuuu",
    "SA": "##uuuuuuuuuuuuuuuuuu",
    "AE": "###################",
    "BR": "#######################Au",  # bank 8, branch 5, account 10, type, owner
    "IL": "###################",
}
BANKS = {
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB", "SNSB"],
    "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "RO": ["RNCB", "BTRL", "INGB"],
    "LV": ["HABA", "PARX", "UNLA"],
    "BG": ["BNBG", "UNCR", "STSA"],
    "MT": ["MALT", "VALL"],
}
LANG_IBANS = {
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "LU", "CH"],
    "es": ["ES", "ES"],
    "pt": ["PT", "BR"],
    "it": ["IT", "IT"],
    "nl": ["NL", "NL", "BE"],
    "pl": ["PL"],
    "sv": ["SE"],
    "tr": ["TR"],
    "cs": ["CZ", "SK"],
    "en": ["GB", "IE", "MT", "CY"],
}


def iban(rng: random.Random, country: str = "", lang: str = "en", form: str = "") -> Label:
    country = country or (
        rng.choice(LANG_IBANS.get(lang, ["DE"])) if rng.random() < 0.7 else rng.choice(list(IBAN_BBAN))
    )
    pattern = IBAN_BBAN[country]
    bank = rng.choice(BANKS.get(country, ["BANK"])) if pattern.startswith("{bank}") else ""
    # Account parts that may hold letters mostly hold digits in practice.
    body = "".join("#" if ch == "u" and rng.random() < 0.8 else ch for ch in pattern.removeprefix("{bank}"))
    bban = bank + fill(rng, body)
    code = country + iban_check_digits(country, bban) + bban
    form = form or rng.choice(["grouped", "grouped", "grouped", "compact", "compact", "lower", "grouped-lower"])
    text = " ".join(code[i : i + 4] for i in range(0, len(code), 4)) if "grouped" in form else code
    if "lower" in form:
        text = text.lower()
    return lab("IBAN_CODE", text, country, form)
