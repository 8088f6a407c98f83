"""Secrets assigned to a key-like word: ``password=…``, ``"api_key": "…"``, ``my password is …``.

Two entity types: PASSWORD after password words, SECRET after token/key/secret words. A value after
``is`` must contain a digit or a symbol, so "the password is incorrect" keeps its words.
"""

from __future__ import annotations

from redaction.recognizers._base import IGNORE_CASE, TracecasePatternRecognizer
from redaction.recognizers._secret_values import ENV_READ, describes_a_password, is_placeholder

_PW_KEYWORDS = r"(?:pass(?:word|wd|phrase)?|pwd|passwort|contraseña|clave|kennwort|pin)"
_KEY_WORDS = (
    # Azure names its keys for what they open: "azure_storage_key", "master_key", "subscription_key".
    r"(?:(?:client|app|aws|api|secret|access|auth|refresh|session|private|signing|webhook|encryption"
    r"|storage|master|subscription|shared)"
    r"[_\-. ]?(?:secret|key|token)|secret|api[_\-]?key|apikey|token|access[_\-]?token|x-api-key"
    # fr/es/it/pt/pl/nl/de/tr/ru: "le jeton", "la clé d'API", "clave de acceso", "API-Schlüssel", "API anahtarı"
    r"|jeton|(?:cl[ée]|clave|chiave|chave|klucz|sleutel|ключ)[ \t]+(?:(?:d[e']|da|do|del|dell'|de[ \t]+la|dla)[ \t]*)?"
    r"(?:api|acc[eè]s|acceso|acesso|accesso|dost[eę]pu)|api[_\- ]?(?:schl[uü]ssel|sleutel|anahtar\p{L}*|kulcs)"
    r"|zugangs(?:token|schl[uü]ssel)|токен)"
)
# "is" in the languages above: "la clé API est …", "der Schlüssel lautet …", "a chave é …".
_COPULA = r"is|was|ist|lautet|es|est|é|è|jest|является"
_QUOTE = r"[\"'`]?"
# key = value / key: value / "key": "value" / key => value
_ASSIGN = r"\s*" + _QUOTE + r"\s*(?:[:=]|=>|:=)\s*" + _QUOTE
# Placeholders are not secrets: ***, <redacted>, ${VAR}, {{var}}, %s, null, none.
# Nor is code reading one from the environment: "token = process.env.API_TOKEN || ...", "os.getenv(...)".
_NOT_PLACEHOLDER = (
    r"(?![*x•.]{3,}|<|\$\{|\{\{|%s|null\b|none\b|true\b|false\b|\"|'"
    rf"|{ENV_READ})"
)
# Up to an STS session token's length (~1,000 base64 characters): a shorter bound leaves a long token's tail.
_VALUE = r"[^\s\"'`,;)}\]]{4,2048}"
# Test runners print "PASS: test_login", "PASS tests/auth.spec.ts": a status, not a password key.
_NOT_TEST_REPORT = r"(?!(?<=(?-i:\bPASS)\s*:\s*)\S*(?:test|spec|::|\.py\b))"
# A digit or a symbol inside the value itself (the space after "reset", the "." ending "incorrect." are none).
_HARD_VALUE = r"(?=[^\s\"'`,;]*(?:\d|_|[^\w\s.!?]|[.!?](?=[^\s.!?])))[^\s\"'`,;)}\]]{4,256}"


# SQL: "CREATE USER 'app'@'%' IDENTIFIED BY 'X'", "ALTER USER u IDENTIFIED WITH caching_sha2_password BY 'X'",
# Oracle's unquoted "IDENTIFIED BY tiger" and "IDENTIFIED BY VALUES 'hash'".
_IDENTIFIED_BY = (
    r"(?<=\bidentified(?:[ \t]+with[ \t]+\w{1,40})?[ \t]+by(?:[ \t]+(?:password|values))?[ \t]+[\"'`]?)"
    r"(?![ \t]|\$\{|%s|\?)[^\s\"'`;]{1,128}"
)


# XML: an element or a key/value entry named for a password ("<password>X</password>", "<jdbc.password>",
# "<add key="SmtpPassword" value="X" />", "<property name="db.password" value="X"/>"); the name must end in the
# password word ("<passwordPolicy>" is about one).
_XML_NAME = r"[\w.:-]{0,40}(?:password|passwd|pwd|passphrase|kennwort|passwort|contraseña|senha|wachtwoord)"
_XML_ELEMENT = rf"(?<=<{_XML_NAME}>)(?![ \t]*<)[^<\n]{{1,256}}(?=</)"
_XML_ENTRY = rf"(?<=\b(?:key|name)[ \t]*=[ \t]*\"{_XML_NAME}\"[ \t]+value[ \t]*=[ \t]*\")[^\"\n]{{1,256}}(?=\")"


def _after(words: str, joiner: str, value: str) -> str:
    # Key words may be glued to a prefix: DB_PASSWORD, OPENAI_API_KEY.
    return rf"(?<=(?<!\p{{L}}){words}{joiner}){_NOT_PLACEHOLDER}{value}"


class _PasswordAssignmentRecognizer(TracecasePatternRecognizer):
    def invalidate_result(self, pattern_text: str) -> bool:
        # "password: required", "Passwort: falsch" describe the field; "password: sunshine" is one.
        # "Password:\nUsername: bob": an empty field, then the next label.
        label = pattern_text.endswith(":")
        if label or is_placeholder(pattern_text) or describes_a_password(pattern_text):
            return True
        return super().invalidate_result(pattern_text)


def password_assignment_recognizer() -> TracecasePatternRecognizer:
    return _PasswordAssignmentRecognizer(
        "PASSWORD",
        [
            ("password assignment", _after(_PW_KEYWORDS, _ASSIGN, _NOT_TEST_REPORT + _VALUE), 0.85),
            ("password is", _after(_PW_KEYWORDS, rf"\s+(?:{_COPULA})\s*:?\s*" + _QUOTE, _HARD_VALUE), 0.7),
            ("sql identified by", _IDENTIFIED_BY, 0.85),
            ("xml password element", _XML_ELEMENT, 0.85),
            ("xml password entry", _XML_ENTRY, 0.85),
        ],
        name="PasswordAssignmentRecognizer",
        flags=IGNORE_CASE,
    )


def secret_assignment_recognizer() -> TracecasePatternRecognizer:
    # Any value of a secret-named key, if it looks random: this is the "generic high-entropy" rule.
    return TracecasePatternRecognizer(
        "SECRET",
        [
            ("secret assignment", _after(_KEY_WORDS, _ASSIGN, _VALUE), 0.8),
            ("secret is", _after(_KEY_WORDS, rf"\s+(?:{_COPULA})\s*:?\s*" + _QUOTE, _HARD_VALUE), 0.7),
        ],
        name="SecretAssignmentRecognizer",
        flags=IGNORE_CASE,
        min_entropy=2.5,
    )
