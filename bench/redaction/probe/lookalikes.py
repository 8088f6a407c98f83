"""Harmless values that must survive redaction verbatim: they look like numbers, keys or addresses but are not."""

from __future__ import annotations

import random
from collections.abc import Callable

from .core import fill, rand
from .locators import unix_path

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)


def _hms(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def rfc2822(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{DAYS[rng.randint(0, 6)]}, {d:02d} {MONTHS[m - 1]} {y} {_hms(rng)} +0{rng.randint(0, 2)}00"


def timestamp(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice(
        [
            f"{y}-{m:02d}-{d:02d}T{_hms(rng)}.{rng.randint(0, 999):03d}Z",
            f"{y}-{m:02d}-{d:02d}T{_hms(rng)}+0{rng.randint(0, 2)}:00",
            f"{DAYS[rng.randint(0, 6)]}, {d:02d} {MONTHS[m - 1]} {y} {_hms(rng)} +0{rng.randint(0, 2)}00",
            f"{rng.randint(1_600_000_000_000, 1_760_000_000_000)}",
            f"{y}-{m:02d}-{d:02d} {_hms(rng)},{rng.randint(0, 999):03d}",
            f"{d:02d}/{MONTHS[m - 1]}/{y}:{_hms(rng)} +0000",
            f"{y}/{m:02d}/{d:02d} {_hms(rng)}",
        ]
    )


def _isbn13(rng: random.Random) -> str:
    body = "978" + fill(rng, "#########")
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{check}"


def _ean13(rng: random.Random) -> str:
    body = rng.choice(["400", "590", "800", "841", "871", "300", "560"]) + fill(rng, "#########")
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def _date(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return rng.choice(
        [f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}"]
    )


def _amount(rng: random.Random) -> str:
    whole, cents = rng.randint(1, 9999), rng.randint(0, 99)
    thousands = f"{whole:,}"
    return rng.choice(
        [
            f"€{thousands.replace(',', '.')},{cents:02d}",
            f"${thousands}.{cents:02d}",
            f"{thousands.replace(',', ' ')},{cents:02d} zł",
            f"R$ {thousands.replace(',', '.')},{cents:02d}",
            f"£{thousands}.{cents:02d}",
            f"{whole}.{cents:02d} EUR",
            f"CHF {whole}.{cents:02d}",
            f"{thousands.replace(',', '.')},{cents:02d} €",
        ]
    )


MAKERS: dict[str, Callable[[random.Random], str]] = {
    "timestamp": timestamp,
    "order_id": lambda r: r.choice(
        [
            fill(r, "ORD-202#-00####"),
            fill(r, "#1000#####"),
            fill(r, "###-#######-#######"),
            fill(r, "BE-202#-####-###"),
            fill(r, "PED-#######"),
        ]
    ),
    "ticket_id": lambda r: r.choice(
        [
            "INC00" + fill(r, "#####"),
            "JIRA-" + fill(r, "####"),
            fill(r, "SUP-#####"),
            fill(r, "CS-202#-######"),
            fill(r, "#######"),
        ]
    ),
    "invoice_id": lambda r: r.choice(
        [
            "INV-202" + fill(r, "#-00###"),
            fill(r, "RE-202#-####"),
            "FA-2" + fill(r, "#-00####"),
            fill(r, "FV/###/202#"),
            "NF-e " + fill(r, "###.###.###"),
        ]
    ),
    "tracking_number": lambda r: r.choice(
        [
            "1Z" + rand(r, "u", 6) + fill(r, "##########"),
            fill(r, "JD0146000######"),
            fill(r, "############"),
            "RR" + fill(r, "#########") + "DE",
            fill(r, "00340434########"),
        ]
    ),
    "sku": lambda r: r.choice([fill(r, "SKU-#####-AAA-A"), fill(r, "AA-####-##"), fill(r, "######-###")]),
    "version": lambda r: r.choice(
        [
            f"v{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 20)}",
            f"{r.randint(1, 3)}.{r.randint(0, 30)}.{r.randint(0, 15)}",
            f"10.0.{r.randint(19041, 26100)}.{r.randint(1000, 5000)}",
            f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 9999)}",
        ]
    ),
    "git_sha": lambda r: rand(r, "x", r.choice([7, 8, 12, 40])),
    "uuid": lambda r: fill(r, "xxxxxxxx-xxxx-4xxx-") + r.choice("89ab") + fill(r, "xxx-xxxxxxxxxxxx"),
    "request_id": lambda r: r.choice(
        [
            "req_" + rand(r, "c", 24),
            fill(r, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
            "chatcmpl-" + rand(r, "c", 29),
            "msg_01" + rand(r, "c", 22),
            fill(r, "Root=1-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"),
        ]
    ),
    "pod_name": lambda r: (
        r.choice(["api", "worker", "checkout", "web", "ingest"]) + "-" + rand(r, "x", 9) + "-" + rand(r, "a", 5)
    ),
    "hash": lambda r: rand(r, "x", r.choice([32, 64])),
    "amount": _amount,
    "isbn": _isbn13,
    "ean": _ean13,
    "port": lambda r: str(r.choice([443, 8080, 8443, 5432, 3306, 6379, 9200, 27017, 5672, 9092, 11434])),
    "http_status": lambda r: str(r.choice([200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504])),
    "duration": lambda r: r.choice(
        [
            f"{r.randint(3, 9999)}ms",
            f"{r.randint(1, 59)}.{r.randint(0, 9)}s",
            f"00:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        ]
    ),
    "file_path": unix_path,
    "model_name": lambda r: r.choice(
        [
            "gpt-4o-2024-08-06",
            "claude-3-5-sonnet-20241022",
            "llama-3.1-8b-instruct",
            "mistral-large-2407",
            "gemini-1.5-pro-002",
            "text-embedding-3-small",
            "Qwen2.5-72B-Instruct",
            "gpt-4o-mini",
        ]
    ),
    "error_code": lambda r: r.choice(
        [
            "ERR_CONNECTION_REFUSED",
            "ORA-12541",
            "E11000",
            "0x80070005",
            "ECONNRESET",
            "SQLSTATE 23505",
            "HTTP 429",
            "NS_ERROR_NET_TIMEOUT",
            "errno 111",
            "WinError 10061",
        ]
    ),
    "date": _date,
}


def lookalike(rng: random.Random, kind: str = "") -> tuple[str, str]:
    kind = kind or rng.choice(list(MAKERS))
    return kind, MAKERS[kind](rng)
