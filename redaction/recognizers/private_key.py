"""PEM private-key blocks (RSA, EC, OPENSSH, PKCS#8, encrypted), also when cut off before the END line."""

from __future__ import annotations

from redaction.recognizers._base import TracecasePatternRecognizer

_LABEL = r"(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?"
# A truncated block (a log line cut at N bytes) runs to the end of the text: fail closed.
_BLOCK = rf"-----BEGIN {_LABEL}-----.*?(?:-----END {_LABEL}-----|\Z)"


def private_key_recognizer() -> TracecasePatternRecognizer:
    return TracecasePatternRecognizer("PRIVATE_KEY", [("pem private key", _BLOCK, 1.0)], name="PrivateKeyRecognizer")
