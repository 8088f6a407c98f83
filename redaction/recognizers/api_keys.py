"""Vendor API keys with a recognisable prefix: OpenAI, Anthropic, Stripe, Slack, Google, Hugging Face, GitLab,
SendGrid, npm, PyPI, Shopify, DigitalOcean, Databricks, Twilio, Mailgun, and (:data:`_MORE_PATTERNS`) the
AI and developer platforms whose keys show up in LLM traces: Groq, Replicate, Tavily, LangSmith, xAI,
Perplexity, Pinecone, Notion, Linear, Supabase, Atlassian, Postman, New Relic, Doppler, Grafana, Sentry,
Figma, Square, Google OAuth client secrets, Slack app tokens and webhooks, Discord webhooks, Telegram bots."""

from __future__ import annotations

from redaction.recognizers._base import TracecasePatternRecognizer

_PATTERNS = [
    # sk-ant-api03-…, sk-ant-admin01-…
    ("anthropic", r"\bsk-ant-[a-z]+\d{0,3}-[A-Za-z0-9_\-]{20,}", 0.95),
    # sk-…, sk-proj-…, sk-svcacct-…, sk-admin-…; at least one digit so "sk-learn-style-names" stay
    ("openai", r"\bsk-(?:proj-|svcacct-|admin-|None-)?(?=[A-Za-z0-9_\-]*\d)[A-Za-z0-9_\-]{20,}", 0.9),
    ("stripe", r"\b(?:sk|rk|pk|whsec)_(?:live|test)_[A-Za-z0-9]{16,}\b", 0.95),
    # webhook signing secrets: whsec_ and base64, no live/test part
    ("stripe webhook", r"\bwhsec_[A-Za-z0-9+/]{24,}={0,2}", 0.95),
    ("slack", r"\bxox[abposr]-[A-Za-z0-9\-]{10,}\b", 0.95),
    # 39 characters; a key may end in "-" or "_", where \b would not hold.
    ("google", r"\bAIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])", 0.95),
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


_MORE_PATTERNS = [
    ("groq", r"\bgsk_[A-Za-z0-9]{40,}\b", 0.95),
    ("replicate", r"\br8_[A-Za-z0-9]{30,}\b", 0.95),
    ("tavily", r"\btvly-(?:dev-|prod-)?[A-Za-z0-9]{24,}\b", 0.95),
    ("langsmith", r"\blsv2_(?:pt|sk)_[A-Za-z0-9_]{32,}", 0.95),
    ("xai", r"\bxai-[A-Za-z0-9]{40,}\b", 0.95),
    ("perplexity", r"\bpplx-[A-Za-z0-9]{32,}\b", 0.95),
    ("pinecone", r"\bpcsk_[A-Za-z0-9_]{40,}", 0.95),
    ("notion", r"\b(?:secret|ntn)_[A-Za-z0-9]{40,}\b", 0.9),
    ("linear", r"\blin_(?:api|oauth)_[A-Za-z0-9]{32,}\b", 0.95),
    ("supabase", r"\bsb[pv]_[a-f0-9]{40}\b", 0.95),
    ("atlassian", r"\bATATT3[A-Za-z0-9_\-=]{40,}", 0.95),
    ("postman", r"\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b", 0.95),
    ("new relic", r"\bNR(?:AK|II|JS)-[A-Za-z0-9]{19,32}\b", 0.9),
    ("doppler", r"\bdp\.(?:st|sa|ct|pt|scim|audit)\.[A-Za-z0-9_\-.]{20,}", 0.95),
    ("grafana", r"\bgl(?:sa|c)_[A-Za-z0-9_=\-]{32,}", 0.95),
    ("sentry", r"\bsntr[ysu]_[A-Za-z0-9_=+/\-]{40,}", 0.95),
    ("figma", r"\bfig[dou]_[A-Za-z0-9_\-]{30,}", 0.95),
    ("square", r"\b(?:sq0(?:atp|csp|idp)|EAAA)[A-Za-z0-9_\-]{22,}\b", 0.9),
    ("google oauth secret", r"\bGOCSPX-[A-Za-z0-9_\-]{24,}", 0.95),
    ("slack app token", r"\bxapp-\d-[A-Za-z0-9\-]{20,}", 0.95),
    # Webhook URLs carry their secret in the path.
    ("slack webhook", r"(?<=hooks\.slack\.com/(?:services|workflows|triggers)/)[A-Za-z0-9_/]{20,}", 0.95),
    ("discord webhook", r"(?<=discord(?:app)?\.com/api/webhooks/)\d{5,}/[A-Za-z0-9_\-]{40,}", 0.95),
    ("telegram bot", r"\b\d{8,10}:AA[A-Za-z0-9_\-]{33}\b", 0.95),
]


def api_key_recognizer() -> TracecasePatternRecognizer:
    return TracecasePatternRecognizer(
        "API_KEY", [*_PATTERNS, *_MORE_PATTERNS], name="ApiKeyRecognizer", min_entropy=3.0
    )
