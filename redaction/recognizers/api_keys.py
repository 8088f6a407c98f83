"""Vendor API keys with a recognisable prefix: OpenAI, Anthropic, Stripe, Slack, Google, Hugging Face, GitLab,
SendGrid, npm, PyPI, Shopify, DigitalOcean, Databricks, Twilio, Mailgun."""

from __future__ import annotations

from redaction.recognizers._base import TracecasePatternRecognizer

_PATTERNS = [
    # sk-ant-api03-…, sk-ant-admin01-…
    ("anthropic", r"\bsk-ant-[a-z]+\d{0,3}-[A-Za-z0-9_\-]{20,}", 0.95),
    # sk-…, sk-proj-…, sk-svcacct-…, sk-admin-…; at least one digit so "sk-learn-style-names" stay
    ("openai", r"\bsk-(?:proj-|svcacct-|admin-|None-)?(?=[A-Za-z0-9_\-]*\d)[A-Za-z0-9_\-]{20,}", 0.9),
    ("stripe", r"\b(?:sk|rk|pk|whsec)_(?:live|test)_[A-Za-z0-9]{16,}\b", 0.95),
    ("slack", r"\bxox[abposr]-[A-Za-z0-9\-]{10,}\b", 0.95),
    ("google", r"\bAIza[0-9A-Za-z_\-]{35}\b", 0.95),
    ("huggingface", r"\bhf_[A-Za-z0-9]{30,}\b", 0.95),
    ("gitlab", r"\bglpat-[A-Za-z0-9_\-]{20,}\b", 0.95),
    ("sendgrid", r"\bSG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{16,64}", 0.95),
    ("npm", r"\bnpm_[A-Za-z0-9]{36}\b", 0.95),
    ("pypi", r"\bpypi-[A-Za-z0-9_\-]{50,}", 0.95),
    ("shopify", r"\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b", 0.95),
    ("digitalocean", r"\bdo[por]_v1_[a-f0-9]{64}\b", 0.95),
    ("databricks", r"\bdapi[0-9a-f]{32}\b", 0.9),
    ("twilio", r"\b(?:SK|AC)[0-9a-f]{32}\b", 0.9),
    ("mailgun", r"\bkey-[0-9a-f]{32}\b", 0.9),
]


def api_key_recognizer() -> TracecasePatternRecognizer:
    return TracecasePatternRecognizer("API_KEY", _PATTERNS, name="ApiKeyRecognizer", min_entropy=3.0)
