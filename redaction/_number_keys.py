"""Keys that name a card or a bank account only when their value looks like one.

``{"card": "4111 1111 1111 1111"}`` holds a card number, ``{"card": {"brand": "visa"}}`` and
``{"card_type": "debit"}`` do not, and ``{"cc": "ana@example.com"}`` is an e-mail's carbon copy. These
keys decide the entity of a string value only when its shape fits: 13-19 digits for a card, a country
code, two check digits and an account number for an IBAN (whatever its checksum: a mistyped IBAN
still names an account).
"""

from __future__ import annotations

import regex

_CARD_KEYS = frozenset(
    {"card", "cc", "cc_num", "ccnum", "card_no", "card_num", "tarjeta", "numero_tarjeta", "karte", "kreditkarte"}
    | {"kartennummer", "kreditkartennummer", "carte", "numero_carte", "cartao", "cartão", "carta", "pan_number"}
)
_ACCOUNT_KEYS = frozenset(
    {"account", "bank_account", "account_number", "account_no", "cuenta", "cuenta_bancaria", "numero_cuenta"}
    | {"konto", "kontonummer", "bankverbindung", "compte", "compte_bancaire", "rib", "conto", "conta", "rekening"}
)
_NOT_DIGIT = regex.compile(r"\D")
_IBAN_LIKE = regex.compile(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}")


def number_entity_by_key(key: str, value: str) -> str | None:
    """CREDIT_CARD or IBAN_CODE when ``key`` (normalised) may hold one and ``value`` is shaped like it."""
    if key in _CARD_KEYS and len(value) <= 40 and 13 <= len(_NOT_DIGIT.sub("", value)) <= 19:
        return "CREDIT_CARD"
    if key in _ACCOUNT_KEYS and _IBAN_LIKE.fullmatch(value.replace(" ", "").replace("-", "")):
        return "IBAN_CODE"
    return None
