"""Credentials after an HTTP auth scheme: ``Bearer <token>``, ``Basic <base64>``, ``Token <token>``."""

from __future__ import annotations

from redaction.recognizers._base import TracecasePatternRecognizer

# The token only, so the scheme word stays readable: "Authorization: Bearer <BEARER_TOKEN_1>".
_BEARER = r"(?<=\b(?i:bearer|token)\s+)(?=[A-Za-z0-9\-._~+/]*\d)[A-Za-z0-9\-._~+/]{16,}=*"
_BASIC = r"(?<=\b(?i:basic)\s+)[A-Za-z0-9+/]{12,}={0,2}"


def bearer_token_recognizer() -> TracecasePatternRecognizer:
    return TracecasePatternRecognizer(
        "BEARER_TOKEN",
        [("bearer", _BEARER, 0.9), ("basic auth", _BASIC, 0.8)],
        name="BearerTokenRecognizer",
        min_entropy=3.0,
    )
