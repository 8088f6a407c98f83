"""Passwords set to a new value: ``changed my password to X``, ``Passwort von X auf Y geändert``,
``I reset my password. I set it to X``.
"""

from __future__ import annotations

import regex

from redaction.recognizers._password_cues import CANDIDATE, QUOTE, STRONG
from redaction.recognizers._secret_values import is_generated_letters_digits, is_password_value, strip_sentence_end

# "changed my password to X", "password was reset to X", "cambié la contraseña a X", "Passwort auf X geändert".
# A change verb makes a plain word the password ("set the password to tulip"); "password to log in" stays.
_CHANGE = (
    r"(?<!\p{L})(?:reset|changed?|set|updated?|geändert|zurückgesetzt|cambiada|cambié|restablecida|alterada"
    r"|mudei|troquei|trocou|mudou|modifié|zet|gezet|wijzig|gewijzigd|veranderd)(?!\p{L})"
)
_TO = r"(?:to|as|a|auf|zu|para|pra|por|em|en|in|op)"
CHANGED_TO = regex.compile(
    rf"(?P<copula>{_CHANGE}[^\n.!?]{{0,20}}?)?(?<!\p{{L}})(?P<cue>{STRONG})(?!\p{{L}})"
    # what the password is of: "set the password for the router to X", "zet het wachtwoord van de router op X"
    rf"(?P<bridge>(?:[ \t]+(?:for|of|van|für|von|del?|do|da)(?:[ \t]+(?!{_TO}[ \t])[^\s.!?:]+){{1,3}}?)?)"
    r"(?:[ \t]+(?:was|is|has[ \t]+been|got|wurde|fue|foi|werd))?"
    rf"(?P<verb>[ \t]+{_CHANGE})?[ \t]+{_TO}[ \t]+{QUOTE}{CANDIDATE}",
    regex.IGNORECASE,
)
# "changed my password from f@lc0n38 to cookie414", "das Passwort von X auf Y geändert": old and new.
_FROM_TO = regex.compile(
    rf"(?P<verb>{_CHANGE}[^\n.!?]{{0,20}}?)?(?<!\p{{L}}){STRONG}(?!\p{{L}})[ \t]+(?:from|de|von|da|van)[ \t]+{QUOTE}"
    r"(?P<old>[^\s\"'`]{4,128}?)" + QUOTE + rf"[ \t]+(?:to|a|para|auf|zu|in|naar|op)[ \t]+{QUOTE}{CANDIDATE}"
    r"(?P<after>[ \t]+(?:geändert|umgestellt|gewijzigd|veranderd|gezet))?",
    regex.IGNORECASE,
)
# "I reset my password. I set it to X": "it" is the password only when one was named shortly before.
_IT_SET_TO = regex.compile(
    r"(?<!\p{L})(?:(?:re)?set|changed?|updated?)[ \t]+it[ \t]+(?:back[ \t]+)?to[ \t]+"
    rf"(?P<quote>[\"'`“‘«])?{CANDIDATE}",
    regex.IGNORECASE,
)
_IT_REACH = 300
_LOGIN_AFTER = regex.compile(r"(?<!\p{L})(?:credentials|log(?:ging)?[ \t-]?in|sign(?:ing)?[ \t-]?in)(?!\p{L})", regex.I)
_PASSWORD_WORD = regex.compile(rf"(?<!\p{{L}}){STRONG}(?!\p{{L}})", regex.IGNORECASE)

_SYMBOL = regex.compile(r"[!@#$%^&*?+=~]")


def _strong(value: str) -> bool:
    mixed = any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value)
    return mixed and (_SYMBOL.search(value) is not None or is_generated_letters_digits(value))


def from_to_spans(text: str) -> list[tuple[int, int]]:
    """The old and the new value of "changed my password from X to Y"."""
    spans = []
    for match in _FROM_TO.finditer(text):
        if not (match.group("verb") or match.group("after")):
            continue  # "copy the password from vault-1 to vault-2" changes nothing
        for name in ("old", "value"):
            value = strip_sentence_end(match.group(name))
            if is_password_value(value, after_copula=False):
                spans.append((match.start(name), match.start(name) + len(value)))
    return spans


def it_set_to_spans(text: str) -> list[tuple[int, int]]:
    """The value of "I set it to X" when a password is named shortly before (or a login shortly after)."""
    spans = []
    for match in _IT_SET_TO.finditer(text):
        before = _PASSWORD_WORD.search(text, max(0, match.start() - _IT_REACH), match.start())
        # "I changed it to X yesterday but it still says invalid credentials"; with nothing around, only
        # what no name or version is: upper and lower case, a digit and a symbol ("changed it to x@Q7pLm!a").
        value = strip_sentence_end(match.group("value"))
        named = before or _LOGIN_AFTER.search(text, match.end(), match.end() + _IT_REACH // 3) or _strong(value)
        # Not a number: "password timeout too short, set it to 300".
        if named and not value.isdigit() and is_password_value(value, after_copula=bool(match.group("quote"))):
            spans.append((match.start("value"), match.start("value") + len(value)))
    return spans
