"""Passwords inside URLs and connection strings: ``postgres://user:pass@host``, ``Password=…;``."""

from __future__ import annotations

from redaction.recognizers._base import IGNORE_CASE, TracecasePatternRecognizer
from redaction.recognizers._secret_values import ENV_READ

# scheme://user:PASSWORD@host — the password only; the user part is checked by the other recognizers
# (it is often an email address).
_URL_CREDENTIAL = r"(?<=\b[a-z][a-z0-9+.\-]{1,20}://[^\s:/@]{0,128}:)[^\s@/]{1,256}(?=@[^\s@]+)"
# A base64 token pasted unescaped as the password ("https://oauth2:AbC+x/Yz==@gitlab.example.com/..."): the "/"
# would end the host, so only a long run of token characters whose first part is no port (letters and digits,
# 12 or more) before "@" and a dotted host.
_URL_SLASHED_USERINFO = (
    r"(?<=\b[a-z][a-z0-9+.\-]{1,20}://[^\s:/@.]{1,64}:)(?=[\w+=\-]{12,}/)(?=[^/]*\d)(?=[^/]*[a-z])"
    r"[\w+/=\-]{16,256}(?=@[\w\-]+(?:\.[\w\-]+)+)"
)
# ADO.NET / JDBC / ODBC key-value connection strings: Password=...; Pwd=...; and Azure's AccountKey=...;
# SharedAccessKey=...; (storage, Service Bus, Event Hubs, IoT Hub connection strings).
_KV_CREDENTIAL = (
    r"(?<=(?:^|[;\s\"'?&])(?:password|pwd|passwd|accountkey|sharedaccesskey|shared_access_key)\s*=\s*)"
    rf"(?!{ENV_READ})(?:\"[^\"]*\"|'[^']*'|\{{[^}}]*\}}|[^;\s\"']+)"
)


# Oracle's "user/password@host": thin JDBC URLs ("jdbc:oracle:thin:app/X@db:1521:ORCL", where the password runs
# to the last "@" before the host) and the command-line tools' connect strings ("sqlplus scott/X@orcl").
_ORACLE_URL = r"(?<=\bjdbc:oracle:(?:thin|oci\d?|kprb):[^\s/@:\"']{1,64}/)[^\s\"']{1,128}(?=@[\w.\-]+(?::\d+)?[:/])"
_ORACLE_TOOL = (
    r"(?<=\b(?:sqlplus|sqlcl|sql|expdp|impdp|exp|imp|sqlldr|dgmgrl|rman[ \t]+target|conn(?:ect)?)[ \t]+"
    r"(?:-[a-z]+[ \t]+)?[\w$#.]{1,64}/)[^\s\"'@/]{1,128}(?=@|\s|$)"
)


# Azure SAS tokens: the signature of "...?sv=2022-11-02&ss=b&sig=AbC%2F...".
_SAS_SIGNATURE = r"(?<=[?&;]sig=)[A-Za-z0-9%+/=_\-]{16,}"


def url_credentials_recognizer() -> TracecasePatternRecognizer:
    return TracecasePatternRecognizer(
        "PASSWORD",
        [
            ("url password", _URL_CREDENTIAL, 0.9),
            ("url token with slash", _URL_SLASHED_USERINFO, 0.85),
            ("connection string password", _KV_CREDENTIAL, 0.9),
            ("sas signature", _SAS_SIGNATURE, 0.85),
            ("oracle url password", _ORACLE_URL, 0.9),
            ("oracle connect password", _ORACLE_TOOL, 0.85),
        ],
        name="UrlCredentialsRecognizer",
        flags=IGNORE_CASE,
    )
