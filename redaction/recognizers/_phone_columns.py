"""Tables whose header names a phone column: CSV exports, pipe tables, TSV pastes from a CRM, SQL inserts.

``name,email,phone`` over ``Ana Souza,ana@acme.com,3734112986`` says what the unbroken digit run
is, which nothing in its row does (an order id in the same place looks the same). Only the header
decides: a row beside an e-mail address is no cue, or customer ids and SKUs would go too.
"""

from __future__ import annotations

import regex

from redaction.recognizers._phone_cues import is_id_word
from redaction.recognizers._sql_columns import sql_column
from redaction.recognizers._table_columns import column_header

_PHONE_HEADER = regex.compile(
    r"(?i)^\W*(?:\w+[ _\-])?(?:phone|telephone|tel|mobile|cell|cellphone|fax|whatsapp|msisdn|tel[eé]fono|telefone"
    r"|telefon|handy|mobil|m[oó]vil|celular|portable|t[eé]l[eé]phone|rufnummer|telefonnummer|landline|festnetz|fixo"
    r"|fijo|fixe|fisso|callback|call[ _\-]back)\d?(?:[ _\-]\w+)?\W*$"  # "phone2", "tel_1"
)


def in_phone_column(text: str, start: int) -> bool:
    """True when ``start`` lies in a delimited row whose table header names that column a phone."""
    return phone_column(text, start) is True


def phone_column(text: str, start: int) -> bool | None:
    """True when ``start`` lies in a table column whose header names a phone, False when it names an id or an
    amount ("ultimo_pedido", "Order #", "Rechnung"), None otherwise (no table, or a header that says neither)."""
    header = sql_column(text, start) or column_header(text, start)
    if header is None:
        return None
    if _PHONE_HEADER.match(header):
        return True
    return False if any(map(is_id_word, _WORDS.findall(header))) else None


_WORDS = regex.compile(r"\p{L}+")
