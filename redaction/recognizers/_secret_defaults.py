"""Secrets written into code as the fallback of an environment variable that names one.

``process.env.DD_APP_KEY || 'd268…'``, ``os.getenv("DB_PASSWORD", "X")``, ``os.environ.get('API_TOKEN') or 'X'``,
``ENV.fetch("SECRET_KEY", "X")``, ``getenv('DB_PASS') ?: 'X'``, ``env('DB_PASSWORD', 'X')`` (Laravel),
``System.getenv().getOrDefault("API_KEY", "X")``, ``${DB_PASSWORD:-X}`` (shell, Compose) and Spring's
``${db.password:X}``: the literal is the secret checked into the source, the variable's name says so.
"""

from __future__ import annotations

import regex

from redaction.recognizers._base import shannon_entropy
from redaction.recognizers._secret_values import is_placeholder

# A variable named for a secret: the secret word ends the name (DB_PASSWORD, DD_APP_KEY, KEYSTORE_PASS;
# not DB_PASSWORD_FILE, KEY_PREFIX, whose defaults are a path or a setting).
_NAME = r"[\w.\-]{0,60}?(?:pass(?:word|wd|phrase)?|pwd|secret|token|key|credentials?)(?![\w\-])"
# The whole literal, within one line.
_LITERAL = r"(?P<q>[\"'`])(?P<value>[^\"'`\n]{4,256})(?P=q)"
# Ways code reads a variable: a property or index (JS, Ruby) or a call naming it first (Python, PHP, Ruby, Java).
_READ = (
    r"(?:(?:process|import\.meta)\.env(?:\.|\[[ \t]*[\"'`])|ENV\[[ \t]*[\"']"
    r"|(?<![\w.])(?:os\.getenv|os\.environ\.get|os\.environ\.setdefault|environ\.get|getenv|env|ENV\.fetch"
    r"|System\.getenv\(\)\.getOrDefault|System\.getProperty|Environment\.GetEnvironmentVariable)\([ \t]*[\"'])"
)
# The fallback: a second argument, or an "or" after the read ("||", "??", "?:", Python's "or").
_FALLBACK = r"[\"'`]?[ \t]*\]?[ \t]*(?:,|\)?[ \t]*(?:\|\||\?\?|\?:|(?<![\w])or(?![\w])))[ \t]*"
_CODE_DEFAULT = regex.compile(rf"{_READ}(?P<name>(?i:{_NAME})){_FALLBACK}{_LITERAL}")
# Shell and Compose "${DB_PASSWORD:-X}", Spring "${spring.datasource.password:X}".
_SHELL_DEFAULT = regex.compile(rf"\$\{{(?P<name>(?i:{_NAME}))(?::?[-=]|:)(?P<value>[^}}\s\"'`$]{{4,256}})\}}")
# Paths and addresses are where a secret is kept, not the secret: "~/.ssh/id_rsa", "./certs/key.pem".
# And what a reader is to replace: "changeme", "your-api-key-here", "dev-secret-example".
_NOT_SECRET = regex.compile(
    r"^(?:[~./\\]|[a-z][a-z0-9+.\-]*://)|\.(?:pem|key|crt|cer|json|txt|p12|pfx|jks)$"
    r"|your[-_]|[-_]here$|change[-_]?me|example|dummy|placeholder|xxxx",
    regex.IGNORECASE,
)
_PASSWORD_NAME = regex.compile(r"pass|pwd", regex.IGNORECASE)


def _secret_like(name: str, value: str) -> bool:
    """A password variable's literal whatever it is; a key's or token's only when it reads as random."""
    if is_placeholder(value) or _NOT_SECRET.search(value) or " " in value:
        return False
    return bool(_PASSWORD_NAME.search(name)) or (len(value) >= 12 and shannon_entropy(value) >= 3.0)


def default_literals(text: str) -> list[tuple[int, int]]:
    """Spans of the literal fallbacks of secret-named variables in ``text``."""
    return [
        match.span("value")
        for pattern in (_CODE_DEFAULT, _SHELL_DEFAULT)
        for match in pattern.finditer(text)
        if _secret_like(match.group("name"), match.group("value"))
    ]
