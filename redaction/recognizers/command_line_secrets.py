"""Secrets on command lines and in shell environments, as tools print them and people paste them.

``mysql -u root -pS3cret``, ``sshpass -p 'X' ssh``, ``--password X``, ``--api-key=X``, ``curl -u bob:X``,
``redis-cli -a X``, and upper-case environment names glued to a secret word (``PGPASSWORD=X``,
``DBPASS=X``, ``export STRIPE_KEY=X``) that the key-word rules, which need a separator before the word,
do not see. ``-p`` alone is ambiguous (``docker run -p 8080:80``, ``mkdir -p dir``, ``ssh -p 22``), so it
counts only after a database client, ``sshpass`` or a ``-u user`` on the same line.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._secret_values import is_placeholder, looks_like_password

_QUOTED_OR_BARE = r"(?:\"(?P<dq>[^\"\n]{1,128})\"|'(?P<sq>[^'\n]{1,128})'|(?P<bare>[^\s\"'`;|&<>]{1,128}))"
_LONG_FLAG = regex.compile(
    r"(?<![\w-])--(?:[a-z0-9]+-)*(?:password|passwd|pass|pwd|token|api-?key|secret|client-secret|access-key"
    r"|secret-key|auth-token|private-key-pass(?:word)?)(?:[ \t]+|=)" + _QUOTED_OR_BARE,
    regex.IGNORECASE,
)
# -p right after a database client / sshpass, or after "-u user" on the same line: "-pS3cret", "-p 'X'".
_SHORT_P = regex.compile(
    r"(?:\b(?:mysql\w*|mariadb\w*|sshpass|mysqlsh|smbclient|mongo(?:sh|dump|restore)?)\b|(?<![\w-])-u[ \t]*\S+)"
    r"[^\n|;&]*?(?<![\w-])-p(?:[ \t]+|(?=\S))" + _QUOTED_OR_BARE,
)
# redis-cli -a X; curl/wget -u user:X, --user user:X.
_OTHER_FLAGS = regex.compile(
    r"(?:\bredis-cli\b[^\n|;&]*?(?<![\w-])-a[ \t]+" + _QUOTED_OR_BARE.replace("?P<", "?P<a_") + r"|"
    r"(?<![\w-])(?:-u|--user)[ \t]+[\"']?[^\s:\"'/@]{1,64}:"
    r"(?:(?P<userpass>[^\s\"'@]{1,128})|'(?P<userpass_sq>[^'\n]{1,128})'|\"(?P<userpass_dq>[^\"\n]{1,128})\"))"
)
# A password piped to a command that reads it from stdin: "echo 'X' | sudo -S ...", "echo X | passwd --stdin bob".
_PIPED = regex.compile(
    r"\becho[ \t]+(?:-[ne][ \t]+)?" + _QUOTED_OR_BARE + r"[ \t]*\|[ \t]*"
    r"(?:sudo[ \t]+(?:-\w+[ \t]+)*?-S\b|passwd[ \t]+--stdin|chpasswd|\S+[ \t]+login\b[^\n|;&]*--password-stdin)"
)
# "htpasswd -bc /etc/nginx/.htpasswd admin X": batch mode takes the password as its last argument.
# Options may come apart and with arguments: "htpasswd -B -b -C 12 users.htpasswd bob X".
_HTPASSWD = regex.compile(
    r"\bhtpasswd(?=[ \t][^\n|;&]*?-\w*b)(?:[ \t]+-\w+(?:[ \t]+\d+)?)+[ \t]+\S+[ \t]+\S+[ \t]+" + _QUOTED_OR_BARE
)
# A .pgpass line: "host:port:database:user:password".
_PGPASS = regex.compile(r"(?m)^[ \t]*[^\s:#]+:(?:\d{1,5}|\*):[^\s:]+:[^\s:]+:(?P<bare>\S+)[ \t]*$")
# Upper-case shell names ending in a secret word glued without a separator: PGPASSWORD, DBPASS, MYSQLPWD.
_GLUED_ENV = regex.compile(
    r"(?<![\w])(?:export[ \t]+)?[A-Z][A-Z0-9]*(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN)"
    r"[ \t]*=[ \t]*" + _QUOTED_OR_BARE
)
# Upper-case names ending in _KEY: STRIPE_KEY, SESSION_KEY (the key-word rules know only api/secret keys).
_ENV_KEY = regex.compile(
    r"(?<![\w])(?:export[ \t]+)?[A-Z][A-Z0-9_]*_(?:KEY|SALT|CREDENTIALS?|AUTH|PASSPHRASE|SIGNATURE)"
    r"[ \t]*=[ \t]*" + _QUOTED_OR_BARE
)
# The value of a *_KEY name may be a setting that names something: PARTITION_KEY=tenant_id, SORT_KEY=created_at.
# Windows: "net use Z: \\server\share /user:CORP\sa X /persistent:yes" (the password after the user), or
# "net use Z: \\server\share X /user:sa" (its documented place, after the share); "net user bob X /add".
_NET_USE = regex.compile(
    r"(?i:\bnet[ \t]+use\b)(?:[^\n|&]*?/user:[^\s]+|(?:[ \t]+[A-Za-z]:)?[ \t]+\\\\\S+)[ \t]+(?![/*])"
    + _QUOTED_OR_BARE
    + r"|(?i:\bnet[ \t]+user)[ \t]+(?:\"[^\"\n]{1,64}\"|[^\s/\"]+)[ \t]+(?![/*])"
    + _QUOTED_OR_BARE
)
# Samba's "user%password" (smbclient, rpcclient, smbmap): "-U deploy%X", "-U CORP/bob%X".
_SAMBA_USER = regex.compile(r"(?<![\w-])-U[ \t]*[^\s%\"']{1,64}%" + _QUOTED_OR_BARE)
# Windows switches after a user switch: "xfreerdp /u:bob /p:X", "cmdkey /user:bob /pass:X", "schtasks /u bob /p X".
_WINDOWS_SWITCH = regex.compile(
    r"(?i:(?<!\S)/u(?:ser)?[: \t][^\n|&]*?(?<!\S)/(?:p|pass|password|rp)[: \t])(?![/*])" + _QUOTED_OR_BARE
)
_IDENTIFIER = regex.compile(r"^[a-z]+(?:[_.:-][a-z]+)*$")
# Values that are settings, not secrets: numbers, booleans, paths, URLs without credentials, variables.
_SETTING = regex.compile(
    r"^(?:-.*|\d{1,6}|true|false|yes|no|on|off|none|null|[./~$%].*|[a-z][\w+.-]*://[^@]*|\d+(?::\d+)+)$",
    regex.IGNORECASE,
)


def _value_span(match: regex.Match[str], *groups: str) -> tuple[int, int] | None:
    for name in groups:
        if name in match.re.groupindex and match.group(name):
            return match.span(name)
    return None


class CommandLineSecretRecognizer(CodeRecognizer):
    """PASSWORD in flags and shell environment assignments."""

    ENTITY = "PASSWORD"
    NAME = "CommandLineSecretRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans: list[tuple[int, int]] = []
        for pattern, groups in (
            (_LONG_FLAG, ("dq", "sq", "bare")),
            (_SHORT_P, ("dq", "sq", "bare")),
            (_OTHER_FLAGS, ("a_dq", "a_sq", "a_bare", "userpass", "userpass_sq", "userpass_dq")),
            (_NET_USE, ("dq", "sq", "bare")),
            (_SAMBA_USER, ("dq", "sq", "bare")),
            (_WINDOWS_SWITCH, ("dq", "sq", "bare")),
            (_GLUED_ENV, ("dq", "sq", "bare")),
            (_PIPED, ("dq", "sq", "bare")),
            (_HTPASSWD, ("dq", "sq", "bare")),
            (_PGPASS, ("bare",)),
            (_ENV_KEY, ("dq", "sq", "bare")),
        ):
            for match in pattern.finditer(text):
                span = _value_span(match, *groups)
                if span is None:
                    continue
                value = text[span[0] : span[1]]
                spaced = text[span[0] - 1].isspace()
                glued_to_flag = pattern is _SHORT_P and not spaced  # "-p-BSX6": all of it is the password
                if is_placeholder(value) or (_SETTING.match(value) and not (glued_to_flag and len(value) > 6)):
                    continue
                if pattern is _SHORT_P and spaced and not looks_like_password(value):
                    continue  # "mysql -u root -p mydb" prompts; the next word is the database
                if pattern is _ENV_KEY and _IDENTIFIER.match(value):
                    continue
                if len(value) >= 3:
                    spans.append(span)
        return [make_result(self, self.NAME, self.ENTITY, span, 0.8) for span in spans]
