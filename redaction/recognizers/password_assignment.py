"""Secrets assigned to a key-like word: ``password=…``, ``"api_key": "…"``, ``my password is …``.

Two entity types: PASSWORD after password words, SECRET after token/key/secret words. A value after
``is`` must contain a digit or a symbol, so "the password is incorrect" keeps its words.
"""

from __future__ import annotations

from redaction.recognizers._base import IGNORE_CASE, TracecasePatternRecognizer
from redaction.recognizers._secret_values import describes_a_password, is_placeholder

_PW_KEYWORDS = r"(?:pass(?:word|wd|phrase)?|pwd|passwort|contraseña|clave|kennwort|pin)"
_KEY_WORDS = (
    r"(?:(?:client|app|aws|api|secret|access|auth|refresh|session|private|signing|webhook|encryption)"
    r"[_\-. ]?(?:secret|key|token)|secret|api[_\-]?key|apikey|token|access[_\-]?token|x-api-key)"
)
_QUOTE = r"[\"'`]?"
# key = value / key: value / "key": "value" / key => value
_ASSIGN = r"\s*" + _QUOTE + r"\s*(?:[:=]|=>|:=)\s*" + _QUOTE
# Placeholders are not secrets: ***, <redacted>, ${VAR}, {{var}}, %s, null, none.
_NOT_PLACEHOLDER = r"(?![*x•.]{3,}|<|\$\{|\{\{|%s|null\b|none\b|true\b|false\b|\"|')"
_VALUE = r"[^\s\"'`,;)}\]]{4,256}"
# Test runners print "PASS: test_login", "PASS tests/auth.spec.ts": a status, not a password key.
_NOT_TEST_REPORT = r"(?!(?<=(?-i:\bPASS)\s*:\s*)\S*(?:test|spec|::|\.py\b))"
# A digit or a symbol inside the value itself (the space after "reset", the "." ending "incorrect." are none).
_HARD_VALUE = r"(?=[^\s\"'`,;]*(?:\d|_|[^\w\s.!?]|[.!?](?=[^\s.!?])))[^\s\"'`,;)}\]]{4,256}"


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
            ("password is", _after(_PW_KEYWORDS, r"\s+(?:is|was|ist|es)\s*:?\s*" + _QUOTE, _HARD_VALUE), 0.7),
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
            ("secret is", _after(_KEY_WORDS, r"\s+(?:is|was)\s*:?\s*" + _QUOTE, _HARD_VALUE), 0.7),
        ],
        name="SecretAssignmentRecognizer",
        flags=IGNORE_CASE,
        min_entropy=2.5,
    )
