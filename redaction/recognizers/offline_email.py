"""Presidio's email recognizer with a top-level-domain check that never touches the network.

Presidio validates an email's domain with ``tldextract.extract``, whose module-level extractor
fetches the public-suffix list over HTTP on first use. This one reads only the snapshot bundled
with tldextract.
"""

from __future__ import annotations

from functools import lru_cache

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer


@lru_cache(maxsize=1)
def offline_extractor() -> tldextract.TLDExtract:
    """The bundled public-suffix snapshot: no URL to fetch, no cache directory to write."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class OfflineEmailRecognizer(EmailRecognizer):
    """EMAIL_ADDRESS, validated against the bundled suffix list."""

    def validate_result(self, pattern_text: str) -> bool:
        return offline_extractor()(pattern_text).fqdn != ""
