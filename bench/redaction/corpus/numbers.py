"""Realistic, checksum-valid but fake numeric identifiers: payment cards, IBANs, SSNs, phone numbers, IPs.

Values must pass the checks real validators apply (Luhn, ISO 13616 mod-97, libphonenumber validity),
otherwise a redactor that validates would be credited for skipping junk that production never emits.
"""

from __future__ import annotations

import random
import string

import phonenumbers

# (prefix, total length) per network; the remaining digits are random, the last is the Luhn check digit.
_CARD_SHAPES = (("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16))

# Country -> (BBAN length, BBAN alphabet); digits-only BBANs cover DE and ES, GB/FR/NL carry letters.
_IBAN_SHAPES = {
    "DE": (18, string.digits),
    "ES": (20, string.digits),
    "FR": (23, string.digits),
}
_IT_CIN = string.ascii_uppercase  # Italian BBANs open with a one-letter check character
_GB_BANKS = ("NWBK", "BARC", "HBUK", "LOYD", "MIDL")

# Regions and the national-number lengths tried when drawing a phone number until libphonenumber says valid.
_PHONE_REGIONS = (("US", 10), ("US", 10), ("US", 10), ("GB", 10), ("DE", 11), ("ES", 9), ("IN", 10), ("NG", 10))


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # doubled positions, counted from the digit left of the check digit
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = "".join(c for c in number if c.isdigit())
    return len(digits) > 1 and luhn_check_digit(digits[:-1]) == digits[-1]


def credit_card(rng: random.Random) -> str:
    prefix, length = rng.choice(_CARD_SHAPES)
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    digits = body + luhn_check_digit(body)
    style = rng.random()
    # Amex prints 4-6-5, the others 4-4-4-4.
    groups = [digits[:4], digits[4:10], digits[10:]] if length == 15 else [digits[i : i + 4] for i in range(0, 16, 4)]
    if style < 0.45:
        return " ".join(groups)
    if style < 0.7:
        return "-".join(groups)
    return digits


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits of the IBAN of ``country`` whose account part is ``bban`` (ISO 13616, mod 97)."""
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(["DE", "ES", "FR", "IT", "GB"])
    if country == "GB":
        bban = rng.choice(_GB_BANKS) + "".join(rng.choice(string.digits) for _ in range(14))
    elif country == "IT":
        bban = rng.choice(_IT_CIN) + "".join(rng.choice(string.digits) for _ in range(22))
    else:
        length, alphabet = _IBAN_SHAPES[country]
        bban = "".join(rng.choice(alphabet) for _ in range(length))
    compact = country + iban_check_digits(country, bban) + bban
    if rng.random() < 0.5:  # the printed form groups by four
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def us_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choices(["-", " ", ""], weights=[8, 1, 1])[0]
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def phone_number(rng: random.Random, region: str | None = None) -> str:
    """A number libphonenumber accepts as valid, in one of the formats people type."""
    candidates = [r for r in _PHONE_REGIONS if region is None or r[0] == region] or list(_PHONE_REGIONS)
    reg, length = rng.choice(candidates)
    code = phonenumbers.country_code_for_region(reg)
    for _ in range(500):
        national = str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(length - 1))
        parsed = phonenumbers.parse(f"+{code}{national}")
        if phonenumbers.is_valid_number(parsed):
            break
    fmt = rng.random()
    if reg == "US" and fmt < 0.35:
        n = str(parsed.national_number)
        return rng.choice([f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"])
    if fmt < 0.7:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if fmt < 0.85:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


def ipv4(rng: random.Random) -> str:
    # Public unicast ranges only; private 10/8 addresses are in the corpus too, as real logs carry both.
    first = rng.choice([23, 31, 45, 62, 81, 93, 104, 128, 151, 178, 185, 203, 212, 10, 172, 192])
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 192:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(6))
    return f"2a02:{rng.randint(0x1000, 0xFFFF):x}:{groups}"
