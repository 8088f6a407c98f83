"""Prose that gives the password's value before the word naming it: ``use X as the password``,
``it's X (the password)``, ``puse X de contraseña``.
"""

from __future__ import annotations

import regex

from redaction.recognizers._password_cues import QUOTE, STRONG
from redaction.recognizers._secret_values import is_password_value, strip_sentence_end

# "use X as the password", "X is my new password", "X ist mein Passwort", "X es mi contraseña".
_BEFORE = regex.compile(
    # not the verb that hands it over: "puse como contraseña X"
    r"(?<![^\s\"'`(])(?!(?i:puse|pongo|usé|uso|tengo|coloquei|coloco|usei|ponho|pus)\s)"
    rf"(?P<value>[^\s\"'`,;)}}\]]{{4,128}}){QUOTE}[ \t]+(?:is|was|ist|es|é|est|as|als|como)[ \t]+"
    r"(?:(?:my|the|your|our|mein|dein|das|mi|la|tu|le|mon|a|minha|o)[ \t]+)?"
    r"(?:(?:new|neues?|nueva|nouveau|nova)[ \t]+)?"
    rf"{STRONG}(?!\p{{L}})",
    regex.IGNORECASE,
)
# "it's X (the password)", "he typed X into the password field": the value before the word that names it.
_NAMED_AFTER = regex.compile(
    rf"(?<![^\s\"'`(])(?P<value>[^\s\"'`,;)}}\]]{{4,128}}){QUOTE}"
    rf"(?:[ \t]+\((?:the[ \t]+|my[ \t]+)?{STRONG}\)|[ \t]+(?:into|in)[ \t]+the[ \t]+{STRONG}[ \t]+(?:field|box|prompt)"
    # an apposition: "try X — that's the admin password", "it's X, my usual password"
    rf"|[ \t]*(?:,|[ \t][—–-]+)[ \t]*(?:that'?s[ \t]+|which[ \t]+is[ \t]+|is[ \t]+)?(?:the|my|our|your)[ \t]+"
    rf"(?:\p{{L}}+[ \t]+){{0,2}}{STRONG}(?!\p{{L}}))",
    regex.IGNORECASE,
)
# "puse X de contraseña", "coloquei X como senha", "es X la contraseña": the value, then the word naming it.
_VALUE_THEN_WORD = regex.compile(
    r"(?<!\p{L})(?:(?P<handover>puse|pongo|usé|uso|tengo|tenía|coloquei|coloco|usei|mis|mets|utilisé|choisi)"
    r"|es|era)[ \t]+"
    rf"{QUOTE}(?P<value>[^\s\"'`,;)}}\]]{{4,128}}){QUOTE}[ \t]+(?:de|como|comme|la|mi|el|a|minha)[ \t]+"
    r"(?:(?:mi|la|nueva|nova)[ \t]+)?"
    rf"{STRONG}(?!\p{{L}})",
    regex.IGNORECASE,
)


def value_first_spans(text: str) -> list[tuple[int, int]]:
    """The values that a later password word names."""
    spans = []
    for match in (*_BEFORE.finditer(text), *_NAMED_AFTER.finditer(text), *_VALUE_THEN_WORD.finditer(text)):
        # "use tulip as your password": the sentence names the word the password; after a bare "es"
        # ("era importante la contraseña") only a value that looks like one.
        value = strip_sentence_end(match.group("value"))
        named = match.re is not _VALUE_THEN_WORD or bool(match.group("handover"))
        if is_password_value(value, after_copula=named):
            spans.append((match.start("value"), match.start("value") + len(value)))
    return spans
