"""Card issuer prefixes (IIN ranges), the Luhn check, and the words that announce a card number.

Prefixes: Visa 4; Mastercard 51-55 and 2221-2720; Mir 2200-2204; Amex 34/37; Diners 300-305, 36, 38-39;
JCB 3528-3589 (and 2131, 1800 of its 15-digit cards); Discover 6011, 644-649, 65; UnionPay 62 and 81;
RuPay 60, 65, 81, 82, 508, 353, 356; Maestro 50, 56-69; Troy 9792; Verve 506, 650; Elo, Hipercard,
Dankort and InstaPayment within 4-6.
"""

from __future__ import annotations

import regex

_ISSUER = regex.compile(r"^(?:4|5|6|220[0-4]|2131|1800|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[04-9]|8[12]|9792)")
CARD_CUE = regex.compile(
    r"(?i:(?<!\p{L})(?P<word>(?:credit|debit)?cards?|cc\s*#|cc|credit|debit|tarj(?:eta|\.)?|carte|cart[ãa]o"
    # German, Dutch and Nordic compounds: "Kreditkartennummer", "kaartnummer", "kortnummer"
    r"|\p{L}*(?:karten?|kaart|kort)(?:nummer|numret|nr)?"
    # Polish, Czech and Turkish decline "karta": "płaciłem kartą", "kartou", "kredi kartı"
    r"|carta|kart(?:a|ą|ę|y|u|ou|ı|ım)?|kortet|visa|master\s?card|mc|amex|american\s+express|maestro|discover"
    r"|diners(?:\s+club)?"
    r"|jcb|union\s?pay|rupay|(?-i:PAN|Mir)|paid\s+with|pay\s+with|pagu[eé]\s+con|pago\s+con|charged\s+to)"
    # Up to the number, no other long number: an expiry, a CVV or the last four may stand between.
    r"(?!\p{L})(?:[^\d\n]|(?<!\d)\d{1,4}(?!\d)){0,40}$)"
)

# An id's own label between the card cue and the number: "paid by card, order 1234567890123456".
ID_LABEL = regex.compile(
    r"(?i:(?<!\p{L})(?:order|invoice|inv|tracking|ticket|ref(?:erence)?|transaction|txn|confirmation|booking"
    r"|receipt|case|shipment|pedido|factura|referencia|bestellung|rechnung|sendung|commande|facture|ordine"
    r"|fattura)(?!\p{L})[^\d\n]{0,12}$)"
)


def has_issuer_prefix(digits: str) -> bool:
    return bool(_ISSUER.match(digits))


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0
