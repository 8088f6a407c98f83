"""Harmless values that look like PII or secrets and must survive redaction (hard negatives).

Ids, timestamps and versions carry digit runs and hex that naive detectors take for phones, cards or
keys; model names, paths and documentation URLs carry dates and tokens. Destroying them costs
evaluation value and protects no one.
"""

from __future__ import annotations

import random
import string
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

_HEX = "0123456789abcdef"

MODEL_NAMES = (
    "gpt-4o-mini-2024-07-18",
    "gpt-4o-2024-08-06",
    "gpt-4.1-nano",
    "o3-mini",
    "claude-3-5-sonnet-20241022",
    "claude-3-haiku-20240307",
    "claude-sonnet-4-20250514",
    "llama-3.1-8b-instruct",
    "mistral-large-2407",
    "gemini-1.5-pro-002",
    "text-embedding-3-small",
    "Qwen2.5-72B-Instruct",
)
# Fictional names plus real products people mention in support chats; several carry words that are also
# given names or surnames (Jordan, Dell, Tesla, Ford, Hue), as real catalogues do.
PRODUCT_NAMES = (
    "Acme CloudSync Pro",
    "Northwind Ledger",
    "Zephyr X2 headphones",
    "Contoso Helpdesk Plus",
    "Orbit Smart Thermostat",
    "Lumen 4K Monitor",
    "Stratus Backup Vault",
    "Pixel Buds Pro",
    "Kindle Paperwhite",
    "Jordan Retro 4",
    "Dell XPS 13",
    "ThinkPad X1 Carbon",
    "Galaxy S24 Ultra",
    "iPhone 15 Pro Max",
    "Surface Laptop 5",
    "Roomba j7+",
    "Nest Learning Thermostat",
    "Dyson V15 Detect",
    "Instant Pot Duo",
    "Philips Hue Bridge",
    "Sonos Era 100",
    "Garmin Forerunner 265",
    "Logitech MX Master 3S",
    "Nintendo Switch OLED",
    "Meta Quest 3",
    "Tesla Model Y",
    "Ford Mustang Mach-E",
    "Adobe Acrobat Pro",
    "Microsoft 365 Business Standard",
    "Notion Plus",
)
DOC_URLS = (
    "https://docs.python.org/3/library/json.html",
    "https://platform.openai.com/docs/guides/function-calling",
    "https://docs.anthropic.com/en/docs/build-with-claude/tool-use",
    "https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-spans/",
    "https://kafka.apache.org/documentation/#consumerconfigs",
    "https://www.postgresql.org/docs/16/sql-createindex.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization",
    "https://learn.microsoft.com/en-us/azure/ai-services/openai/reference",
    "https://github.com/microsoft/presidio/blob/main/docs/analyzer/index.md",
)
CODE_SNIPPETS = (
    "def parse_order(order_id: str) -> dict:",
    "for item in cart.items: total += item.price * item.qty",
    "SELECT id, status FROM orders WHERE created_at > now() - interval '7 days';",
    "const res = await fetch(`/api/v2/orders/${orderId}`);",
    "if resp.status_code == 429: time.sleep(2 ** attempt)",
    "kubectl rollout restart deployment/checkout-api -n prod",
    "git cherry-pick 4f9c2ab && git push origin release/2.14",
    "return jsonify({'ok': True, 'count': len(rows)})",
    "docker run -p 8080:8080 ghcr.io/acme/checkout:1.8.2",
)
FILE_PATHS = (
    "/var/log/checkout/worker-3.log",
    "src/handlers/refund_handler.py",
    "/etc/nginx/conf.d/api.conf",
    "services/billing/tests/test_invoice.py",
    "~/.config/acme/settings.yaml",
    "/opt/app/releases/2024-11-02/bin/start.sh",
    "C:\\Program Files\\Acme\\Sync\\sync.exe",
)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _trace_id(rng: random.Random) -> str:
    return "".join(rng.choice(_HEX) for _ in range(32))


def _span_id(rng: random.Random) -> str:
    return "".join(rng.choice(_HEX) for _ in range(16))


def _moment(rng: random.Random) -> datetime:
    return datetime(2024, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randint(0, 60_000_000))


def _timestamp(rng: random.Random) -> str:
    moment = _moment(rng)
    style = rng.random()
    if style < 0.5:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"
    if style < 0.8:
        return moment.isoformat()
    return str(int(moment.timestamp() * 1000))  # epoch milliseconds: 13 digits, phone-length


def _iso_date(rng: random.Random) -> str:
    return _moment(rng).date().isoformat()


def _semver(rng: random.Random) -> str:
    core = f"{rng.randint(0, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}"
    return rng.choice(["", "v"]) + core + rng.choice(["", "", "", "-rc.1", "-beta.2", "+build.5178"])


def _order_number(rng: random.Random) -> str:
    year = rng.randint(2022, 2025)
    return rng.choice(
        [
            f"ORD-{year}-{rng.randint(100000, 999999)}",
            f"#{rng.randint(10000000, 99999999)}",
            f"INV-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            f"PO{rng.randint(4500000000, 4599999999)}",
            f"1Z{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))}",
        ]
    )


def _sku(rng: random.Random) -> str:
    return rng.choice(
        [
            f"SKU-{rng.choice(['BLK', 'WHT', 'RED'])}-{rng.choice(['S', 'M', 'XL'])}-{rng.randint(1, 9999):04d}",
            f"WH-{rng.randint(1000, 1999)}XM{rng.randint(2, 6)}",
            f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(10, 99)}",
            f"B0{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))}",
        ]
    )


def _tool_call_id(rng: random.Random) -> str:
    return "call_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(24))


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "uuid": _uuid,
    "trace_id": _trace_id,
    "span_id": _span_id,
    "tool_call_id": _tool_call_id,
    "timestamp": _timestamp,
    "iso_date": _iso_date,
    "semver": _semver,
    "order_number": _order_number,
    "sku": _sku,
    "model_name": lambda rng: rng.choice(MODEL_NAMES),
    "code": lambda rng: rng.choice(CODE_SNIPPETS),
    "file_path": lambda rng: rng.choice(FILE_PATHS),
    "doc_url": lambda rng: rng.choice(DOC_URLS),
    "product_name": lambda rng: rng.choice(PRODUCT_NAMES),
}
