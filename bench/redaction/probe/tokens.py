"""Secret values in their vendors' published shapes (random bodies; none is a real credential)."""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from typing import NamedTuple

from bench.redaction.corpus.model import Label

from .core import fill, lab, rand


class Secret(NamedTuple):
    entity: str
    value: str
    vendor: str
    env: str  # the variable name people store it under

    def label(self, *tags: str) -> Label:
        return lab(self.entity, self.value, self.vendor, *tags)


def aws_access_key(rng: random.Random) -> Secret:
    prefix = rng.choice(["AKIA", "AKIA", "AKIA", "ASIA"])
    return Secret(
        "AWS_ACCESS_KEY", prefix + rand(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "aws", "AWS_ACCESS_KEY_ID"
    )


def aws_secret_key(rng: random.Random) -> Secret:
    return Secret("AWS_SECRET_KEY", rand(rng, "b", 40), "aws", "AWS_SECRET_ACCESS_KEY")


def aws_session_token(rng: random.Random) -> Secret:
    body = "IQoJb3JpZ2luX2VjE" + rand(rng, "b", rng.randint(300, 420))
    return Secret("AWS_SECRET_KEY", body, "aws-session", "AWS_SESSION_TOKEN")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(rng: random.Random) -> Secret:
    header = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if header["alg"] != "HS256":
        header["kid"] = fill(rng, "xxxxxxxxxxxxxxxx")
    sub, iat = fill(rng, "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx"), rng.randint(1_700_000_000, 1_760_000_000)
    payload: dict[str, object] = {"sub": sub, "iat": iat, "exp": iat + 3600}
    if rng.random() < 0.5:
        payload["scope"] = "openid profile email"
    sig = rand(rng, "w", 43 if header["alg"] == "HS256" else 86)
    compact = (",", ":")
    parts = [json.dumps(header, separators=compact), json.dumps(payload, separators=compact)]
    value = ".".join([*(_b64url(p.encode()) for p in parts), sig])
    return Secret("JWT", value, "jwt", "ACCESS_TOKEN")


def private_key(rng: random.Random) -> Secret:
    kind = rng.choice(
        ["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]
    )
    first = {
        "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
        "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
        "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
        "EC PRIVATE KEY": "MHcCAQEEI",
        "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQww",
    }[kind]
    lines = 4 if kind == "EC PRIVATE KEY" else rng.randint(8, 25)
    body = first + rand(rng, "b", 64 * lines - len(first))
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    rows = [body[i : i + width] for i in range(0, len(body), width)]
    value = f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"
    return Secret("PRIVATE_KEY", value, kind.split()[0].lower() if kind != "PRIVATE KEY" else "pkcs8", "PRIVATE_KEY")


Part = str | tuple[str, int]  # a literal, or (alphabet letter of core._FILL, length)


def _vendor(entity: str, vendor: str, env: str, *parts: Part) -> Callable[[random.Random], Secret]:
    def make(rng: random.Random) -> Secret:
        value = "".join(p if isinstance(p, str) else rand(rng, p[0], p[1]) for p in parts)
        return Secret(entity, value, vendor, env)

    return make


B = "BEARER_TOKEN"
VENDORS: list[Callable[[random.Random], Secret]] = [
    _vendor("GITHUB_TOKEN", "github", "GITHUB_TOKEN", "ghp_", ("c", 36)),
    _vendor("GITHUB_TOKEN", "github-fine", "GH_TOKEN", "github_pat_11", ("u", 21), "_", ("c", 59)),
    _vendor("GITHUB_TOKEN", "github-oauth", "GITHUB_OAUTH_TOKEN", "gho_", ("c", 36)),
    _vendor("OPENAI_API_KEY", "openai", "OPENAI_API_KEY", "sk-proj-", ("w", 74), "T3BlbkFJ", ("w", 74)),
    _vendor("OPENAI_API_KEY", "openai-legacy", "OPENAI_API_KEY", "sk-", ("c", 20), "T3BlbkFJ", ("c", 20)),
    _vendor("ANTHROPIC_API_KEY", "anthropic", "ANTHROPIC_API_KEY", "sk-ant-api03-", ("w", 93), "AA"),
    _vendor(B, "stripe", "STRIPE_SECRET_KEY", "sk_live_51", ("c", 97)),
    _vendor(B, "stripe-restricted", "STRIPE_API_KEY", "rk_live_", ("c", 24)),
    _vendor(B, "stripe-webhook", "STRIPE_WEBHOOK_SECRET", "whsec_", ("c", 32)),
    _vendor(B, "slack-bot", "SLACK_BOT_TOKEN", "xoxb-", ("#", 12), "-", ("#", 13), "-", ("c", 24)),
    _vendor(B, "slack-user", "SLACK_TOKEN", "xoxp-", ("#", 12), "-", ("#", 12), "-", ("#", 13), "-", ("x", 32)),
    _vendor(B, "gitlab", "GITLAB_TOKEN", "glpat-", ("w", 20)),
    _vendor(B, "google-api", "GOOGLE_API_KEY", "AIza", ("w", 35)),
    _vendor(B, "huggingface", "HF_TOKEN", "hf_", ("c", 34)),
    _vendor(B, "npm", "NPM_TOKEN", "npm_", ("c", 36)),
    _vendor(B, "sendgrid", "SENDGRID_API_KEY", "SG.", ("w", 22), ".", ("w", 43)),
    _vendor(B, "twilio-auth", "TWILIO_AUTH_TOKEN", ("x", 32)),
    _vendor(B, "twilio-apikey", "TWILIO_API_KEY", "SK", ("x", 32)),
    _vendor(B, "azure-storage", "AZURE_STORAGE_KEY", ("b", 86), "=="),
    _vendor(B, "mailgun", "MAILGUN_API_KEY", "key-", ("x", 32)),
    _vendor(B, "datadog", "DD_API_KEY", ("x", 32)),
    _vendor(B, "datadog-app", "DD_APP_KEY", ("x", 40)),
    _vendor(B, "telegram", "TELEGRAM_BOT_TOKEN", ("N", 1), ("#", 9), ":AA", ("w", 33)),
    _vendor(B, "shopify", "SHOPIFY_ACCESS_TOKEN", "shpat_", ("x", 32)),
    _vendor(B, "digitalocean", "DIGITALOCEAN_TOKEN", "dop_v1_", ("x", 64)),
    _vendor(B, "pypi", "PYPI_TOKEN", "pypi-AgEIcHlwaS5vcmc", ("w", 60)),
    _vendor(B, "linear", "LINEAR_API_KEY", "lin_api_", ("c", 40)),
    _vendor(B, "notion", "NOTION_TOKEN", "ntn_", ("c", 46)),
    _vendor(B, "groq", "GROQ_API_KEY", "gsk_", ("c", 52)),
    _vendor(B, "discord", "DISCORD_BOT_TOKEN", "MT", ("c", 24), ".", ("w", 6), ".", ("w", 38)),
    _vendor(B, "opaque", "API_TOKEN", ("c", 40)),
]


def vendor_token(rng: random.Random) -> Secret:
    return rng.choice(VENDORS)(rng)


def header_secret(rng: random.Random) -> Secret:
    """What goes after 'Bearer ': a JWT or a vendor token (never an AWS secret, which is only ever signed with)."""
    return jwt(rng) if rng.random() < 0.35 else vendor_token(rng)


def any_api_secret(rng: random.Random) -> Secret:
    """An API credential of any kind: AWS secret keys are over-weighted (the brief's focus)."""
    roll = rng.random()
    if roll < 0.3:
        return aws_secret_key(rng)
    if roll < 0.38:
        return jwt(rng)
    return vendor_token(rng)
