"""AWS credentials: access key ids (``AKIA…``), 40-character secret access keys and STS session tokens."""

from __future__ import annotations

from redaction.recognizers._base import TracecasePatternRecognizer

# Access key id prefixes documented by AWS (IAM unique-id prefixes that can authenticate). Real ids are
# base32 after the prefix, but hand-made and sample ids use any digit ("AKIA1234567890ABCDEF"), as gitleaks allows.
_KEY_ID = r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA|AIZA|A3T[A-Z0-9])[A-Z0-9]{16}\b"
# A secret key is 40 base64 characters; alone it is too ambiguous, so require a cue before it.
_KEY_CUE = r"(?i:aws.{0,24}?secret.{0,24}?|secret.?access.?key|aws.?secret)"
_KEY_AFTER_CUE = rf"(?<={_KEY_CUE}[\s\"'`]*[:=]?[\s\"'`]*)[A-Za-z0-9/+]{{40}}(?![A-Za-z0-9/+=])"
# Without a cue: 40 base64 characters mixing case and digits, not a hex digest.
_KEY_SHAPE = (
    r"(?<![A-Za-z0-9/+])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[0-9])"
    r"[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])"
)

# STS session tokens: base64 of a header naming their origin ("\x02\n\torigin_ec...", older "\x17\n\x06er/aws...",
# "\x01\n\x03aws..."), so they start "IQoJb3JpZ2lu", "FwoGZXIvYXdz", "AQoDYXdz" whatever their cue.
_STS_SESSION_SHAPE = (
    r"(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{2}o(?:Jb3JpZ2lu|GZXIvYXdz|DYXdz)[A-Za-z0-9/+]{100,4096}={0,2}(?![A-Za-z0-9/+=])"
)


def aws_access_key_recognizer() -> TracecasePatternRecognizer:
    return TracecasePatternRecognizer("AWS_ACCESS_KEY", [("aws key id", _KEY_ID, 0.95)], name="AwsAccessKeyRecognizer")


def aws_secret_key_recognizer() -> TracecasePatternRecognizer:
    return TracecasePatternRecognizer(
        "AWS_SECRET_KEY",
        [
            ("aws secret after cue", _KEY_AFTER_CUE, 0.9),
            ("aws secret shape", _KEY_SHAPE, 0.5),
            ("aws session token", _STS_SESSION_SHAPE, 0.9),
        ],
        name="AwsSecretKeyRecognizer",
        context=["aws", "secret", "key"],
        min_entropy=4.0,
    )
