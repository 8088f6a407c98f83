"""IP addresses, without the four-part version numbers that look like them.

Presidio's pattern takes any four dotted numbers up to 255 for an IPv4 address. Software versions and user
agents have four parts too: "versión 4.19.28.23", "okhttp/1.2.8.40", "Chrome/120.0.6099.129", "build 1.4.20.67";
a version word or a product name glued by a slash before the number makes it a version.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import IpRecognizer

# A version word right before the number ("version 4.19.28.23", "v1.2.8.40", "Build: 2.1.25.41"), in the
# languages of the other cue lists; or a product token glued by a slash ("okhttp/1.2.8.40").
_VERSION_BEFORE = regex.compile(
    r"(?i:(?<!\p{L})(?:v|ver|version|versi[oó]n|vers[ãa]o|versione|versie|wersja|sürüm|build|release|firmware|fw"
    r"|app[ \t]+version|rev|revision)\.?[ \t]*[:=]?[ \t]*v?|[\p{L}][\w.\-]*/"
    # an app's version in Japanese, Chinese or Korean, in brackets: "アプリ（4.19.16.80）"
    r"|(?:アプリ|バージョン|版本|버전|앱)[ \t:：(（]*)$"
)
_REACH = 30


class VersionAwareIpRecognizer(IpRecognizer):
    """Presidio's IP recognizer; a four-part number after a version word or a ``product/`` is kept."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, regex_flags: Any = None
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if ":" in text[r.start : r.end] or not _a_version(text, r.start)]


def _a_version(text: str, start: int) -> bool:
    return _VERSION_BEFORE.search(text, max(0, start - _REACH), start) is not None
