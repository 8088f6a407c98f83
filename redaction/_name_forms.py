"""The forms a person's name takes besides itself: the logins made from it, and which of its parts stay
recognisable alone in any case.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import regex

from redaction._lookalikes import TECH_TERMS
from redaction.recognizers._word_lists import (
    common_words,
    is_name_place,
    is_other_language_word,
    is_place_name_without_accents,
    is_plain_word,
    name_words,
    rare_words,
)

# Mailbox names of roles, not people.
ROLE_MAILBOXES = frozenset(
    {
        "info",
        "support",
        "admin",
        "billing",
        "sales",
        "contact",
        "hello",
        "team",
        "noreply",
        "no-reply",
        "help",
        "office",
        "jobs",
        "hr",
        "service",
        "security",
        "privacy",
        "legal",
        "accounts",
        "finance",
        "orders",
        "mail",
        "webmaster",
        "postmaster",
        "marketing",
        "press",
        "careers",
        "feedback",
        "notifications",
        "alerts",
        "ops",
    }
)
# Shortest part matched in any casing, and shortest login made from a name.
_MIN_DISTINCTIVE = 4
_MIN_LOGIN = 5
_LOGIN_SEPARATORS = ("", ".", "_")


def distinctive(part: str) -> bool:
    """A name part (letters only) that is no word or place in any language we list: lower case or caps, it is still
    the name."""
    return (
        len(part) >= _MIN_DISTINCTIVE
        and part not in name_words()
        and not is_other_language_word(part)
        and not is_name_place(part)
        and not is_place_name_without_accents(part)
    )


def too_common(part: str) -> bool:
    """A word too common to stand for a person alone; a rare one ("Menzies") may, in a name's casing."""
    return part in common_words() and part not in rare_words()


def logins(words: list[str]) -> set[str]:
    """The logins and handles a company makes from a full name: "jnwafor", "nwaforj", "joseph.nwafor", "kristine.b".

    The surname is the last word, or all words after the first run together ("vandermeer", "quispemamani").
    """
    letters = [regex.sub(r"[^a-z]", "", w) for w in words]
    if len(letters) < 2 or not all(letters):
        return set()
    first, rest = letters[0], letters[1:]
    made: set[str] = set()
    for surname in {rest[-1], "".join(rest)}:
        for a, b in ((first, surname), (surname, first), (first[0], surname), (surname, first[0])):
            made.update(a + sep + b for sep in _LOGIN_SEPARATORS)
        made.update(first + sep + surname[0] for sep in (".", "_"))
    return {
        login for login in made if len(login) >= _MIN_LOGIN and login not in common_words() and not is_plain_word(login)
    }


def surnames_in_logins(one_piece: Iterable[str], parts: Mapping[str, str]) -> dict[str, str]:
    """Surnames inside one-piece logins beside a known given name or its initial, each with that name's person.

    "hurquhart" beside Hamish gives "urquhart"; "abimbolaadeyemi" beside Abimbola gives "adeyemi". ``parts``
    maps the trace's name parts to their person; a login's own part (it was added whole) gives no initial.
    """
    one_piece = set(one_piece)
    given = {part[0]: person for part, person in parts.items() if part not in one_piece}
    given |= {part: person for part, person in parts.items() if part not in one_piece}
    found: dict[str, str] = {}
    for local in one_piece:
        # Every cut of the login, looked up: a CRM export has thousands of logins and of name parts.
        for cut in range(1, len(local)):
            for known, rest in ((local[:cut], local[cut:]), (local[-cut:], local[:-cut])):
                # No plain-word test: frequency lists hold surnames ("urquhart"); the login is the evidence.
                if known in given and rest not in ROLE_MAILBOXES and rest not in TECH_TERMS and distinctive(rest):
                    found.setdefault(rest, given[known])
    return found
