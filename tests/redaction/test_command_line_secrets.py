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
    # A password glued to -p that opens with "-": all of it is the password.
    ("mysql -u admin -p-BSX6q9Lm shop", ["-BSX6q9Lm"]),
    ("mysqldump -uroot -p-Zq7wK2x db > dump.sql", ["-Zq7wK2x"]),
    # Piped to a command that reads it from stdin.
    ("echo 'Tr0ub4dor&3' | sudo -S apt-get update", ["Tr0ub4dor&3"]),
    ('echo "S3cure!Pass" | sudo -k -S systemctl restart nginx', ["S3cure!Pass"]),
    ("echo -n Qx81zz!k | sudo -S -u postgres psql", ["Qx81zz!k"]),
    ("echo hunter22x | passwd --stdin deploy", ["hunter22x"]),
    ("echo 'Gl4cier#9' | docker login registry.example.com -u ci --password-stdin", ["Gl4cier#9"]),
    # htpasswd in batch mode; .pgpass lines.
    ("htpasswd -b /etc/nginx/.htpasswd alice Orchid#2024", ["Orchid#2024"]),
    ("htpasswd -bc /etc/apache2/.htpasswd admin 'Sequoia!77'", ["Sequoia!77"]),
    ("db.internal:5432:orders:app_user:Pg#Harbor2024", ["Pg#Harbor2024"]),
    ("*:*:*:postgres:Nimbus!88", ["Nimbus!88"]),
    ("localhost:5432:*:reporter:plainword99", ["plainword99"]),
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
    "echo $SUDO_PASS | sudo -S apt update",
    'echo "$DB_PW" | sudo -S true',
    "echo hello | sudo tee /etc/motd",
    "echo done | sudo -s",
    "htpasswd -D /etc/nginx/.htpasswd alice",
    "htpasswd -c /etc/nginx/.htpasswd alice",
    "htpasswd -b .htpasswd bob $HTPASS",
    "localhost:5432:*:reporter:*",
    "db:5432:app:bob:${PGPASS}",
    "10:30:45:00:12",
    "mysql -u root -p -e 'show databases'",
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


@pytest.mark.parametrize(
    ("text", "secret", "kept"),
    [
        ("sudo: echo 'Tr0ub4dor&3' | sudo -S apt-get update -y", "Tr0ub4dor&3", "| sudo -S apt-get update -y"),
        ("htpasswd -bc /etc/nginx/.htpasswd alice Orchid#2024 && nginx -s reload", "Orchid#2024", "&& nginx -s reload"),
        ("~/.pgpass:\ndb.internal:5432:orders:app_user:Pg#Harbor2024\n", "Pg#Harbor2024", "db.internal:5432:orders:"),
        ("mysql -u admin -p-BSX6q9Lm shop", "BSX6q9Lm", "mysql -u admin -p<PASSWORD"),
        ("htpasswd -B -b -C 12 users.htpasswd bob Quartz_88", "Quartz_88", "htpasswd -B -b -C 12 users.htpasswd"),
        ("echo hunter22x | passwd --stdin deploy", "hunter22x", "| passwd --stdin deploy"),
    ],
)
def test_piped_and_file_passwords_through_the_redactor(redactor, text: str, secret: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    [out] = redactor.redact_texts([text])
    assert secret not in out
    assert kept in out
