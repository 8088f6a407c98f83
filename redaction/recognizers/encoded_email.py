"""E-mail addresses percent-encoded in URLs and form bodies: ``?email=ana.lopez%40example.com``,
``username=isa%40example.de&password=…``, ``%22Ana%20Lopez%22%40example.org``.

HTTP spans carry the full URL (``url.full``, ``http.url``) and logged request bodies; a query parameter or
form field holding an address writes its ``@`` as ``%40``. The encoded run around the ``%40`` is decoded and
counts when it is an address on a known public suffix (or an internal domain, as for plain addresses).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers.offline_email import OfflineEmailRecognizer

# Unreserved URL characters and percent escapes, up to RFC 5321's 64-character local part (encoded: ~3x).
_ENCODED = regex.compile(
    r"(?<![\w.%+\-])(?P<local>(?:[\w.+\-!~*']|%[0-9A-Fa-f]{2}){1,192}?)%40(?P<domain>[\w\-]+(?:\.[\w\-]+)+)",
    regex.IGNORECASE,
)
TRIGGER = r"%40"


class EncodedEmailRecognizer(CodeRecognizer):
    """EMAIL_ADDRESS: an address whose ``@`` is percent-encoded, checked once decoded."""

    ENTITY = "EMAIL_ADDRESS"
    NAME = "EncodedEmailRecognizer"

    def __init__(self) -> None:
        super().__init__()
        self._plain = OfflineEmailRecognizer()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        results = []
        for match in _ENCODED.finditer(text):
            local = unquote(match.group("local"))
            if not local.strip('"') or not self._plain.validate_result(f"{local}@{match.group('domain')}"):
                continue
            results.append(make_result(self, self.NAME, self.ENTITY, match.span(), 0.9))
        return results
