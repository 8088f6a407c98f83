"""Secrets in forms the rules once missed: a literal fallback of a secret-named environment variable, a token
pasted unescaped into a URL's user info, passphrases right after the password word (no copula), Polish and
Dutch login lines, a user's full name before the slash, generated letters without digits; and what stays."""

from __future__ import annotations

import pytest

from redaction.recognizers.password_assignment import password_assignment_recognizer, secret_assignment_recognizer
from redaction.recognizers.password_calls import LoginCallPasswordRecognizer
from redaction.recognizers.password_pairs import CredentialPairRecognizer
from redaction.recognizers.password_phrases import PassphraseRecognizer
from redaction.recognizers.password_prose import ProsePasswordRecognizer
from redaction.recognizers.password_world import WorldPasswordRecognizer
from redaction.recognizers.url_credentials import url_credentials_recognizer

DEFAULTS = [
    (
        "const key = process.env.ACME_APP_KEY || 'f3a9c07d1e5b28c4a6d0e9b7f21c3d58ab46e0c1';",
        "f3a9c07d1e5b28c4a6d0e9b7f21c3d58ab46e0c1",
    ),
    ('PASSWORD = os.getenv("VAULT_PASS", "tQmWvoLpeRzNaxkHuBsy")', "tQmWvoLpeRzNaxkHuBsy"),
    ("t = process.env['BILLING_TOKEN'] ?? \"Zq81mPx0rTa7LwKd2Vn\"", "Zq81mPx0rTa7LwKd2Vn"),
    ('pw = os.environ.get("SMTP_PASSWORD") or "kettle44"', "kettle44"),
    ('$pw = getenv("MAIL_PWD") ?: "Brisk!Fern9"', "Brisk!Fern9"),
    ('ENV.fetch("STRIPE_SECRET", "q7Hn2LmX9pRt4VwKz8Ys")', "q7Hn2LmX9pRt4VwKz8Ys"),
    ("  POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-Gl4cier_Moth}", "Gl4cier_Moth"),
]
DEFAULTS_KEPT = [
    'key = os.getenv("SSH_KEY", "~/.ssh/id_ed25519")',
    'k = os.getenv("API_KEY", "your-api-key-here")',
    'p = os.getenv("KEY_PREFIX", "cache-prod-01")',
    "url: ${DATABASE_URL:-postgres://localhost/app}",
    'token = os.getenv("API_TOKEN", "changeme")',
]


@pytest.mark.parametrize(("text", "expected"), DEFAULTS)
def test_secret_variable_fallback_literal(findings, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(LoginCallPasswordRecognizer(), text) == [expected]


@pytest.mark.parametrize("text", DEFAULTS_KEPT)
def test_settings_and_placeholders_as_fallback_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(LoginCallPasswordRecognizer(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        'PASSWORD = os.getenv("VAULT_PASS")',
        "const token = process.env.BILLING_TOKEN;",
        "DB_PASSWORD=os.environ['DB_PASSWORD']",
    ],
)
def test_environment_reads_are_not_secrets(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    for recognizer in (password_assignment_recognizer(), secret_assignment_recognizer(), url_credentials_recognizer()):
        assert findings(recognizer, text) == []
    assert findings(ProsePasswordRecognizer(), text) == []


def test_unescaped_token_in_url_user_info(findings) -> None:  # type: ignore[no-untyped-def]
    token = "Hq3+vLx9TzPw7RkN2mB0yCd/8aFj5sUe+Gi4/=="
    text = f"git remote set-url origin https://oauth2:{token}@git.example.org/team/app.git"
    assert findings(url_credentials_recognizer(), text) == [token]
    assert findings(url_credentials_recognizer(), "http://localhost:3000/api/v1/users/ana@example.org") == []


PASSPHRASES = [
    ("Buongiorno, pwd lantern walnut meadow ferry Saluti", ["lantern walnut meadow ferry"]),
    ("pwd copper thistle canoe ember\n\nGrazie!", ["copper thistle canoe ember"]),
    ("log in with sam and the password saffron pebble harbor quill. Thanks!", ["saffron pebble harbor quill"]),
    ("estou no escritório senha tundra maple violin correct Atenciosamente,", ["tundra maple violin correct"]),
    ("temporary password 'correct walnut ferry shrub', please change it", ["correct walnut ferry shrub"]),
]
PASSPHRASES_KEPT = [
    "my password doesnt work anymore lol",
    "passwort vergessen bitte zurücksetzen danke",
    "password stopped working since last week",
    "the password field turns red when empty",
    "run pwd then ls to check the folder",
]


@pytest.mark.parametrize(("text", "expected"), PASSPHRASES)
def test_passphrase_right_after_the_word(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(PassphraseRecognizer(), text) == expected


@pytest.mark.parametrize("text", PASSPHRASES_KEPT)
def test_sentence_after_the_word_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(PassphraseRecognizer(), text) == []


def test_polish_passphrase(findings) -> None:  # type: ignore[no-untyped-def]
    text = "Dzień dobry, hasło: ember thistle copper lantern"
    assert findings(WorldPasswordRecognizer(), text) == ["ember thistle copper lantern"]
    assert findings(WorldPasswordRecognizer(), "hasło jest za krótkie") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("inlog: marloes88 / KwintB7x\n\nMet vriendelijke groet,", ["KwintB7x"]),
        ("gebruikersnaam jdevries / Zomer2024? Groeten", ["Zomer2024?"]),
        ("-- staging login: ana paula / Tigre77#\nSELECT 1;", ["Tigre77#"]),
    ],
)
def test_login_pairs(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(CredentialPairRecognizer(), text) == expected


def test_full_name_before_slash_needs_a_password_like_value(findings) -> None:  # type: ignore[no-untyped-def]
    assert findings(CredentialPairRecognizer(), "login attempts fail for users / admins") == []


def test_generated_letters_without_digits(findings) -> None:  # type: ignore[no-untyped-def]
    assert findings(ProsePasswordRecognizer(), "sign in with ana and the password QovbeTRXmwe.") == ["QovbeTRXmwe"]
    for word in ("LinkedIn", "JavaScript", "XMLHttpRequest", "AuthenticationFailed"):
        assert findings(ProsePasswordRecognizer(), f"the password {word} appeared") == []
