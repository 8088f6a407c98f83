"""Vendor API keys with a recognisable prefix (bounded by ASCII word characters only: a key glued to Japanese or
Chinese text, "APIキーはAIza…です", is still a key): OpenAI, Anthropic, Stripe, Slack, Google, Hugging Face, GitLab,
SendGrid, npm, PyPI, Shopify, DigitalOcean, Databricks, Twilio, Mailgun, and (:data:`_MORE_PATTERNS`) the
AI and developer platforms whose keys show up in LLM traces: Groq, Replicate, Tavily, LangSmith, xAI,
Perplexity, Pinecone, Notion, Linear, Supabase, Atlassian, Postman, New Relic, Doppler, Grafana, Sentry,
Figma, Square, Google OAuth client secrets, Slack app tokens and webhooks, Discord webhooks and bot tokens,
Telegram bots."""

from __future__ import annotations

from redaction.recognizers._base import TracecasePatternRecognizer

_PATTERNS = [
    # sk-ant-api03-…, sk-ant-admin01-…
    ("anthropic", r"(?<![A-Za-z0-9_])sk-ant-[a-z]+\d{0,3}-[A-Za-z0-9_\-]{20,}", 0.95),
    # sk-…, sk-proj-…, sk-svcacct-…, sk-admin-…; at least one digit so "sk-learn-style-names" stay
    ("openai", r"(?<![A-Za-z0-9_])sk-(?:proj-|svcacct-|admin-|None-)?(?=[A-Za-z0-9_\-]*\d)[A-Za-z0-9_\-]{20,}", 0.9),
    ("stripe", r"(?<![A-Za-z0-9_])(?:sk|rk|pk|whsec)_(?:live|test)_[A-Za-z0-9]{16,}(?![A-Za-z0-9_])", 0.95),
    # webhook signing secrets: whsec_ and base64, no live/test part
    # Mapbox secret tokens (public ones are "pk.")
    ("mapbox", r"(?<![A-Za-z0-9_])sk\.eyJ[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{10,}", 0.95),
    ("stripe webhook", r"(?<![A-Za-z0-9_])whsec_[A-Za-z0-9+/]{24,}={0,2}", 0.95),
    ("slack", r"(?<![A-Za-z0-9_])xox[abposr]-[A-Za-z0-9\-]{10,}(?![A-Za-z0-9_])", 0.95),
    # 39 characters; a key may end in "-" or "_", where \b would not hold.
    ("google", r"(?<![A-Za-z0-9_])AIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])", 0.95),
    ("huggingface", r"(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,}(?![A-Za-z0-9_])", 0.95),
    ("gitlab", r"(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_\-]{20,}(?![A-Za-z0-9_])", 0.95),
    ("sendgrid", r"(?<![A-Za-z0-9_])SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{16,64}", 0.95),
    ("npm", r"(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])", 0.95),
    ("pypi", r"(?<![A-Za-z0-9_])pypi-[A-Za-z0-9_\-]{50,}", 0.95),
    ("shopify", r"(?<![A-Za-z0-9_])shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9_])", 0.95),
    ("digitalocean", r"(?<![A-Za-z0-9_])do[por]_v1_[a-f0-9]{64}(?![A-Za-z0-9_])", 0.95),
    ("databricks", r"(?<![A-Za-z0-9_])dapi[0-9a-f]{32}(?![A-Za-z0-9_])", 0.9),
    ("twilio", r"(?<![A-Za-z0-9_])(?:SK|AC)[0-9a-f]{32}(?![A-Za-z0-9_])", 0.9),
    ("mailgun", r"(?<![A-Za-z0-9_])key-[0-9a-f]{32}(?![A-Za-z0-9_])", 0.9),
]


_MORE_PATTERNS = [
    ("groq", r"(?<![A-Za-z0-9_])gsk_[A-Za-z0-9]{40,}(?![A-Za-z0-9_])", 0.95),
    ("replicate", r"(?<![A-Za-z0-9_])r8_[A-Za-z0-9]{30,}(?![A-Za-z0-9_])", 0.95),
    ("tavily", r"(?<![A-Za-z0-9_])tvly-(?:dev-|prod-)?[A-Za-z0-9]{24,}(?![A-Za-z0-9_])", 0.95),
    ("langsmith", r"(?<![A-Za-z0-9_])lsv2_(?:pt|sk)_[A-Za-z0-9_]{32,}", 0.95),
    ("xai", r"(?<![A-Za-z0-9_])xai-[A-Za-z0-9]{40,}(?![A-Za-z0-9_])", 0.95),
    ("perplexity", r"(?<![A-Za-z0-9_])pplx-[A-Za-z0-9]{32,}(?![A-Za-z0-9_])", 0.95),
    ("pinecone", r"(?<![A-Za-z0-9_])pcsk_[A-Za-z0-9_]{40,}", 0.95),
    ("notion", r"(?<![A-Za-z0-9_])(?:secret|ntn)_[A-Za-z0-9]{40,}(?![A-Za-z0-9_])", 0.9),
    ("linear", r"(?<![A-Za-z0-9_])lin_(?:api|oauth)_[A-Za-z0-9]{32,}(?![A-Za-z0-9_])", 0.95),
    ("supabase", r"(?<![A-Za-z0-9_])sb[pv]_[a-f0-9]{40}(?![A-Za-z0-9_])", 0.95),
    ("atlassian", r"(?<![A-Za-z0-9_])ATATT3[A-Za-z0-9_\-=]{40,}", 0.95),
    ("postman", r"(?<![A-Za-z0-9_])PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![A-Za-z0-9_])", 0.95),
    ("new relic", r"(?<![A-Za-z0-9_])NR(?:AK|II|JS)-[A-Za-z0-9]{19,32}(?![A-Za-z0-9_])", 0.9),
    ("doppler", r"(?<![A-Za-z0-9_])dp\.(?:st|sa|ct|pt|scim|audit)\.[A-Za-z0-9_\-.]{20,}", 0.95),
    ("grafana", r"(?<![A-Za-z0-9_])gl(?:sa|c)_[A-Za-z0-9_=\-]{32,}", 0.95),
    ("sentry", r"(?<![A-Za-z0-9_])sntr[ysu]_[A-Za-z0-9_=+/\-]{40,}", 0.95),
    ("figma", r"(?<![A-Za-z0-9_])fig[dou]_[A-Za-z0-9_\-]{30,}", 0.95),
    ("square", r"(?<![A-Za-z0-9_])(?:sq0(?:atp|csp|idp)|EAAA)[A-Za-z0-9_\-]{22,}(?![A-Za-z0-9_])", 0.9),
    ("google oauth secret", r"(?<![A-Za-z0-9_])GOCSPX-[A-Za-z0-9_\-]{24,}", 0.95),
    ("slack app token", r"(?<![A-Za-z0-9_])xapp-\d-[A-Za-z0-9\-]{20,}", 0.95),
    # Webhook URLs carry their secret in the path.
    ("slack webhook", r"(?<=hooks\.slack\.com/(?:services|workflows|triggers)/)[A-Za-z0-9_/]{20,}", 0.95),
    ("discord webhook", r"(?<=discord(?:app)?\.com/api/webhooks/)\d{5,}/[A-Za-z0-9_\-]{40,}", 0.95),
    # Discord bot tokens: the bot's id in base64 (a snowflake's digits: "MT", "Nz", "OD"...), a timestamp, an HMAC.
    (
        "discord bot",
        r"(?<![A-Za-z0-9_\-.])[MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}(?![A-Za-z0-9_\-.])",
        0.9,
    ),
    ("telegram bot", r"(?<![A-Za-z0-9_])\d{8,10}:AA[A-Za-z0-9_\-]{33}(?![A-Za-z0-9_])", 0.95),
]


def api_key_recognizer() -> TracecasePatternRecognizer:
    return TracecasePatternRecognizer(
        "API_KEY", [*_PATTERNS, *_MORE_PATTERNS], name="ApiKeyRecognizer", min_entropy=3.0
    )
