"""Secrets on command lines and in shell environments; the flags and settings that look like them stay."""

from __future__ import annotations

import pytest

from redaction.recognizers.command_line_secrets import CommandLineSecretRecognizer

FOUND = [
    ("mysql -u root -p S3cret!x shop", ["S3cret!x"]),
    ("mysql -uroot -pmarmalade shop", ["marmalade"]),
    ("sshpass -p 'Tr0ub4dor' ssh deploy@host", ["Tr0ub4dor"]),
    ("pg_dump -U app -h db --password Qq12ab", ["Qq12ab"]),
    ("app --password=tulip --verbose", ["tulip"]),
    ("./deploy --api-key abcdEFGH1234 --env prod", ["abcdEFGH1234"]),
    ('cli --client-secret "x9 y8 z7"', ["x9 y8 z7"]),
    ("curl -u bob:Qx81zz https://api.example.com", ["Qx81zz"]),
    ("redis-cli -a Rz99aa ping", ["Rz99aa"]),
    ("PGPASSWORD=Hx72kk psql -h db", ["Hx72kk"]),
    ("export DBPASS=marmalade", ["marmalade"]),
    ("STRIPE_KEY=abcXYZ123qq", ["abcXYZ123qq"]),
    ('export SESSION_KEY="f00ba7beef"', ["f00ba7beef"]),
]

KEPT = [
    "mkdir -p src/app",
    "ssh -p 2222 host",
    "docker run -p 8080:80 nginx",
    "mysql -u root -p shop",
    "--token-limit 4096",
    "MAX_TOKENS=4096",
    "export NODE_ENV=production",
    "CACHE_KEY=user_profile",
    "SORT_KEY=created_at",
    "use --password-file /etc/pw",
    "--token $GITHUB_TOKEN",
    "BYPASS=true",
    "tool --no-password --verbose",
    "curl -u $USER:$PASS https://api",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_command_line_secret(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(CommandLineSecretRecognizer(), text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_command_line_setting_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(CommandLineSecretRecognizer(), text) == []


def test_command_line_secret_through_the_redactor(redactor) -> None:  # type: ignore[no-untyped-def]
    [out] = redactor.redact_texts(["run: mysql -h db -u app -pW1nter!9 orders && echo done"])
    assert "W1nter!9" not in out
    assert "mysql -h db -u app -p<PASSWORD" in out
