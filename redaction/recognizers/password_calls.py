"""Passwords passed to a login call as a string literal, where no key word names them.

``server.login("bob@example.com", "X")`` (smtplib, imaplib, ftplib), ``auth=("bob", "X")`` and
``HTTPBasicAuth("bob", "X")`` (requests), ``new NetworkCredential("bob", "X")`` (.NET),
``DriverManager.getConnection(url, "bob", "X")`` (JDBC), ``mysqli_connect("db", "bob", "X")`` and
``new PDO($dsn, "bob", "X")`` (PHP): the API puts the password in a fixed place, after the user name.
Only a literal there counts (a variable, ``os.environ[...]`` or a placeholder is not a secret). The literal
fallback of a variable named for a secret (``os.getenv("DB_PASSWORD", "X")``) is one too: :mod:`_secret_defaults`.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._secret_defaults import default_literals
from redaction.recognizers._secret_values import is_placeholder

# One argument: a string literal, or an expression without commas or brackets ("$dsn", "self.user", "url").
_ARG = r"(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|[\w$.\[\]]{1,80})"
_LITERAL = r"(?:\"(?P<dq>[^\"\n]{1,128})\"|'(?P<sq>[^'\n]{1,128})')"
_SEP = r"[ \t]*,[ \t]*"
# Calls whose second argument is the password: (user, password).
_SECOND = (
    r"(?:\.(?:login|log_in|signin|sign_in|authenticate|auth|basicAuth|setBasicAuth|withBasicAuth|setCredentials)"
    r"|\b(?:HTTPBasicAuth|HTTPDigestAuth|HTTPProxyAuth|BasicAuth|NetworkCredential|UsernamePasswordCredentials"
    r"|UsernamePasswordAuthenticationToken|PasswordAuthentication|PasswordCredential)"
    r"|\bauth[ \t]*[=:])"
)
# Calls whose third argument is: (url or host, user, password).
_THIRD = r"(?:\bgetConnection|\bmysqli?_connect|\bmysqli|\bPDO|\bFTP(?:_TLS)?)"
_CALL = regex.compile(
    rf"(?:{_SECOND}[ \t]*\([ \t]*|{_THIRD}[ \t]*\([ \t]*{_ARG}{_SEP}){_ARG}{_SEP}{_LITERAL}[ \t]*[,)]"
)


class LoginCallPasswordRecognizer(CodeRecognizer):
    """PASSWORD literals in the password's place of login and connection calls."""

    ENTITY = "PASSWORD"
    NAME = "LoginCallPasswordRecognizer"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        spans = []
        for match in _CALL.finditer(text):
            name = "dq" if match.group("dq") is not None else "sq"
            value = match.group(name)
            if value.strip() and not is_placeholder(value):
                spans.append(match.span(name))
        spans += default_literals(text)
        return [make_result(self, self.NAME, self.ENTITY, span, 0.8) for span in spans]
