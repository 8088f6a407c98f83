"""Passwords written in prose: ``password Pirate2015!``, ``pw is X``, ``the password for admin is X``,
``mi contraseña es X``, ``das Passwort lautet X``, ``user jdoe / X``.

:mod:`password_assignment` covers ``password=...`` and ``password is ...`` right after the key word.
People also put a few words between the word and the value ("the password for the VPN is ...",
"la contraseña del wifi es ...") or none at all ("password Pirate2015!"). After a password word, up
to four words may precede a copula (is, es, ist, lautet, é, est, è, ``:``); the token after it is the
password unless it is a plain dictionary word ("the password is wrong"). With no copula, the token
right after the word is a password only if it looks like one (letters with digits or symbols).
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._word_lists import is_plain_word

_STRONG = (
    r"(?:password|passwd|pass\s?phrase|passcode|passwort|kennwort|contraseña|contrasena|senha"
    r"|mot\s+de\s+passe|parola\s+d'ordine)"
)
# Short words that are also verbs or ordinary nouns ("pass this on", "la clave del éxito"): only with
# a copula or ":" right after them, or (pw, pwd) right before the value.
_WEAK = r"(?:pass|pwd|pw|pin|clave)"
_COPULA = (
    r"(?:(?<!\p{L})(?:is|was|es|era|ist|war|lautet|é|est|è|would\s+be)(?!\p{L})[ \t]*:?|=|:(?!/)|->|→|[-–—](?=[ \t]))"
)
# Up to four words between the password word and the copula: "for admin", "del wifi", "für den Server".
_BRIDGE = r"(?:[ \t]+(?!(?:is|was|es|ist|lautet|é|est|è)\b)[^\s:=]{1,30}){0,4}?"
_CANDIDATE = r"(?P<value>[^\s\"'`,;)}\]]{4,128})"
_QUOTE = r"[\"'`“‘«]?"
_VALUE = rf"[ \t]*(?:now|ahora|jetzt|still)?[ \t]*{_QUOTE}{_CANDIDATE}"
_AFTER_COPULA = regex.compile(
    rf"(?<!\p{{L}})(?:{_STRONG}(?!\p{{L}}){_BRIDGE}|{_WEAK}(?!\p{{L}}))[ \t]*{_COPULA}{_VALUE}",
    regex.IGNORECASE,
)
_RIGHT_AFTER = regex.compile(
    rf"(?<!\p{{L}})(?:{_STRONG}|pwd|pw)(?!\p{{L}})[ \t]+{_QUOTE}{_CANDIDATE}", regex.IGNORECASE
)
# "user jdoe / Winter24!", "login: admin / hunter2!", "credenciales: ana / X", "Zugang: max / X".
_USER_SLASH = regex.compile(
    r"(?<!\p{L})(?:user(?:name)?|login|usuario|benutzer(?:name)?|zugang(?:sdaten)?|creds?|credentials|credenciales"
    r"|utilisateur|utente|usuário)(?!\p{L})[ \t]*[:=]?[ \t]*[^\s/]{1,64}[ \t]*/[ \t]*(?P<value>[^\s\"'`,;)}\]]{4,128})",
    regex.IGNORECASE,
)
# "changed my password to X", "password was reset to X", "cambié la contraseña a X", "Passwort auf X geändert".
_CHANGED_TO = regex.compile(
    rf"(?<!\p{{L}}){_STRONG}(?!\p{{L}})(?:[ \t]+(?:was|is|has[ \t]+been|got|wurde|fue|foi))?"
    r"(?:[ \t]+(?:reset|changed|set|updated|geändert|zurückgesetzt|cambiada|restablecida|alterada))?"
    rf"[ \t]+(?:to|as|a|auf|zu|para|em|en|in)[ \t]+{_QUOTE}{_CANDIDATE}",
    regex.IGNORECASE,
)
# "use X as the password", "X is my new password", "X ist mein Passwort", "X es mi contraseña".
_BEFORE = regex.compile(
    rf"(?<![^\s\"'`(])(?P<value>[^\s\"'`,;)}}\]]{{4,128}}){_QUOTE}[ \t]+(?:is|was|ist|es|é|est|as|als|como)[ \t]+"
    r"(?:(?:my|the|your|our|mein|dein|das|mi|la|tu|le|mon|a|minha|o)[ \t]+)?"
    r"(?:(?:new|neues?|nueva|nouveau|nova)[ \t]+)?"
    rf"{_STRONG}(?!\p{{L}})",
    regex.IGNORECASE,
)
_PLACEHOLDER = regex.compile(r"^(?:[*x•.]{3,}|<.*|\$\{.*|\{\{.*|%s|null|none|true|false|n/?a)", regex.IGNORECASE)
_LETTERS = regex.compile(r"\p{L}+")
_VERSION = regex.compile(r"^v?\d+(?:\.\d+)+$", regex.IGNORECASE)


def _strip_sentence_end(value: str) -> str:
    # "is Pirate2015!." ends the sentence with "."; a password's own "!" stays unless it ends a word-only value.
    while value and value[-1] in ".,;:)]}»”’":
        value = value[:-1]
    return value


def looks_like_password(value: str) -> bool:
    """Letters with digits or symbols, or digits only (a PIN), not a placeholder."""
    if _PLACEHOLDER.match(value) or _VERSION.match(value) or "://" in value or value[0] in "/([{<":
        return False
    has_letter = any(c.isalpha() for c in value)
    has_other = any(c.isdigit() or not c.isalnum() for c in value)
    return (has_letter and has_other) or value.isdigit()


def _is_password(value: str, after_copula: bool) -> bool:
    if len(value) < 4 or _PLACEHOLDER.match(value):
        return False
    if looks_like_password(value):
        return True
    if not after_copula:
        return False
    # After "is": a single word counts unless it is a plain dictionary word ("wrong", "incorrect").
    words = _LETTERS.findall(value)
    return len(words) == 1 and words[0] == value and not is_plain_word(value)


class ProsePasswordRecognizer(CodeRecognizer):
    """PASSWORD in sentences and ``user / password`` pairs, in en/es/de/fr/pt/it."""

    ENTITY = "PASSWORD"
    NAME = "ProsePasswordRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        patterns = (
            (_AFTER_COPULA, True),
            (_RIGHT_AFTER, False),
            (_USER_SLASH, False),
            (_CHANGED_TO, False),
            (_BEFORE, False),
        )
        for pattern, after_copula in patterns:
            for match in pattern.finditer(text):
                start = match.start("value")
                value = _strip_sentence_end(match.group("value"))
                if _is_password(value, after_copula or pattern is _USER_SLASH):
                    results.append(make_result(self, self.NAME, self.ENTITY, (start, start + len(value)), 0.75))
        return results
