"""JSON Web Tokens: three base64url segments, the first two JSON objects (``eyJ`` = ``{"``)."""

from __future__ import annotations

from redaction.recognizers._base import TracecasePatternRecognizer

_JWT = r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"


def jwt_recognizer() -> TracecasePatternRecognizer:
    return TracecasePatternRecognizer("JWT", [("jwt", _JWT, 0.95)], name="JwtRecognizer")
