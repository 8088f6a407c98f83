"""E-mail addresses in the shapes mail clients, forms, logs and people produce."""

from __future__ import annotations

import random
from urllib.parse import quote

from bench.redaction.corpus.model import Label

from .core import ascii_fold, lab

ENTITY = "EMAIL_ADDRESS"
FREE = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me", "aol.com", "me.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmx.at", "bluewin.ch", "freenet.de", "mailbox.org"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "hotmail.fr", "skynet.be"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "yahoo.com.mx", "hotmail.com.ar"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "sapo.pt", "gmail.com", "hotmail.com.br"],
    "it": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "tim.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl", "telenet.be"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gazeta.pl"],
    "sv": ["telia.com", "bredband.net", "spray.se"],
    "tr": ["yandex.com.tr", "hotmail.com", "mynet.com"],
    "cs": ["seznam.cz", "centrum.cz", "email.cz"],
}
TLDS = {
    "en": ["com", "co.uk", "io", "com.au", "ca", "dev", "ai", "co.nz", "in"],
    "de": ["de", "at", "ch", "com"],
    "fr": ["fr", "be", "eu", "com"],
    "es": ["es", "com.mx", "com.ar", "com.co", "cl"],
    "pt": ["com.br", "pt"],
    "it": ["it", "com"],
    "nl": ["nl", "be", "eu"],
    "pl": ["pl", "com.pl", "eu"],
    "sv": ["se"],
    "tr": ["com.tr"],
    "cs": ["cz", "sk"],
}
SUBDOMAINS = ["mail.", "eng.", "corp.", "students.", "ext.", "eu.", "support.", "cs.", "research.", "mx1."]
TAGS = ["newsletter", "amazon", "work", "shop", "spam", "2024", "github", "bank", "travel"]
OBFUSCATIONS = {
    "en": [
        ("{l} at {d}", " dot "),
        ("{l} [at] {d}", " [dot] "),
        ("{l}(at){d}", "."),
        ("{l} AT {d}", " DOT "),
        ("{l} {{at}} {d}", " {dot} "),
        ("{l} (at) {d}", " (dot) "),
    ],
    "de": [("{l} (at) {d}", " (punkt) "), ("{l}[at]{d}", "."), ("{l} ät {d}", " punkt ")],
    "fr": [("{l} arobase {d}", " point "), ("{l} [at] {d}", " [point] ")],
    "es": [("{l} arroba {d}", " punto "), ("{l} (arroba) {d}", ".")],
    "pt": [("{l} arroba {d}", " ponto ")],
    "it": [("{l} chiocciola {d}", " punto ")],
    "nl": [("{l} apenstaartje {d}", " punt ")],
    "pl": [("{l} małpa {d}", " kropka ")],
}


def company_domain(rng: random.Random, company: str, lang: str) -> str:
    slug = "".join(ch for ch in ascii_fold(company).lower().split(" ")[0] if ch.isalnum() or ch == "-")
    return f"{slug or 'acme'}.{rng.choice(TLDS.get(lang, TLDS['en']))}"


def local_part(rng: random.Random, first: str, last: str) -> str:
    f, la = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "").replace("'", "")
    shapes = [
        f"{f}.{la}",
        f"{f[0]}.{la}",
        f"{f}{la}",
        f"{f}_{la}",
        f"{f}{rng.randint(1, 99)}",
        f"{la}.{f}",
        f"{f[0]}{la}",
        f"{f}-{la}",
        f"{f}.{la}{rng.randint(60, 99)}",
        f"{la}{f[0]}",
        f"{f}",
    ]
    return rng.choice(shapes)


def email(rng: random.Random, first: str, last: str, lang: str, domain: str = "") -> Label:
    """A person's address; ``domain`` (their employer's) or a free-mail one, with real-world twists."""
    local = local_part(rng, first, last)
    dom = domain or rng.choice(FREE.get(lang, FREE["en"]))
    tags = ["work" if domain else "freemail", lang]
    roll = rng.random()
    if roll < 0.10:
        local += "+" + rng.choice(TAGS)
        tags.append("plus")
    elif roll < 0.17 and domain:
        dom = rng.choice(SUBDOMAINS) + dom
        tags.append("subdomain")
    elif roll < 0.22 and lang in {"de", "fr", "es", "pt", "pl", "cs", "tr", "sv"}:
        local = f"{first}.{last}".lower().replace(" ", "")  # unicode local part (RFC 6531)
        dom = dom if rng.random() < 0.5 else ascii_fold(last).lower() + "-" + dom
        tags.append("idn")
    elif roll < 0.25:
        local, dom = local.upper(), dom.upper()
        tags.append("caps")
    elif roll < 0.27:
        local = rng.choice([f'"{first} {last}"', f"{rng.randint(10000000, 99999999)}"])
        tags.append("quoted" if local.startswith('"') else "numeric")
    return lab(ENTITY, f"{local}@{dom}", *tags)


def obfuscated(rng: random.Random, address: str, lang: str) -> Label:
    """'anna dot kowalska at gmail dot com' and relatives, from a plain address."""
    local, dom = address.rsplit("@", 1)
    tmpl, dot = rng.choice(OBFUSCATIONS.get(lang, OBFUSCATIONS["en"]) + OBFUSCATIONS["en"][:2])
    dom = dom.replace(".", dot)
    return lab(ENTITY, tmpl.format(l=local, d=dom), "obfuscated", lang)


def urlencoded(address: str) -> Label:
    return lab(ENTITY, quote(address, safe=".-_~"), "urlencoded")


def role_address(rng: random.Random, domain: str) -> Label:
    """Shared mailboxes are still addresses: billing@, jobs@, dpo@..."""
    box = rng.choice(["billing", "support", "info", "jobs", "dpo", "contact", "rechnung", "facturacion"])
    return lab(ENTITY, f"{box}@{domain}", "role")
