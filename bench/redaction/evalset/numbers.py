"""Structured identifiers written as people write them: phones of many countries, cards, SSNs, IBANs, IPs, dates
of birth. Digits are random; cards and IBANs carry valid check digits unless a variant says otherwise."""

from __future__ import annotations

import random
import string

import phonenumbers

# National and international formats, one country per entry; "#" is a random digit, "N" a non-zero digit.
PHONE_FORMATS: dict[str, tuple[str, ...]] = {
    "BR": ("+55 N# 9####-####", "(N#) 9####-####"),
    "MX": ("+52 55 #### ####", "55 #### ####", "+52 (N#) ### ####"),
    "AR": ("+54 9 11 ####-####", "011 ####-####", "(0351) 15-###-####"),
    "AT": ("+43 664 ### ####", "0664 #######", "+43 (0)1 ### ## ##"),
    "CH": ("+41 (0)7N ### ## ##", "07N ### ## ##", "+41 44 ### ## ##"),
    "HU": ("06 N0 ### ####", "+36 N0 ### ####", "06-1-###-####"),
    "CZ": ("+420 N## ### ###", "00420 N## ### ###"),
    "GR": ("69N ### ####", "+30 21N ### ####"),
    "KR": ("010-####-####", "+82 10-####-####", "02-###-####"),
    "TW": ("09##-###-###", "+886 9## ### ###"),
    "IR": ("0912 ### ####", "+98 91N ### ####"),
    "IL": ("05N-###-####", "+972 5N-###-####"),
    "RO": ("07N# ### ###", "+40 7N# ### ###"),
    "SE": ("07N-### ## ##", "+46 (0)7N ### ## ##"),
    "FI": ("040 ### ####", "+358 40 #######"),
    "NO": ("+47 4## ## ###", "9## ## ###"),
    "UA": ("+380 (N#) ###-##-##", "0N# ### ## ##"),
    "ID": ("0812-####-####", "+62 812 #### ####"),
    "TH": ("08N-###-####", "+66 8N ### ####"),
    "PH": ("0917 ### ####", "+63 917 ### ####"),
    "IN": ("+91 9#### #####", "098## #####", "+91-9#########"),
    "AU": ("04## ### ###", "(0N) #### ####", "+61 4## ### ###"),
    "IE": ("08N ### ####", "+353 8N ### ####"),
    "NG": ("0803 ### ####", "+234 803 ### ####", "0806-###-####"),
    "GH": ("024 ### ####", "+233 24 ### ####"),
    "KE": ("07N# ######", "+254 7N# ######"),
    "TR": ("0 (5N#) ### ## ##", "05N# ### ## ##", "+90 5N# ### ####"),
    "JP": ("090-####-####", "+81 90-####-####"),
    "NANP": ("1-N##-N##-####", "(N##)N##-####x####", "N##.N##.####", "+1 N## N## #### ext. ###", "(N##) N##-####"),
    "GE": ("+995 5## ## ## ##", "5## ## ## ##"),
    "DK": ("+45 N# ## ## ##",),
}
# A short local number is only a phone number next to a cue such as "call me at".
SHORT_LOCAL_FORMATS = ("N## ####", "N##-####", "N# ## ##")


def fill_digits(pattern: str, rng: random.Random) -> str:
    return "".join(
        str(rng.randint(0, 9)) if ch == "#" else str(rng.randint(1, 9)) if ch == "N" else ch for ch in pattern
    )


def phone(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """``(number, country)`` in one of the country's own formats."""
    country = country or rng.choice(sorted(PHONE_FORMATS))
    return fill_digits(rng.choice(PHONE_FORMATS[country]), rng), country


def phone_validity(number: str, region: str) -> str:
    """ "valid" when libphonenumber accepts the number for ``region``: random digits often fall outside the
    ranges a country assigns, and a careful redactor still removes them after a phone cue (reported apart)."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return "invalid"
    return "valid" if phonenumbers.is_valid_number(parsed) else "invalid"


def short_local_phone(rng: random.Random) -> str:
    return fill_digits(rng.choice(SHORT_LOCAL_FORMATS), rng)


def luhn_check_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random, valid: bool = True) -> str:
    """A 16-digit (or 15-digit Amex) number, grouped as printed; an invalid one fails the Luhn check."""
    prefix = rng.choice(("4", "51", "53", "55", "2221", "2720", "6011", "34", "37", "35", "9"))
    length = 15 if prefix in ("34", "37") else 16
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    check = luhn_check_digit(body)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    digits = body + check
    style = rng.choice(("space", "dash", "plain"))
    if style == "plain":
        return digits
    groups = [digits[:4], digits[4:10], digits[10:]] if length == 15 else [digits[i : i + 4] for i in range(0, 16, 4)]
    return (" " if style == "space" else "-").join(groups)


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


# Country, then the BBAN pattern: n digits, a upper-case letters, c upper-case letters or digits.
IBAN_BBAN = {
    "AT": "16n",
    "CH": "17n",
    "HU": "24n",
    "CZ": "20n",
    "SK": "20n",
    "GR": "23n",
    "RO": "4a16c",
    "SE": "20n",
    "FI": "14n",
    "DK": "14n",
    "NO": "11n",
    "UA": "25n",
    "PT": "21n",
    "BE": "12n",
    "IE": "4a14n",
    "LT": "16n",
    "LV": "4a13c",
    "EE": "16n",
    "HR": "17n",
    "SI": "15n",
    "BG": "4a6n8c",
    "GE": "2a16n",
    "AZ": "4a20c",
    "IL": "19n",
    "TR": "22n",
    "SA": "20n",
    "AE": "19n",
    "IS": "22n",
    "LU": "16n",
    "BR": "23n1a1c",
    "PK": "4a16n",
    "MU": "4a19n3a",
}


def _bban(pattern: str, rng: random.Random) -> str:
    out, count = [], ""
    for ch in pattern:
        if ch.isdigit():
            count += ch
            continue
        alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[ch]
        out.extend(rng.choice(alphabet) for _ in range(int(count)))
        count = ""
    return "".join(out)


def iban(rng: random.Random, grouped: bool = True) -> tuple[str, str]:
    """``(IBAN, country)`` with ISO 7064 mod 97-10 check digits, grouped in fours or compact."""
    country = rng.choice(sorted(IBAN_BBAN))
    bban = _bban(IBAN_BBAN[country], rng)
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if grouped:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value, country


def is_valid_iban(value: str) -> bool:
    compact = value.replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return "2a02:" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(7))
    first = rng.choice([n for n in range(11, 224) if n not in (127, 169, 172, 192)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}


def date_of_birth(rng: random.Random, lang: str) -> str:
    """A birth date between 1938 and 2004, in a numeric or written form natural for ``lang``."""
    y, m, d = rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS.get(lang, MONTHS["en"])[m - 1]
    forms = {
        "en": (f"{m}/{d}/{y}", f"{month} {d}, {y}", f"{d} {month} {y}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}"),
        "es": (f"{d} de {month} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"),
        "de": (f"{d}. {month} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"),
        "pt": (f"{d} de {month} de {y}", f"{d:02d}/{m:02d}/{y}"),
    }
    return rng.choice(forms.get(lang, forms["en"]))
