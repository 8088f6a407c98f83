"""Passwords written in prose: ``password Pirate2015!``, ``pw is X``, ``the password for admin is X``,
``mi contraseña es X``, ``das Passwort lautet X``, ``What's the password? It's X``.

:mod:`password_assignment` covers ``password=...`` right after the key word; :mod:`password_pairs` the
``user / password`` pairs. People also put a few words between the word and the value ("the password
for the VPN is ...", "la contraseña del wifi es ...") or none at all ("password Pirate2015!"). After a
password word, up to four words may precede a copula (is, es, ist, lautet, é, est, è, ``:``); the token
after it is the password unless it describes one (:func:`_secret_values.is_password_value`: "the
password is wrong" stays, "the password is bluebird" goes). With no copula, the token right after the
word is a password if it looks like one (letters with digits or symbols), or if a verb or adjective
hands it over ("use password X", "temp password X") or it is quoted.

The forms live beside this module by where the value stands: :mod:`_password_after_word` (the word,
then the value), :mod:`_password_before_word` (the value, then the word) and :mod:`_password_changes`
(``changed my password to X``); this one reads them and drops what only talks about passwords.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._passphrase_tail import extend_passphrases
from redaction.recognizers._password_after_word import AFTER_COPULA, NEXT_SENTENCE, RIGHT_AFTER, TABLE_ROW
from redaction.recognizers._password_before_word import value_first_spans
from redaction.recognizers._password_changes import CHANGED_TO, from_to_spans, it_set_to_spans
from redaction.recognizers._password_cues import ABOUT_WORD, CANDIDATE, QUOTE
from redaction.recognizers._secret_values import is_password_value, languages_of, strip_sentence_end
from redaction.recognizers.password_later import alternatives_after

# Test runners print "PASS: test_login", "PASS tests/auth.spec.ts".
_TEST_NAME = regex.compile(r"test|spec|::|\.py\b|\.[jt]s\b", regex.IGNORECASE)
# "use X to log in", "usa X para entrar", "nutze X zum Einloggen": the value one logs in with.
_USE_TO_LOG_IN = regex.compile(
    r"(?<!\p{L})(?:use|usa|usá|utiliza|nutze|verwende|benutze|utilise)[ \t]+(?P<quote>[\"'`“‘«])?"
    + CANDIDATE
    + r"[ \t]+(?:to[ \t]+(?:log[ \t-]?in|sign[ \t-]?in|login|get[ \t]+in|unlock)|pa?ra[ \t]+(?:entrar|acceder|logar"
    r"|iniciar[ \t]+sesi[oó]n)|zum[ \t]+(?:Einloggen|Anmelden)|pour[ \t]+(?:entrer|te[ \t]+connecter))(?!\p{L})",
    regex.IGNORECASE,
)
# "try logging in with X", "sign in with X": no password word, so only a value that looks like one.
_LOG_IN_WITH = regex.compile(
    rf"(?<!\p{{L}})(?:log(?:ging|ged)?[ \t-]?in|login|sign(?:ing|ed)?[ \t-]?in)[ \t]+with[ \t]+{QUOTE}{CANDIDATE}",
    regex.IGNORECASE,
)
# Patterns, and whether a plain word after them may be the password (a copula or a pair announced it).
_PATTERNS = (
    (AFTER_COPULA, True),
    (RIGHT_AFTER, False),
    (CHANGED_TO, False),
    (NEXT_SENTENCE, True),
    (TABLE_ROW, True),
    (_LOG_IN_WITH, False),
    (_USE_TO_LOG_IN, False),
)

_PASSIVE = regex.compile(r"\b(?:fue|foi)\b", regex.IGNORECASE)
_PARTICIPLE = regex.compile(r"^\p{L}+[aeií]d[oa]s?$", regex.IGNORECASE)


def _group(match: regex.Match[str], name: str) -> str:
    return (match.group(name) or "") if name in match.re.groupindex else ""


class ProsePasswordRecognizer(CodeRecognizer):
    """PASSWORD in sentences and ``user / password`` pairs, in en/es/de/fr/pt/it."""

    ENTITY = "PASSWORD"
    NAME = "ProsePasswordRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = []
        for pattern, after_copula in _PATTERNS:
            for match in pattern.finditer(text):
                if match.group("value").endswith(":"):
                    continue  # "Password:\nUsername: bob": the next line is another label
                value = strip_sentence_end(match.group("value"))
                if _group(match, "pin") and not value.isdigit():
                    continue  # "PIN 4821" is one; "pin the tab" is not
                if ABOUT_WORD.match(value) or (_group(match, "cue") == "PASS" and _TEST_NAME.search(value)):
                    continue  # "the password's length", "use password authentication", "PASS: test_login"
                languages = languages_of(_group(match, "cue"), _group(match, "copula"))
                if _PASSIVE.search(_group(match, "copula")) and _PARTICIPLE.match(value):
                    continue  # "la contraseña fue cambiada", "o pin foi bloqueado"
                announced = after_copula or any(_group(match, name) for name in ("copula", "verb", "quote"))
                # Words between cue and value leave a plain word unannounced: "set the password for X to expire".
                announced = announced and not _group(match, "bridge")
                if is_password_value(value, announced, languages):
                    spans.append((match.start("value"), match.start("value") + len(value)))
        spans += from_to_spans(text)
        spans += it_set_to_spans(text)
        spans += value_first_spans(text)
        spans = extend_passphrases(text, spans)
        spans += alternatives_after(text, spans)
        return [make_result(self, self.NAME, self.ENTITY, span, 0.75) for span in spans]
