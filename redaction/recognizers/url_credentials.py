"""Passwords inside URLs and connection strings: ``postgres://user:pass@host``, ``Password=…;``."""

from __future__ import annotations

from redaction.recognizers._base import IGNORE_CASE, TracecasePatternRecognizer

# scheme://user:PASSWORD@host — the password only; the user part is checked by the other recognizers
# (it is often an email address).
_URL_CREDENTIAL = r"(?<=\b[a-z][a-z0-9+.\-]{1,20}://[^\s:/@]{0,128}:)[^\s@/]{1,256}(?=@[^\s@]+)"
# ADO.NET / JDBC / ODBC key-value connection strings: Password=...; Pwd=...; and Azure's AccountKey=...;
# SharedAccessKey=...; (storage, Service Bus, Event Hubs, IoT Hub connection strings).
_KV_CREDENTIAL = (
    r"(?<=(?:^|[;\s\"'?&])(?:password|pwd|passwd|accountkey|sharedaccesskey|shared_access_key)\s*=\s*)"
    r"(?:\"[^\"]*\"|'[^']*'|\{[^}]*\}|[^;\s\"']+)"
)


# Azure SAS tokens: the signature of "...?sv=2022-11-02&ss=b&sig=AbC%2F...".
_SAS_SIGNATURE = r"(?<=[?&;]sig=)[A-Za-z0-9%+/=_\-]{16,}"


def url_credentials_recognizer() -> TracecasePatternRecognizer:
    return TracecasePatternRecognizer(
        "PASSWORD",
        [
            ("url password", _URL_CREDENTIAL, 0.9),
            ("connection string password", _KV_CREDENTIAL, 0.9),
            ("sas signature", _SAS_SIGNATURE, 0.85),
        ],
        name="UrlCredentialsRecognizer",
        flags=IGNORE_CASE,
    )
