"""GitHub tokens: classic (``ghp_``, ``gho_``, ``ghu_``, ``ghs_``, ``ghr_``) and fine-grained (``github_pat_``)."""

from __future__ import annotations

from redaction.recognizers._base import TracecasePatternRecognizer

_CLASSIC = r"\bgh[pousr]_[A-Za-z0-9]{30,255}\b"
_FINE_GRAINED = r"\bgithub_pat_[A-Za-z0-9_]{22,255}\b"


def github_token_recognizer() -> TracecasePatternRecognizer:
    return TracecasePatternRecognizer(
        "GITHUB_TOKEN",
        [("github classic", _CLASSIC, 0.95), ("github fine-grained", _FINE_GRAINED, 0.95)],
        name="GithubTokenRecognizer",
    )
