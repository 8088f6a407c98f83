"""Passwords given as the second half of a credential pair: ``user jdoe / Winter24!``,
``username and password are bob and X``, ``user: bob, password: X``, ``creds admin:hunter2``.

Once a user name has been given, the next password word (or the slash after the name) announces the
password, so a dictionary word there counts, unless it describes a password ("... password: required").
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._passphrase_tail import extend_passphrases
from redaction.recognizers._password_cues import ABOUT, ABOUT_WORD, AND, CANDIDATE, QUOTE, STRONG, USER, WEAK
from redaction.recognizers._secret_values import (
    is_password_value,
    languages_of,
    looks_like_password,
    strip_sentence_end,
)
from redaction.recognizers._word_lists import common_words

_NAME = r"[\"'`]?[^\s/,;\"'`]{1,64}?[\"'`]?"
# "user jdoe / Winter24!", "login: admin / hunter2!", "login as admin / X", "credentials are bob / X".
# A user's full name takes two or three words ("login: victor manuel / X"): then only a password-like value.
_USER_SLASH = regex.compile(
    rf"(?<!\p{{L}})(?P<cue>{USER})(?!\p{{L}})(?:[ \t]+(?:as|with|is|are|es|son|ist|sind))?[ \t]*[:=]?[ \t]*"
    rf"[^\s/]{{1,64}}(?P<more>(?:[ \t]+[^\s/:]{{1,32}}){{1,2}})?[ \t]*/[ \t]*{CANDIDATE}",
    regex.IGNORECASE,
)
# "username and password are bob and X", "user/pass: bob/X", "usuario y contraseña: ana / X",
# "PIN and password: 4821 / X".
_BOTH_NAMED = regex.compile(
    rf"(?<!\p{{L}})(?P<cue>(?:{USER}|pin){AND}(?:{STRONG}|{WEAK}))(?!\p{{L}})"
    r"(?P<copula>[ \t]+(?:are|were|son|sind|sont|são|sono|would\s+be))?[ \t]*[:=]?[ \t]*"
    rf"{_NAME}{AND}{QUOTE}{CANDIDATE}",
    regex.IGNORECASE,
)
# "the login for the admin panel is admin / X", "admin login on a sticker: admin / X": words between the
# login word and the pair, so the value must look like a password ("the login page is slow / unusable" stays).
_USER_SLASH_LATER = regex.compile(
    # Only the word right after the login word may say what it is ("login page"); "creds for the staging box" is one.
    rf"(?<!\p{{L}}){USER}(?!\p{{L}})[ \t]+(?!{ABOUT})[^\s:/=.!?]+(?:[ \t]+[^\s:/=.!?]+){{0,4}}?"
    r"(?:[ \t]+(?:is|are|was|es|ist)[ \t]+|[ \t]*:[ \t]*)"
    rf"[^\s/]{{1,64}}[ \t]*/[ \t]*{CANDIDATE}",
    regex.IGNORECASE,
)
# "Jira: jdoe / Cookie#719", "Guest Wi-Fi: AcmeGuest / zeppelin279": a service's label, a user name and a
# password-like value after the slash.
_LABEL_SLASH = regex.compile(
    r"(?<![\w-])(?P<label>(?:[\p{L}\d][\p{L}\d\-]*[ \t]+){0,2}[\p{L}\d][\p{L}\d\-]*)[ \t]*:[ \t]*"
    rf"(?P<user>[\w.@+\-]{{2,64}})[ \t]*/[ \t]*{CANDIDATE}"
)
_LOGIN_LABEL = regex.compile(
    r"(?<!\p{L})(?:log[ -]?in|logon|sign[ -]?in|account|wi-?fi|wlan|ssid|admin|portal|router|vpn|s?ftp|ssh|server|db"
    r"|database|credentials?|zugang|acceso|acesso|accès|compte|cuenta|conta|konto)(?!\p{L})",
    regex.IGNORECASE,
)
_APP_NAME = regex.compile(r"\p{Lu}[\p{L}\d]*")


def _labels_a_login(label: str, user: str, value: str) -> bool:
    """A login's label ("Guest Wi-Fi", "VPN login"), or one app's name before a user name ("Jira: jdoe")."""
    if _LOGIN_LABEL.search(label):
        return True
    if not _APP_NAME.fullmatch(label) or not any(c.isalpha() for c in user) or user[0].isupper():
        return False
    if label.casefold() not in common_words():
        return True
    # An app named by a word ("Slack: jdoe / Kettle#42") against a field ("Status: open / closed2"): a user
    # name that is no word, and a value with a symbol or mixed case.
    strong = any(not c.isalnum() for c in value) or (value != value.lower() and value != value.upper())
    return user.casefold() not in common_words() and strong


# "user: bob, password: X", "login bob pass X", "Benutzer max Passwort X", "usuario: ana clave: X".
_EACH_NAMED = regex.compile(
    # a name of up to three words: "usuario maria dolores y clave X"
    rf"(?<!\p{{L}}){USER}(?!\p{{L}})[ \t]*(?:[:=]|is|es|ist)?[ \t]*{_NAME}(?:[ \t]+{_NAME}){{0,2}}?[ \t]*[,;|]?[ \t]*"
    r"(?:and[ \t]+|y[ \t]+|und[ \t]+)?(?:the[ \t]+|la[ \t]+|das[ \t]+)?"
    rf"(?P<cue>{STRONG}|{WEAK})(?!\p{{L}})[ \t]*(?P<copula>[:=]|is|es|ist|lautet)?[ \t]*{QUOTE}{CANDIDATE}",
    regex.IGNORECASE,
)
# "creds: admin:hunter2", "credentials admin:Adm1n!" (only after a credentials word: "login: 10:30" stays).
_CREDS_COLON = regex.compile(
    r"(?<!\p{L})(?:creds?|credentials|credenciales|zugangsdaten|identifiants|credenciais)(?!\p{L})"
    r"(?:[ \t]+(?:are|were|is|son|sind|sont|são))?[ \t]*[:=]?[ \t]*"
    rf"[^\s:/]{{1,64}}:{CANDIDATE}",
    regex.IGNORECASE,
)


# A chat turn's speaker ("user: ...") reads like a user-name label; after it only a password-like value counts.
_SPEAKER = regex.compile(r"(?:(?<=^)|(?<=\n))[ \t]*user[ \t]*:", regex.IGNORECASE)


# A Windows command's switch after a user name: "net user bob /delete", "/user:CORP\bob /persistent:yes".
_SWITCH = regex.compile(r"[A-Za-z]+(?::\S*)?")


def _is_switch(text: str, start: int, value: str) -> bool:
    return text[start - 2 : start] in (" /", "\t/") and _SWITCH.fullmatch(value) is not None


def _group(match: regex.Match[str], name: str) -> str:
    return (match.group(name) or "") if name in match.re.groupindex else ""


class CredentialPairRecognizer(CodeRecognizer):
    """PASSWORD after a user name, in en/es/de/fr/pt/it."""

    ENTITY = "PASSWORD"
    NAME = "CredentialPairRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = []
        for pattern in (_USER_SLASH, _BOTH_NAMED, _EACH_NAMED, _CREDS_COLON):
            for match in pattern.finditer(text):
                if match.group("value").endswith(":"):
                    continue  # "login: admin / PASSWORD: X": the next label, not the password
                value = strip_sentence_end(match.group("value"))
                strict = pattern is _CREDS_COLON or _group(match, "more") or _SPEAKER.match(text, match.start())
                if strict and not looks_like_password(value):
                    continue  # "user: cambié la contraseña ayer": a chat speaker, not a user name's label
                if ABOUT_WORD.match(value) or _is_switch(text, match.start("value"), value):
                    continue  # "user reports the password field is empty"; "net user bob /delete"
                languages = languages_of(_group(match, "cue"), _group(match, "copula"))
                if is_password_value(value, True, languages):
                    spans.append((match.start("value"), match.start("value") + len(value)))
        for match in (*_USER_SLASH_LATER.finditer(text), *_LABEL_SLASH.finditer(text)):
            value = strip_sentence_end(match.group("value"))
            if not looks_like_password(value) or "/" in value:
                continue
            if match.re is _LABEL_SLASH and not _labels_a_login(match.group("label"), match.group("user"), value):
                continue
            spans.append((match.start("value"), match.start("value") + len(value)))
        return [make_result(self, self.NAME, self.ENTITY, span, 0.75) for span in extend_passphrases(text, spans)]
