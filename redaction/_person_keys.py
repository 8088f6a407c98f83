"""Keys whose string value is a person only in context: a ``name`` in a person's object, a role, a login."""

from __future__ import annotations

from redaction.recognizers.structured_names import names_a_person, person_words
from redaction.recognizers.usernames import is_personal_handle

# A "name" is a person's name when its object describes a person (it has an email, a phone, ...)
# or sits under a person-role key; {"name": "get_weather"} in a tool definition stays.
_NAME_KEYS = frozenset({"name", "nombre", "vorname", "nachname", "apellido", "apellidos"})
PERSON_PARENTS = frozenset(
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
# An object holding one of these describes a person, so its "name" is one.
PERSON_SIBLINGS = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "STREET_ADDRESS", "US_SSN", "PERSON"})


def person_by_key(key: str, value: str, personal: bool) -> str | None:
    """PERSON when the key names a person's role (or a name in a person's object) and the value reads as one."""
    if key in _NAME_KEYS:
        return "PERSON" if personal or names_a_person(value) else None
    if key in _ROLE_KEYS and "@" not in value and len(value) <= 200 and person_words(value.replace(",", " ")):
        return "PERSON"
    if key in _LOGIN_KEYS and is_personal_handle(value):
        return "PERSON"  # {"username": "mhernandez88"}: a login made of its owner's name
    return None
