"""Walking JSON-like values: which strings to analyze, and which keys decide the entity themselves.

A string holding a JSON object or array is parsed, redacted value by value and re-serialized, so
tool arguments stay valid JSON with their keys. A value under a key that names a secret
(``password``, ``api_key``, ``authorization``, ...) is replaced whatever it looks like; so are
values under keys that name a person, a birth date or a street address.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

import regex

from redaction._number_keys import entity_by_key_and_shape, holds_birth_date, is_record_id, typed_secret_key
from redaction.config import RedactionConfig
from redaction.recognizers.structured_names import names_a_person, person_words
from redaction.recognizers.usernames import is_personal_handle

# Key words (after normalising separators to "_") that decide the entity of the whole value.
_KEY_ENTITIES: dict[str, tuple[str, ...]] = {
    "PASSWORD": (
        "password",
        "passwd",
        "pwd",
        "passphrase",
        "passcode",
        "pin",
        "otp",
        # The same key in the languages of the prose rules: contraseña, Passwort, mot de passe, senha.
        "contraseña",
        "contrasena",
        "clave",
        "passwort",
        "kennwort",
        "mot_de_passe",
        "motdepasse",
        "mdp",
        "senha",
        "parola_d_ordine",
        "wachtwoord",
        "haslo",
        "hasło",
        "sifre",
        "şifre",
        # Wi-Fi pre-shared keys and network keys: {"ssid": "...", "psk": "..."}
        "psk",
        "wpa_psk",
        "wifi_key",
        "wifi_password",
    ),
    # Secret words beyond the configured ones (config.secret_keys): keys named for what they sign or open.
    "SECRET": (
        "signing_key",
        "encryption_key",
        "master_key",
        "session_key",
        "account_key",
        "shared_access_key",
        "sas_token",
        "secret_key",
        "private_key",
        "client_secret",
        "webhook_secret",
        "passkey",
        "license_key",
    ),
    "PERSON": (
        "first_name",
        "last_name",
        "full_name",
        "given_name",
        "family_name",
        "surname",
        "middle_name",
        "firstname",
        "lastname",
        "fullname",
        "customer_name",
        "contact_name",
        "display_name",
        "maiden_name",
        "legal_name",
        "preferred_name",
        "given_names",
        "nickname",
        "displayname",
        "full_names",
        "nombre_completo",
        "apellidos",
        "vorname",
        "nachname",
        "nom_complet",
        "prenom",
        "prénom",
        "cognome",
        # first and family names in more languages (nl, pt, pl, cs, sk, hr, sl, hu, ro, fi, nordic)
        "voornaam",
        "achternaam",
        "tussenvoegsel",
        "sobrenome",
        "nome_completo",
        "imie",
        "imię",
        "nazwisko",
        "jmeno",
        "jméno",
        "prijmeni",
        "příjmení",
        "priezvisko",
        "meno",
        "ime",
        "prezime",
        "keresztnev",
        "keresztnév",
        "vezeteknev",
        "vezetéknév",
        "prenume",
        "etunimi",
        "sukunimi",
        "fornavn",
        "etternavn",
        "efternavn",
        "förnamn",
        "fornamn",
        "efternamn",
    ),
    "DATE_OF_BIRTH": (
        "dob",
        "date_of_birth",
        "birth_date",
        "birthdate",
        "birthday",
        "birth_day",
        "born_on",
        "born",
        "bday",
        "fecha_nacimiento",
        "fecha_de_nacimiento",
        "geburtsdatum",
        "geburtstag",
        "date_naissance",
        "date_de_naissance",
        "data_nascimento",
        "data_de_nascimento",
        "data_di_nascita",
        "data_nascita",
        "geboortedatum",
    ),
    "US_SSN": ("ssn", "social_security_number", "social_security_no"),
    "PHONE_NUMBER": (
        "phone",
        "phone_number",
        "phonenumber",
        "mobile",
        "telephone",
        "tel",
        "cell",
        "cellphone",
        "fax",
        "whatsapp",
        "telefono",
        "teléfono",
        "telefon",
        "handy",
        "telefone",
        "telefonnummer",
        "rufnummer",
        "handynummer",
        "mobilnummer",
        "mobil",
        "movil",
        "móvil",
        "celular",
        "portable",
        "téléphone",
        "telephone_number",
        "cell_phone",
        "landline",
        "msisdn",
        "contact_number",
        "contact_no",
        "contato",
        "contacto",
        "fone",
        "celu",
        "telemovel",
        "telemóvel",
        "sms",
        "tlf",
        "tfno",
        "caller",
        "callee",
        "caller_id",
        "callback_number",
        "callback",
        "direct_line",
        "fixo",
        "festnetz",
        "telefono_fijo",
        "from_number",
        "to_number",
        "sender_number",
        "recipient_number",
        "dialed_number",
        # lists of them: {"phones": ["+55 21 9 2609-3964", ...]}
        "phones",
        "phone_numbers",
        "mobiles",
        "telefones",
        "telefonos",
        "teléfonos",
    ),
    "CREDIT_CARD": (
        "card_number",
        "cardnumber",
        "credit_card",
        "creditcard",
        "cc_number",
        "pan",
        "debit_card",
        "card_pan",
        "numero_de_tarjeta",
    ),
    "IBAN_CODE": ("iban",),
    "EMAIL_ADDRESS": ("email", "email_address", "e_mail", "mail"),
    "IP_ADDRESS": ("ip", "ip_address", "client_ip", "remote_addr", "remote_ip", "source_ip", "x_forwarded_for"),
    "STREET_ADDRESS": (
        "street",
        "street_address",
        "address_line",
        "address_line_1",
        "address_line_2",
        "address1",
        "address2",
        "line1",
        "line2",
        "addr",
        "home_address",
        "shipping_address",
        "billing_address",
        "mailing_address",
    ),
}
# A "name" is a person's name when its object describes a person (it has an email, a phone, ...)
# or sits under a person-role key; {"name": "get_weather"} in a tool definition stays.
_NAME_KEYS = frozenset({"name", "nombre", "vorname", "nachname", "apellido", "apellidos"})
_PERSON_PARENTS = frozenset(
    {
        "contact",
        "customer",
        "user",
        "person",
        "recipient",
        "sender",
        "holder",
        "account_holder",
        "owner",
        "patient",
        "employee",
        "passenger",
        "guest",
        "assignee",
        "requester",
        "reporter",
        "author",
        "cliente",
        "kunde",
        "from",
        "to",
        "cc",
        "bcc",
        "reply_to",
        "billing",
        "shipping",
        "emergency_contact",
        "beneficiary",
    }
)
# Keys whose string value is a login, a person when it is made of a name rather than of words or roles.
_LOGIN_KEYS = frozenset(
    {"username", "user_name", "login", "user_login", "handle", "screen_name", "account_name", "uid"}
)
# Keys whose string value is a person when it reads as a name ({"assignee": "Zeynep Çelik"}); their
# objects and ids ("owner": {...}, "owner_id": 17) are walked as usual.
_ROLE_KEYS = frozenset(
    {
        "assignee",
        "speaker",
        "owner",
        "contact",
        "customer",
        "author",
        "reviewer",
        "approver",
        "reporter",
        "requester",
        "agent",
        "rep",
        "attendee",
        "attendees",
        "participants",
        "participant",
        "organizer",
        "host",
        "manager",
        "account_manager",
        "account_owner",
        "sender",
        "recipient",
        "from",
        "to",
        "cc",
        "user",
        "member",
        "passenger",
        "guest",
        "patient",
        "employee",
        "interviewer",
        "candidate",
        "signed_by",
        "created_by",
        "updated_by",
        "reviewed_by",
        "approved_by",
        "assigned_to",
        "submitted_by",
        "requested_by",
        "cliente",
        "titular",
        "responsable",
        "kunde",
        "ansprechpartner",
        "teilnehmer",
        "autor",
        "holder",
        "account_holder",
    }
)
_PERSON_SIBLINGS = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "STREET_ADDRESS", "US_SSN", "PERSON"})
# A value that is a phone number and nothing else: at least five digits, phone punctuation, an extension.
_PHONE_VALUE = regex.compile(r"(?i)^[\s+()./\-]*(?:\d[\s+()./\-]*){5,}(?:(?:x|ext\.?|#)\s?\d{1,6})?\s*$")
_SEPARATORS = regex.compile(r"[\s.\-]+|(?<=\p{Ll})(?=\p{Lu})")

# A string is tried as JSON only when it looks like an object or array: parsing every string is waste.
_JSON_START = ("{", "[")

TextFn = Callable[[str], str]
WholeFn = Callable[[str, str], str]


def normalise_key(key: str) -> str:
    """``X-Api-Key``, ``apiKey`` and ``api.key`` all become ``x_api_key`` / ``api_key``."""
    return _SEPARATORS.sub("_", key).lower()


class KeyRules:
    """Maps a key to the entity that its whole value is, or ``None``."""

    def __init__(self, config: RedactionConfig) -> None:
        words: list[tuple[str, str]] = [(normalise_key(w).replace("-", "_"), "SECRET") for w in config.secret_keys]
        for entity, names in _KEY_ENTITIES.items():
            words.extend((name, entity) for name in names)
        # Longest first so "api_key" wins over "key"-like fragments; words match whole "_" segments.
        words.sort(key=lambda pair: len(pair[0]), reverse=True)
        self._entity = dict(words)
        alternation = "|".join(regex.escape(word) for word, _ in words)
        self._pattern = regex.compile(rf"(?:^|_)({alternation})(?:$|_)")
        self._memo: dict[str, str | None] = {}

    def entity_for(self, key: str) -> str | None:
        found = self._memo.get(key, "")
        if found == "":
            match = self._pattern.search(normalise_key(key))
            found = self._entity[match.group(1)] if match else None
            if len(self._memo) < 100_000:
                self._memo[key] = found
        return found


def parse_json_container(text: str) -> Any:
    """The parsed object/array when ``text`` is one, else ``None``."""
    stripped = text.strip()
    if not stripped.startswith(_JSON_START):
        return None
    try:
        parsed = json.loads(stripped)
    except (ValueError, RecursionError):
        # Too deep for the parser ("[[[[..." pasted a million times): analyzed as plain text.
        return None
    return parsed if isinstance(parsed, dict | list) else None


def walk(
    value: Any,
    rules: KeyRules,
    on_text: TextFn,
    on_whole: WholeFn,
    *,
    key_entity: str | None = None,
    parent: str | None = None,
) -> Any:
    """Rebuild ``value`` with every string passed through ``on_text`` (or ``on_whole`` under a sensitive key).

    Numbers, booleans and ``None`` are kept unless they sit under a sensitive key.
    """
    if key_entity is not None and not isinstance(value, dict | list):
        if value is None or (key_entity == "SECRET" and isinstance(value, int | float)):
            # Counts under token-ish keys ("llm.token_count.prompt") are numbers, not secrets.
            return value
        if key_entity == "PHONE_NUMBER" and not _PHONE_VALUE.match(str(value)):
            # {"phone_verified": true}, {"phone_type": "mobile"}, {"caller_id": "svc_checkout"}: about a
            # phone, not one; a phone among words ("call 0171 2345678 after 5") is found in the text.
            return on_text(value) if isinstance(value, str) else value
        if key_entity == "DATE_OF_BIRTH" and not holds_birth_date(str(value)):
            return on_text(value) if isinstance(value, str) else value
        return on_whole(key_entity, value if isinstance(value, str) else str(value))
    if isinstance(value, str):
        parsed = parse_json_container(value)
        if parsed is None:
            return on_text(value)
        redacted = walk(parsed, rules, on_text, on_whole)
        return json.dumps(redacted, ensure_ascii=False, separators=_separators(value))
    if isinstance(value, dict):
        entities = {k: key_entity or _entity(rules, k) for k in value}
        typed = typed_secret_key(value)
        if typed is not None and entities[typed] is None:
            entities[typed] = "PASSWORD"
        personal = (parent is not None and normalise_key(parent) in _PERSON_PARENTS) or any(
            e in _PERSON_SIBLINGS for e in entities.values()
        )
        out = {}
        for k, v in value.items():
            entity = entities[k]
            if entity is None and isinstance(k, str) and isinstance(v, str | int) and not isinstance(v, bool):
                key = normalise_key(k)
                if isinstance(v, str) and is_record_id(key, v):
                    out[k] = v
                    continue
                entity = entity_by_key_and_shape(key, str(v)) or _pass_key_entity(key, v)
                if entity is None and isinstance(v, str):
                    entity = _person_by_key(key, v, personal)
            out[k] = walk(v, rules, on_text, on_whole, key_entity=entity, parent=k if isinstance(k, str) else None)
        return out
    if isinstance(value, list | tuple):
        return [walk(item, rules, on_text, on_whole, key_entity=key_entity, parent=parent) for item in value]
    return value


def strings_in(value: Any, rules: KeyRules, persons: list[str] | None = None) -> Iterable[str]:
    """Every string :func:`walk` would pass to ``on_text``, in the same order (for batching).

    ``persons``, when given, receives the values that sit under person-naming keys, and the addresses under
    e-mail keys (their local parts name people too).
    """
    collected: list[str] = []

    def collect(text: str) -> str:
        collected.append(text)
        return text

    def whole(entity: str, text: str) -> str:
        if persons is not None and (entity == "PERSON" or (entity == "EMAIL_ADDRESS" and "@" in text)):
            persons.append(text)
        return text

    walk(value, rules, collect, whole)
    return collected


# "pass" alone or at a key's end ({"pass": "X"}, {"db_pass": "X"}) names a password, unless its value is a
# test's outcome ({"pass": true}, {"pass": "yes"}); "pass_rate", "pass_count" are about tests.
_PASS_KEY = regex.compile(r"(?:^|_)pass$")
_OUTCOMES = frozenset(
    ["pass", "passed", "fail", "failed", "ok", "true", "false", "yes", "no", "skip", "skipped", "none", "null", "n/a"]
)


def _pass_key_entity(key: str, value: object) -> str | None:
    if isinstance(value, str) and _PASS_KEY.search(key) and value.strip().casefold() not in _OUTCOMES:
        return "PASSWORD" if value.strip() else None
    return None


def _person_by_key(key: str, value: str, personal: bool) -> str | None:
    """PERSON when the key names a person's role (or a name in a person's object) and the value reads as one."""
    if key in _NAME_KEYS:
        return "PERSON" if personal or names_a_person(value) else None
    if key in _ROLE_KEYS and "@" not in value and len(value) <= 200 and person_words(value.replace(",", " ")):
        return "PERSON"
    if key in _LOGIN_KEYS and is_personal_handle(value):
        return "PERSON"  # {"username": "mhernandez88"}: a login made of its owner's name
    return None


def _entity(rules: KeyRules, key: Any) -> str | None:
    return rules.entity_for(key) if isinstance(key, str) else None


def _separators(original: str) -> tuple[str, str]:
    # Keep the producer's compact or spaced style so diffs against the raw span stay readable.
    return (",", ":") if '":"' in original or ('",' in original and '", ' not in original) else (", ", ": ")
