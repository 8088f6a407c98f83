"""Secret recognizers, table-driven: each row is (text, the substrings that must be found)."""

from __future__ import annotations

import pytest

from redaction.recognizers.api_keys import api_key_recognizer
from redaction.recognizers.aws import aws_access_key_recognizer, aws_secret_key_recognizer
from redaction.recognizers.bearer import bearer_token_recognizer
from redaction.recognizers.github import github_token_recognizer
from redaction.recognizers.jwt import jwt_recognizer
from redaction.recognizers.password_assignment import password_assignment_recognizer, secret_assignment_recognizer
from redaction.recognizers.private_key import private_key_recognizer
from redaction.recognizers.url_credentials import url_credentials_recognizer

AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Lm3vT2s"
JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
GHP = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
GH_PAT = "github_pat_11ABCDEFG0123456789_abcdefghijklmnop"
OPENAI = "sk-proj-Zx9QpL2mVb7RtY4nKc8WsA1dFh6JgE3u"
SENDGRID = "SG.k3Jx9QpL2mVb7RtY4nKc8W.sA1dFh6JgE3uZx9QpL2mVb7RtY4nKc8WsA1dFh6JgE3u"
NPM = "npm_Zx9QpL2mVb7RtY4nKc8WsA1dFh6JgE3uQp4R"
ANTHROPIC = "sk-ant-api03-Ab3dEfGh1jKlMn0pQrStUvWxYz-12345_abcd"
CUT_PEM = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy\n-----END RSA PRIVATE KEY-----"

CASES = [
    # AWS access key ids: documented prefixes, 20 characters, upper-case base32 (or any digit, as samples write them).
    (aws_access_key_recognizer, "key AKIAZ7QW3ERTY5UIOP2A here", ["AKIAZ7QW3ERTY5UIOP2A"]),
    (
        aws_access_key_recognizer,
        "id AKIA1234567890ABCDEF, A3T9QWERTY0189ZXCVBN",
        ["AKIA1234567890ABCDEF", "A3T9QWERTY0189ZXCVBN"],
    ),
    (aws_access_key_recognizer, "ASIAQWERTY234567ZXCV", ["ASIAQWERTY234567ZXCV"]),
    (aws_access_key_recognizer, "AKIAshort", []),
    (aws_access_key_recognizer, "akiaz7qw3erty5uiop2a", []),
    (aws_access_key_recognizer, "XKIAZ7QW3ERTY5UIOP2AB", []),
    # AWS secret keys: after a cue, or alone when 40 mixed characters.
    (aws_secret_key_recognizer, f"aws_secret_access_key = {AWS_SECRET}", [AWS_SECRET]),
    (aws_secret_key_recognizer, f"AWS secret: {AWS_SECRET}", [AWS_SECRET]),
    (aws_secret_key_recognizer, "commit 4f9c2ab1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3", []),
    (aws_secret_key_recognizer, "aws_secret_access_key = " + "x" * 40, []),
    # GitHub tokens.
    (github_token_recognizer, f"token {GHP}", [GHP]),
    (github_token_recognizer, GH_PAT, [GH_PAT]),
    (github_token_recognizer, "ghp_short", []),
    (github_token_recognizer, "see github.com/ghp_project", []),
    # Vendor API keys.
    (api_key_recognizer, f"OPENAI_API_KEY={OPENAI}", [OPENAI]),
    (api_key_recognizer, f"x-api-key: {ANTHROPIC}", [ANTHROPIC]),
    (api_key_recognizer, "sk_live_51HqLyjWDarjtT1zdp7dc", ["sk_live_51HqLyjWDarjtT1zdp7dc"]),
    (api_key_recognizer, "pip install scikit-learn sk-learn-style-helpers-tool", []),
    (api_key_recognizer, "sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", []),
    (api_key_recognizer, f"mail via {SENDGRID}", [SENDGRID]),
    (api_key_recognizer, f"//registry.npmjs.org/:_authToken={NPM}", [NPM]),
    # JWTs.
    (jwt_recognizer, f"token={JWT}", [JWT]),
    (jwt_recognizer, "eyJhbGciOi.notajwt", []),
    # Bearer / Basic credentials: the token only.
    (bearer_token_recognizer, "Authorization: Bearer ya29.a0AfH6SMBx3kLq9PzX7", ["ya29.a0AfH6SMBx3kLq9PzX7"]),
    (bearer_token_recognizer, "authorization: basic dXNlcjpwYXNzd29yZA==", ["dXNlcjpwYXNzd29yZA=="]),
    (bearer_token_recognizer, "the bearer of bad news", []),
    (bearer_token_recognizer, "Bearer <token>", []),
    # PEM private keys, also cut off before the END line.
    (private_key_recognizer, f"key:\n{PEM}\nthanks", [PEM]),
    (private_key_recognizer, f"log line cut: {CUT_PEM}", [CUT_PEM]),
    (private_key_recognizer, "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----", []),
    # Passwords in URLs and connection strings.
    (url_credentials_recognizer, "postgres://admin:S3cr3t!x@db.internal:5432/app", ["S3cr3t!x"]),
    (url_credentials_recognizer, "Server=db;User Id=sa;Password=P@ssw0rd;Encrypt=true", ["P@ssw0rd"]),
    (url_credentials_recognizer, "https://docs.python.org/3/library/json.html", []),
    (url_credentials_recognizer, "mailto:someone@example.com", []),
    # password= assignments.
    (password_assignment_recognizer, 'DB_PASSWORD = "Winter2904$gk"  # TODO', ["Winter2904$gk"]),
    (password_assignment_recognizer, "my password is Tr0ub4dor&3 now", ["Tr0ub4dor&3"]),
    (password_assignment_recognizer, "the password is incorrect", []),
    (password_assignment_recognizer, "the password was reset yesterday", []),
    (password_assignment_recognizer, "password: ********", []),
    (password_assignment_recognizer, "password=${DB_PASSWORD}", []),
    (password_assignment_recognizer, "compass = north1", []),
    (password_assignment_recognizer, "PASS: test_login_redirects", []),
    (password_assignment_recognizer, "pass: test1234", ["test1234"]),
    (password_assignment_recognizer, "password: required", []),
    (password_assignment_recognizer, "Password:\nUsername: bob", []),
    (password_assignment_recognizer, "Password: [REDACTED]", []),
    (password_assignment_recognizer, "The password is incorrect.", []),
    # secret/token/key assignments with random-looking values.
    (secret_assignment_recognizer, '"client_secret": "q8Zr2LmT5vXa9KpB"', ["q8Zr2LmT5vXa9KpB"]),
    (secret_assignment_recognizer, "STRIPE_WEBHOOK_SECRET=whk_9f8e7d6c5b4a", ["whk_9f8e7d6c5b4a"]),
    (secret_assignment_recognizer, "token: null", []),
    (secret_assignment_recognizer, "max_tokens = 1024", []),
    # Token and key words of other languages, with their "is".
    (secret_assignment_recognizer, "voici le jeton : 8c8b956070f81ed0", ["8c8b956070f81ed0"]),
    (secret_assignment_recognizer, "la clé API est q8Zr2LmT5vXa9KpB", ["q8Zr2LmT5vXa9KpB"]),
    (secret_assignment_recognizer, "la clave de acceso: q8Zr2LmT5vXa9KpB", ["q8Zr2LmT5vXa9KpB"]),
    (secret_assignment_recognizer, "der API-Schlüssel lautet q8Zr2LmT5vXa9KpB", ["q8Zr2LmT5vXa9KpB"]),
    (secret_assignment_recognizer, "a chave da API é q8Zr2LmT5vXa9KpB", ["q8Zr2LmT5vXa9KpB"]),
    (secret_assignment_recognizer, "le jeton est expiré", []),
    (secret_assignment_recognizer, "la clé API est invalide", []),
]


@pytest.mark.parametrize(("factory", "text", "expected"), CASES)
def test_secret_recognizer(findings, factory, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(factory(), text) == expected
