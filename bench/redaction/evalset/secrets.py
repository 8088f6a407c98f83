"""Synthetic credentials in the shapes vendors issue them (random bodies; none is a real key)."""

from __future__ import annotations

import base64
import json
import random
import string

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"

# Vendor key kinds: name -> maker. Each is reported as its own secret row.
VENDOR_KINDS = (
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "GITHUB_TOKEN",
    "OPENAI_API_KEY",
    "ANTHROPIC_API_KEY",
    "STRIPE_KEY",
    "SLACK_TOKEN",
    "GOOGLE_API_KEY",
    "HUGGINGFACE_TOKEN",
    "SENDGRID_KEY",
)
SECRET_KINDS = (
    *VENDOR_KINDS,
    "JWT",
    "BEARER_TOKEN",
    "PRIVATE_KEY",
    "CONNECTION_STRING_PASSWORD",
    "URL_PASSWORD",
    "PASSWORD_PROSE",
    "ENV_SECRET",
)

_WORDS = (
    "Pirate",
    "mango",
    "Falcon",
    "sunset",
    "Orchid",
    "tundra",
    "Walrus",
    "Girasol",
    "Sonnenblume",
    "Mariposa",
    "Kaffee",
    "Tormenta",
    "biscuit",
    "Zephyr",
    "Lavanda",
    "Drache",
    "cobalt",
    "Nebula",
    "Pinguino",
    "Ahorn",
)


def _chars(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def vendor_key(kind: str, rng: random.Random) -> str:
    upper32 = string.ascii_uppercase + "234567"
    if kind == "AWS_ACCESS_KEY":
        return rng.choice(("AKIA", "ASIA")) + _chars(rng, upper32, 16)
    if kind == "AWS_SECRET_KEY":
        return _chars(rng, ALNUM + "/+", 40)
    if kind == "GITHUB_TOKEN":
        if rng.random() < 0.5:
            return "ghp_" + _chars(rng, ALNUM, 36)
        return "github_pat_" + _chars(rng, ALNUM, 22) + "_" + _chars(rng, ALNUM, 59)
    if kind == "OPENAI_API_KEY":
        return "sk-proj-" + _chars(rng, URLSAFE, 64)
    if kind == "ANTHROPIC_API_KEY":
        return "sk-ant-api03-" + _chars(rng, URLSAFE, 93) + "AA"
    if kind == "STRIPE_KEY":
        return rng.choice(("sk_live_", "rk_live_")) + _chars(rng, ALNUM, 40)
    if kind == "SLACK_TOKEN":
        return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-{_chars(rng, ALNUM, 24)}"
    if kind == "GOOGLE_API_KEY":
        return "AIza" + _chars(rng, URLSAFE, 35)
    if kind == "HUGGINGFACE_TOKEN":
        return "hf_" + _chars(rng, string.ascii_letters, 34)
    if kind == "SENDGRID_KEY":
        return f"SG.{_chars(rng, URLSAFE, 22)}.{_chars(rng, URLSAFE, 43)}"
    raise ValueError(f"unknown vendor key kind: {kind}")


def jwt(rng: random.Random) -> str:
    header = _b64url(json.dumps({"alg": rng.choice(("HS256", "RS256")), "typ": "JWT"}).encode())
    claims = {"sub": _chars(rng, ALNUM, 12), "iat": rng.randint(1_700_000_000, 1_760_000_000), "scope": "read write"}
    return f"{header}.{_b64url(json.dumps(claims).encode())}.{_b64url(rng.randbytes(32))}"


def bearer_token(rng: random.Random) -> str:
    return _chars(rng, ALNUM, rng.choice((32, 40, 48))) + rng.choice(("", ".", "_")) + _chars(rng, ALNUM, 8)


def private_key(rng: random.Random) -> str:
    label = rng.choice(("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"))
    body = base64.b64encode(rng.randbytes(48 * rng.randint(6, 12))).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"])


def password(rng: random.Random, url_safe: bool = False) -> str:
    """A password as people pick them: word + year + symbol, joined words, or a random string."""
    symbols = "!_-." if url_safe else "!#$%&*?.-_"
    style = rng.randrange(3)
    if style == 0:
        return f"{rng.choice(_WORDS)}{rng.randint(1970, 2025)}{rng.choice(symbols)}"
    if style == 1:
        return f"{rng.choice(_WORDS)}{rng.choice(symbols)}{rng.choice(_WORDS).lower()}{rng.randint(2, 99)}"
    core = _chars(rng, ALNUM, rng.randint(10, 16))
    return core[:4] + rng.choice(symbols) + core[4:]
