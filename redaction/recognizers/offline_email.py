"""Presidio's email recognizer, offline and linear in the text length.

Presidio validates an email's domain with ``tldextract.extract``, whose module-level extractor
fetches the public-suffix list over HTTP on first use. This one reads only the snapshot bundled
with tldextract.

Presidio's email regex has an unbounded local part (``[...]{0,}`` before ``@``): on a long run of
local-part characters without an ``@`` (``a.a.a.…``, ``12-12-…``, base64) it is tried from every
word boundary to the end of the run, quadratic time (a 400 KB run took minutes). Every email holds
an ``@``, so here the same regex runs only on a bounded window around each ``@``.

Addresses on reserved and internal domains (RFC 2606/6761 ``.test``, ``.example``, ``.invalid``,
``.localhost``; ``.local``, ``.internal``, ``.corp``, ``.lan``, ``.intranet``) are not in the suffix
list but still name a mailbox, usually an employee's: they count too.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex
import tldextract
from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from redaction.recognizers._base import UNSPACED_SCRIPTS

# RFC 5321 caps the local part at 64 characters and a domain at 255; a little slack either side.
_LOCAL_MAX = 128
_DOMAIN_MAX = 256
# Characters Presidio's pattern allows in a local part (plus the dot) and in a domain.
# A script written without spaces ends the address it touches: "メールはynakamura@docomo.ne.jpです".
_NOT_LOCAL = regex.compile(rf"(?r)[^!#$%&'*+\-/=?^_`{{|}}~.\w]|[{UNSPACED_SCRIPTS}]")  # (?r): the nearest one before @
_DOMAIN_RUN = regex.compile(rf"(?:(?![{UNSPACED_SCRIPTS}])[\w.\-])*")
_AT = regex.compile("@")
# Azure storage URIs put a container, not a mailbox, before the "@": "abfss://raw@datalake01.dfs.core.windows.net/".
_STORAGE_SCHEME = regex.compile(r"(?i:abfss?|wasbs?)://[\w\-]+$")
_INTERNAL_DOMAIN = regex.compile(
    r"@[\w\-]+(?:\.[\w\-]+)*\.(?:test|example|invalid|localhost|local|internal|corp|lan|intranet|home|localdomain)$",
    regex.IGNORECASE,
)


@lru_cache(maxsize=1)
def offline_extractor() -> tldextract.TLDExtract:
    """The bundled public-suffix snapshot: no URL to fetch, no cache directory to write."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class OfflineEmailRecognizer(EmailRecognizer):
    """EMAIL_ADDRESS, validated against the bundled suffix list."""

    def validate_result(self, pattern_text: str) -> bool:
        return offline_extractor()(pattern_text).fqdn != "" or bool(_INTERNAL_DOMAIN.search(pattern_text))

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None, regex_flags: Any = None) -> Any:
        results: list[RecognizerResult] = []
        done = 0
        for at in (match.start() for match in _AT.finditer(text)):
            left, right = _window(text, at)
            if at < done or left == at or "." not in text[at + 1 : right]:
                continue  # inside the last email, no local part, or a domain without a dot
            if _STORAGE_SCHEME.search(text, max(0, at - 80), at):
                continue
            for found in super().analyze(text[left:right], entities, nlp_artifacts, regex_flags):
                found.start += left
                found.end += left
                results.append(found)
                done = max(done, found.end)
        return results


def _window(text: str, at: int) -> tuple[int, int]:
    """The run of email characters around the ``@`` at ``at``, bounded; its edges are the boundaries
    the regex would see in the whole text."""
    lo = max(0, at - _LOCAL_MAX)
    stop = _NOT_LOCAL.search(text, lo, at)
    domain = _DOMAIN_RUN.match(text, at + 1, min(len(text), at + 1 + _DOMAIN_MAX))
    return (stop.end() if stop else lo), (domain.end() if domain else at + 1)
