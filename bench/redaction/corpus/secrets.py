"""Random, realistically shaped but fake credentials (never real secrets), one generator per secret type.

Shapes follow the providers' published formats (AWS key ids, GitHub ``ghp_``/``github_pat_``, OpenAI
``sk-proj-``, Anthropic ``sk-ant-api03-``, RFC 7519 JWTs, PEM blocks) so detectors are tested on what
production emits.
"""

from __future__ import annotations

import base64
import json
import random
import string
import textwrap

_ALNUM = string.ascii_letters + string.digits
_URLSAFE = _ALNUM + "-_"
_B32 = string.ascii_uppercase + "234567"


def _pick(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + _pick(rng, _B32, 16)


def aws_secret_key(rng: random.Random) -> str:
    return _pick(rng, _ALNUM + "/+", 40)


def github_token(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return "github_pat_" + _pick(rng, _ALNUM, 22) + "_" + _pick(rng, _ALNUM, 59)
    return rng.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + _pick(rng, _ALNUM, 36)


def openai_key(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return "sk-proj-" + _pick(rng, _URLSAFE, 74) + "T3BlbkFJ" + _pick(rng, _URLSAFE, 74)
    return "sk-" + _pick(rng, _ALNUM, 20) + "T3BlbkFJ" + _pick(rng, _ALNUM, 20)


def anthropic_key(rng: random.Random) -> str:
    return "sk-ant-api03-" + _pick(rng, _URLSAFE, 93) + "AA"


def jwt(rng: random.Random, subject: str = "") -> str:
    header = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    iat = rng.randint(1_700_000_000, 1_760_000_000)
    payload = {"sub": subject or _pick(rng, string.hexdigits.lower(), 24), "iat": iat, "exp": iat + 3600}
    signature = bytes(rng.getrandbits(8) for _ in range(32 if header["alg"] == "HS256" else 64))
    parts = [json.dumps(header, separators=(",", ":")).encode(), json.dumps(payload, separators=(",", ":")).encode()]
    return ".".join([_b64url(parts[0]), _b64url(parts[1]), _b64url(signature)])


def bearer_token(rng: random.Random) -> str:
    """An opaque OAuth access token (JWT bearers are labelled JWT)."""
    return rng.choice(["ya29.", "gho_", "at_", ""]) + _pick(rng, _URLSAFE, rng.randint(32, 64))


def private_key(rng: random.Random) -> str:
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(rng.choice([121, 240, 600])))).decode()
    lines = "\n".join(textwrap.wrap(body, 64))
    return f"-----BEGIN {kind}-----\n{lines}\n-----END {kind}-----"


def password(rng: random.Random) -> str:
    """Passwords as people choose them: word+digits+symbol, random strings, passphrases."""
    style = rng.random()
    if style < 0.35:
        word = rng.choice(["Summer", "Winter", "Dragon", "Monkey", "Sunshine", "Falcon", "Orchid", "Tiger"])
        return f"{word}{rng.randint(1000, 2999)}{rng.choice('!@#$%&*')}{_pick(rng, string.ascii_lowercase, 2)}"
    if style < 0.7:
        return _pick(rng, _ALNUM + "!#$%^*", rng.randint(12, 20))
    words = ["correct", "horse", "battery", "staple", "violet", "granite", "lantern", "meadow", "copper", "ripple"]
    return "-".join(rng.sample(words, 3)) + str(rng.randint(10, 99))


def opaque_secret(rng: random.Random) -> str:
    """A value that looks like nothing in particular; only its JSON key says it is secret."""
    return rng.choice(
        [
            _pick(rng, string.hexdigits.lower(), 32),
            _pick(rng, string.ascii_lowercase, 6)
            + "-"
            + _pick(rng, string.ascii_lowercase, 5)
            + str(rng.randint(10, 99)),
            _pick(rng, _ALNUM, 24),
        ]
    )
