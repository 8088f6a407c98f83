"""Keys that name a card, a bank account, a birth date or a street address only when their value looks like one.

``{"card": "4111 1111 1111 1111"}`` holds a card number, ``{"card": {"brand": "visa"}}`` and
``{"card_type": "debit"}`` do not, and ``{"cc": "ana@example.com"}`` is an e-mail's carbon copy. These
keys decide the entity of a string value only when its shape fits: 13-19 digits for a card, a country
code, two check digits and an account number for an IBAN (whatever its checksum: a mistyped IBAN
still names an account). A key holding a birth cue in any language the cues know (``dtNascimento``,
``fecha_nac``, ``gebDatum``, ``cumpleanos``) marks a value that is a date and nothing else. ``address`` and its
translations hold a street address, or a server's (``localhost:9092``), an e-mail or a wallet: only words with
spaces between them count.
"""

from __future__ import annotations

import regex

from redaction.recognizers._birth_cues import BIRTH_CUE
from redaction.recognizers._dates import DATE, PARTIAL, could_be_birth_year

_CARD_KEYS = frozenset(
    {"card", "cc", "cc_num", "ccnum", "card_no", "card_num", "tarjeta", "numero_tarjeta", "karte", "kreditkarte"}
    | {"kartennummer", "kreditkartennummer", "carte", "numero_carte", "cartao", "cartão", "carta", "pan_number"}
)
_ACCOUNT_KEYS = frozenset(
    {"account", "bank_account", "account_number", "account_no", "cuenta", "cuenta_bancaria", "numero_cuenta"}
    | {"konto", "kontonummer", "bankverbindung", "compte", "compte_bancaire", "rib", "conto", "conta", "rekening"}
)
# Keys of a US social security or taxpayer number; nine digits under one are that number.
_SSN_KEYS = frozenset(
    {"ssn", "social_security", "social_security_number", "social_security_no", "ss_number", "ssn_number"}
    | {"tax_id", "taxid", "tin", "itin", "taxpayer_id", "tax_number", "tax_identification_number"}
)
_SSN_SHAPE = regex.compile(r"\d{3}([ \-]?)\d{2}\1\d{4}")
_NOT_DIGIT = regex.compile(r"\D")
_IBAN_LIKE = regex.compile(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}")
# Key spellings the prose cues do not take: "cumpleanos" without its ñ, "geb_datum", "aniversario".
_BIRTH_KEY = regex.compile(r"cumplea[ñn]os|geb_?datum|anivers[aá]rio|(?:^|_)geb(?:$|_)|nasc(?:$|_)")
_DATE_TIME = regex.compile(r"(\d{4}-\d{2}-\d{2})[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?")


def number_entity_by_key(key: str, value: str) -> str | None:
    """CREDIT_CARD, IBAN_CODE or US_SSN when ``key`` (normalised) may hold one and ``value`` is shaped like it."""
    if key in _CARD_KEYS and len(value) <= 40 and 13 <= len(_NOT_DIGIT.sub("", value)) <= 19:
        return "CREDIT_CARD"
    if key in _ACCOUNT_KEYS and _IBAN_LIKE.fullmatch(value.replace(" ", "").replace("-", "")):
        return "IBAN_CODE"
    if key in _SSN_KEYS and _SSN_SHAPE.fullmatch(value.strip()):
        return "US_SSN"
    return None


_ADDRESS_KEYS = frozenset(
    {"address", "adresse", "adres", "adresa", "direccion", "dirección", "domicilio", "endereco", "endereço"}
    | {"indirizzo", "anschrift", "postal_address", "residence", "wohnadresse", "direccion_envio", "lieferadresse"}
    # keys holding the street without its number
    | {"calle", "rua", "logradouro", "strasse", "straße", "street_name", "streetname", "avenida"}
)
_WORD_OF_THREE = regex.compile(r"\p{L}{3,}")
_NOT_STREET = regex.compile(r"@|://|^[/\\~.]|^0x", regex.IGNORECASE)


# "delivery_address", "formatted_address", "lieferadresse": a kind of address, not a machine's or a mailbox's;
# its value counts with a house number in it.
_KIND_OF_ADDRESS = regex.compile(
    r"(?:^|_)(?<!(?:e_?mail|ip|ipv[46]|mac|web|wallet|server|host|remote|local|bind|listen|proxy|node|peer|base|contract"
    r"|memory|return|url|btc|eth|to|from|reply_to|sender|recipient)_)(?:address|adresse|adres|adresa|direccion|endereco)$"
)
_HAS_NUMBER = regex.compile(r"(?<![\d.:])\d{1,5}(?![\d.:])")


def street_by_key(key: str, value: str) -> str | None:
    """STREET_ADDRESS when ``key`` names an address and ``value`` is words with spaces ("Rua Augusta 120")."""
    if key not in _ADDRESS_KEYS and not (_KIND_OF_ADDRESS.search(key) and _HAS_NUMBER.search(value)):
        return None
    if not 3 <= len(value) <= 200 or " " not in value.strip():
        return None
    if _NOT_STREET.search(value.strip()) or not _WORD_OF_THREE.search(value):
        return None
    return "STREET_ADDRESS"


def birth_date_by_key(key: str, value: str) -> str | None:
    """DATE_OF_BIRTH when ``key`` (normalised) holds a birth cue and ``value`` is a past date, nothing else."""
    if len(value) > 40 or not (_BIRTH_KEY.search(key) or BIRTH_CUE.search(key.replace("_", " "))):
        return None
    value = value.strip()
    stamp = _DATE_TIME.fullmatch(value)
    date = DATE.fullmatch(value) or PARTIAL.fullmatch(value) or (stamp and DATE.fullmatch(stamp.group(1)))
    return "DATE_OF_BIRTH" if date and could_be_birth_year(value) else None


def holds_birth_date(value: str) -> bool:
    """Whether a value under a birth-date key holds a past date: ``{"dob_source": "id card"}`` and
    ``{"birthday_reminder": "2999-01-01"}`` are about a birth date, not one."""
    date = DATE.search(value) or PARTIAL.fullmatch(value.strip())
    return date is not None and could_be_birth_year(date.group())


def entity_by_key_and_shape(key: str, value: str) -> str | None:
    """The entity ``key`` (normalised) names when ``value`` is shaped like it: card, IBAN, birth date, street."""
    return number_entity_by_key(key, value) or birth_date_by_key(key, value) or street_by_key(key, value)


# A record's own id: "customer_id", "orderId", "ticket_ref". Keys of ids that identify a person in the world
# (tax, passport, licence, patient, phone, card, account numbers) are not record ids: their values are analysed.
_RECORD_ID_KEY = regex.compile(r"(?:^|_)(?:id|uuid|guid|ref)$")
_PERSONAL_ID_KEY = regex.compile(
    r"national|tax|ssn|social|passport|licen[cs]e|driver|citizen|nin|nif|nie|cpf|dni|curp|rfc|aadhaar|pan"
    r"|vat|iban|account|card|bank|phone|tel|mobile|fax|whats|patient|medical|health|insur|member|person"
)
_SHORT_ID = regex.compile(r"[A-Za-z]{0,6}[-_]?\d{4,12}")


# Keys of an order's, a parcel's or a booking's number: {"order_no": "0612345678"}, {"tracking_number": "..."}.
_BUSINESS_NUMBER_KEY = regex.compile(
    r"(?:^|_)(?:order|invoice|tracking|ticket|case|booking|reservation|shipment|parcel|confirmation|transaction|txn"
    r"|claim|po|pedido|bestellung|commande|ordine|rechnung|factura|fattura|sendung"
    r"|sku|item|article|artikel|part|ean|upc|gtin|isbn|serial|reference|ref|mandate|rma|protocol|protocolo"
    # a bank's code, never a person's: {"bic": "TATRSKBX"}, {"swift_code": "DEUTDEFF500"}
    r"|bic|swift|bank|sort|routing)(?:_(?:no|nr|num|number|code|id))?$"
)
_BUSINESS_NUMBER = regex.compile(r"[A-Za-z0-9#][A-Za-z0-9 \-/.#]{3,40}")
# ... but no words: "Call Maria at 0612345678" under an order key is a sentence, analysed as one.
_WORD = regex.compile(r"(?<![A-Za-z0-9])[A-Za-z]*[a-z][A-Za-z]*(?![A-Za-z0-9])")


def is_record_id(key: str, value: str) -> bool:
    """``{"customer_id": "04985920"}``, ``{"order_no": "0612345678"}``: a record's id or a business number,
    digits a phone check would read as a national number."""
    if _PERSONAL_ID_KEY.search(key):
        return False
    if _BUSINESS_NUMBER_KEY.search(key):
        words = (w for w in _WORD.findall(value) if len(w) >= 3)
        return bool(_BUSINESS_NUMBER.fullmatch(value)) and next(words, None) is None
    return bool(_RECORD_ID_KEY.search(key)) and bool(_SHORT_ID.fullmatch(value))


# Browser and form tools name the field they fill beside the text they type:
# {"selector": "#password", "value": "X"}, {"field": "login_pwd", "text": "X"}.
_FIELD_KEYS = frozenset({"selector", "field", "name", "target", "element", "locator", "label", "xpath", "css", "ref"})
_TYPED_KEYS = ("value", "text", "input", "keys", "content")
# A word of its own, or a camelCase part ("userPassword", "#pwdInput"), not inside one ("#compass", "passenger").
_SECRET_FIELD = regex.compile(
    r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"
    r"(?i:pass(?:word|wd|code|phrase)?|pwd|pin|secret|otp|cvv|cvc|contrase\w*|passwort|kennwort|senha"
    r"|mot.de.passe|wachtwoord)(?![a-z])"
)
# Fields about a password, and what a click sets: "#password-hint", "Show password" -> "checked".
_ABOUT_SECRET_FIELD = regex.compile(r"hint|strength|policy|toggle|show|visib|forgot|reset|meter|rule", regex.IGNORECASE)
_CONTROL_STATE = frozenset({"checked", "unchecked", "true", "false", "on", "off", "enabled", "disabled", "visible"})


def _names_secret_field(key: str, value: object) -> bool:
    if key not in _FIELD_KEYS or not isinstance(value, str):
        return False
    return bool(_SECRET_FIELD.search(value)) and not _ABOUT_SECRET_FIELD.search(value)


def typed_secret_key(record: dict[str, object]) -> str | None:
    """The key holding what a form tool types into a password field, if ``record`` fills one."""
    if not any(_names_secret_field(k, v) for k, v in record.items()):
        return None
    typed = next((k for k in _TYPED_KEYS if isinstance(record.get(k), str)), None)
    if typed is None or str(record[typed]).casefold() in _CONTROL_STATE:
        return None
    return typed
