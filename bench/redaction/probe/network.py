"""IP addresses of users and their machines: v4 public/private/documentation/CGNAT, v6 full/compressed/mapped."""

from __future__ import annotations

import ipaddress
import random

from bench.redaction.corpus.model import Label

from .core import lab

ENTITY = "IP_ADDRESS"


def ipv4(rng: random.Random, scope: str = "") -> Label:
    scope = scope or rng.choice(["public"] * 5 + ["private", "private", "documentation", "cgnat", "loopback-ish"])
    if scope == "private":
        addr = rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"192.168.{rng.choice([0, 1, 1, 2, 10, 178])}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    elif scope == "documentation":
        net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        addr = f"{net}.{rng.randint(1, 254)}"
    elif scope == "cgnat":
        addr = f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    elif scope == "loopback-ish":
        addr, scope = f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}", "link-local"
    else:
        while True:
            first = rng.randint(1, 223)
            if first not in {10, 100, 127, 169, 172, 192}:
                break
        addr = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return lab(ENTITY, addr, "v4", scope)


def ipv6(rng: random.Random, form: str = "") -> Label:
    kind = rng.choice(["global", "global", "documentation", "ula", "link-local", "mapped"])
    if kind == "mapped":
        v4 = ipv4(rng, "public").value
        return lab(ENTITY, rng.choice([f"::ffff:{v4}", f"::FFFF:{v4}"]), "v6", "mapped")
    prefix = {
        "global": rng.choice([0x2001, 0x2003, 0x2A02, 0x2600, 0x2406, 0x2804]),
        "documentation": 0x2001,
        "ula": 0xFD00 + rng.randint(0, 255),
        "link-local": 0xFE80,
    }[kind]
    groups = [prefix] + [rng.randint(0, 0xFFFF) for _ in range(7)]
    if kind == "documentation":
        groups[1] = 0x0DB8
    if kind == "link-local":
        groups[1:4] = [0, 0, 0]
    elif rng.random() < 0.6:  # a run of zero groups, as SLAAC and hand-assigned addresses have
        start = rng.randint(2, 5)
        for i in range(start, min(8, start + rng.randint(1, 3))):
            groups[i] = 0
    addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
    form = form or rng.choice(["compressed", "compressed", "compressed", "full", "upper"])
    text = addr.exploded if form == "full" else addr.compressed
    if form == "upper":
        text = text.upper()
    return lab(ENTITY, text, "v6", kind, form)


def ip(rng: random.Random) -> Label:
    return ipv6(rng) if rng.random() < 0.3 else ipv4(rng)


def with_port(rng: random.Random, label: Label, port: int) -> str:
    """How the address is written with a port: '203.0.113.7:8443', '[2001:db8::1]:443'."""
    return f"[{label.value}]:{port}" if "v6" in label.variant.split(",") else f"{label.value}:{port}"


def xff_chain(rng: random.Random) -> list[Label]:
    """An X-Forwarded-For chain: client first, then proxies (all of them addresses someone can be traced by)."""
    return [ip(rng)] + [ipv4(rng, rng.choice(["public", "private"])) for _ in range(rng.randint(1, 3))]
