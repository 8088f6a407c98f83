"""Harmless values that look like PII to a pattern or a name model and must survive verbatim."""

from __future__ import annotations

import random
import string
import uuid

from .numbers import fill_digits

LOOKALIKE_KINDS = (
    "uuid",
    "trace_id",
    "span_id",
    "timestamp",
    "order_number",
    "sku",
    "version",
    "model_name",
    "product_name",
    "city",
    "phrase",
    "code_identifier",
    "path",
    "doc_url",
    "http_status",
    "price",
    "ticket_id",
)

MODEL_NAMES = (
    "gpt-4o-mini-2024-07-18",
    "gpt-4.1-nano",
    "claude-3-5-haiku-20241022",
    "claude-sonnet-4-20250514",
    "llama-3.1-8b-instruct",
    "mistral-small-latest",
    "gemini-1.5-flash-002",
    "qwen2.5-7b-instruct",
    "text-embedding-3-small",
    "bge-m3",
    "command-r-plus",
    "phi-3-mini-4k-instruct",
)
PRODUCT_NAMES = (
    "ThinkPad X1 Carbon",
    "Galaxy Tab S9",
    "Pixel 8 Pro",
    "Kindle Paperwhite",
    "Nordlicht Premium Plan",
    "Solaris Family Pack",
    "AquaPure Filter Max",
    "Everest Trail Backpack",
    "Jasper Desk Lamp",
    "Harmony Duo Headset",
    "Atlas Pro Router",
    "Willow Crib",
    "Rose Gold Edition",
    "Grace Ergonomic Chair",
    "Victoria Sofa Bed",
)
# Cities, some of which are also given names: a careful redactor keeps them where they name a place.
CITIES = (
    "Curitiba",
    "Graz",
    "Tbilisi",
    "Kraków",
    "Rosario",
    "Guadalajara",
    "Debrecen",
    "Brno",
    "Thessaloniki",
    "Busan",
    "Taichung",
    "Isfahan",
    "Haifa",
    "Cluj-Napoca",
    "Tampere",
    "Aarhus",
    "Bergen",
    "Lviv",
    "Surabaya",
    "Chiang Mai",
    "Cebu",
    "Pune",
    "Adelaide",
    "Cork",
    "Kumasi",
    "Ibadan",
    "Durban",
    "Florence",
    "Victoria",
    "Charlotte",
    "Austin",
    "Eugene",
    "Salvador",
    "Santiago",
    "Lorraine",
    "Georgetown",
    "Medellín",
    "Winterthur",
    "Mombasa",
)
PHRASES = (
    "Gift cards never expire",
    "Grace period",
    "Happy Path",
    "Golden Gate",
    "Prime Day",
    "Black Friday",
    "Will Call pickup",
    "Bill Pay",
    "Mark as read",
    "Summer Sale",
    "Rose Gold",
    "Joy of Cooking bundle",
    "Hope Street Bakery",
    "Early Bird discount",
    "Angel investor",
    "Ruby on Rails",
    "Major Release",
    "Frank feedback",
    "Sterling silver",
    "Patience is required",
    "Faith-based housing",
    "Crystal clear",
)
CODE_IDENTIFIERS = (
    "get_customer_by_id",
    "UserProfileSerializer",
    "handleRefundRequest",
    "customer.full_name",
    "billing_address_id",
    "PaymentIntent.confirm",
    "ticket_assignee_id",
    "normalize_phone",
    "EmailVerifier",
    "user_name_cache",
    "render_invoice_pdf",
    "OrderLineItem",
    "retry_with_backoff",
    "first_name_lookup",
    "TokenBucketLimiter",
)
PATHS = (
    "/var/log/nginx/access.log",
    "src/billing/refunds.py",
    "/srv/app/config/settings.toml",
    "docs/runbooks/oncall.md",
    "/etc/ssl/certs/ca-bundle.crt",
    "services/crm/export_contacts.py",
    "./scripts/rotate_keys.sh",
    "/opt/tracer/spans/2025/03/batch-0007.parquet",
    "web/templates/checkout/summary.html",
)
DOC_URLS = (
    "https://docs.python.org/3/library/json.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/429",
    "https://kb.nordlicht.example/articles/kb-412",
    "https://docs.stripe.com/api/refunds/create",
    "https://opentelemetry.io/docs/specs/semconv/gen-ai/",
    "https://help.acme-logistics.example/returns#labels",
    "https://spacy.io/usage/linguistic-features#named-entities",
)
HTTP_STATUSES = (
    "HTTP 404",
    "503 Service Unavailable",
    "429 Too Many Requests",
    "HTTP/1.1 502 Bad Gateway",
    "status=401",
    "HTTP 200",
    "500 Internal Server Error",
    "422 Unprocessable Entity",
)


def lookalike(kind: str, rng: random.Random) -> str:
    if kind == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if kind == "trace_id":
        return f"{rng.getrandbits(128):032x}"
    if kind == "span_id":
        return f"{rng.getrandbits(64):016x}"
    if kind == "timestamp":
        return timestamp(rng)
    if kind == "order_number":
        return fill_digits(
            rng.choice(("ORD-2025-######", "#N#######", "N##-N######-N######", "PO N#####", "A#-####-##")), rng
        )
    if kind == "sku":
        return fill_digits(f"SKU-N#-{rng.choice(('BLU', 'RED', 'BLK', 'GRN'))}-{rng.choice(('S', 'M', 'XL'))}", rng)
    if kind == "version":
        return f"{rng.choice(('v', ''))}{rng.randint(0, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}" + rng.choice(
            ("", "", "-rc.1", "-beta.3", "+build.417")
        )
    if kind == "ticket_id":
        return f"{rng.choice(('PAY', 'CRM', 'OPS', 'SUP', 'KB'))}-{rng.randint(100, 99999)}"
    if kind == "price":
        return rng.choice(("$", "€", "R$ ", "CHF ", "₹", "£", "MX$")) + fill_digits(
            rng.choice(("##.99", "N,###.00", "N##,90", "N###")), rng
        )
    table = {
        "model_name": MODEL_NAMES,
        "product_name": PRODUCT_NAMES,
        "city": CITIES,
        "phrase": PHRASES,
        "code_identifier": CODE_IDENTIFIERS,
        "path": PATHS,
        "doc_url": DOC_URLS,
        "http_status": HTTP_STATUSES,
    }
    if kind not in table:
        raise ValueError(f"unknown look-alike kind: {kind}")
    return rng.choice(table[kind])


def timestamp(rng: random.Random, style: str | None = None) -> str:
    """A recent timestamp (2024-2025) in ISO, RFC 2822 (e-mail ``Date:`` headers), log or epoch-millisecond form."""
    y, mo, d = rng.choice((2024, 2025)), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    style = style or rng.choice(("iso", "rfc2822", "log", "epoch_ms", "iso_offset"))
    if style == "iso":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{rng.randint(0, 999):03d}Z"
    if style == "iso_offset":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+0{rng.randint(1, 9)}:00"
    if style == "rfc2822":
        day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rng.randrange(7)]
        month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
        return f"{day}, {d} {month} {y} {h:02d}:{mi:02d}:{s:02d} {rng.choice(('+0100', '-0300', '+0530', '+0000'))}"
    if style == "log":
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{rng.randint(0, 999):03d}"
    return str(rng.randint(1_704_067_200_000, 1_767_225_599_000))


def random_token(rng: random.Random, n: int = 8) -> str:
    """An opaque harmless id fragment (request ids, cache keys) for filler text."""
    return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(n))
