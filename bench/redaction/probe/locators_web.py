"""Web locators: URLs with path segments and query strings (docs, shops, maps, trackers with utm tags) and
host names (service FQDNs, cluster-local names, mail and DNS hosts). No URL carries a person's name or account."""

from __future__ import annotations

import random

from .core import fill, rand
from .locators import APPS

REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-southeast-2", "sa-east-1", "europe-west4"]
SITES = ["fra1", "ams3", "mad2", "waw1", "gru1", "iad", "syd1", "nrt2"]
SLUGS = ["how-to-reset-your-router", "black-friday-deals", "getting-started", "return-policy", "release-notes"]
SLUGS += ["size-guide", "gift-cards-never-expire", "store-locator", "frequently-asked-questions", "track-order"]


def hostname(rng: random.Random) -> str:
    app, region, site, n = rng.choice(APPS), rng.choice(REGIONS), rng.choice(SITES), rng.randint(1, 12)
    return rng.choice(
        [
            f"{app}.prod.{region}.internal",
            f"web-{n:02d}.{site}.example.net",
            f"db-replica-{n:02d}.{site}.example.com",
            f"{app}.{rng.choice(['default', 'payments', 'data'])}.svc.cluster.local",
            f"kafka-{n % 3}.kafka-headless.data.svc.cluster.local",
            f"{app}-{rand(rng, 'a', 4)}.{region}.elb.amazonaws.com",
            f"{app}.azurewebsites.net",
            f"{app}-{fill(rng, 'xxxxxx')}.a.run.app",
            "grafana.ops.example.org",
            "jenkins.build.internal",
            f"DC{n:02d}.corp.contoso.com",
            f"printer-{n}f-east.corp.local",
            "smtp.office365.com",
            "eu.api.mailgun.net",
            f"ns{n % 4 + 1}.cloudflare.com",
            f"vpn.{site}.example.net",
        ]
    )


def site_url(rng: random.Random) -> str:
    """Shop, help-centre, marketing and map links, often with tracking parameters."""
    slug, n = rng.choice(SLUGS), rng.randint(2, 40)
    utm = f"utm_source={rng.choice(['newsletter', 'google', 'instagram'])}&utm_medium={rng.choice(['email', 'cpc'])}"
    utm += f"&utm_campaign={rng.choice(['bf2024', 'spring_sale', 'onboarding_d3', 'winback'])}"
    sight = rng.choice(["Eiffel+Tower", "Roma+Termini", "Zürich+HB", "Plaza+Mayor+Madrid"])
    wiki = rng.choice(["Hamilton,_Ontario", "Victoria_Falls", "Darwin,_Northern_Territory", "San_José,_Costa_Rica"])
    market = rng.choice(["se/sv", "es/es", "de/de"])
    return rng.choice(
        [
            f"https://www.amazon.de/dp/B0{rand(rng, 'u', 8)}?ref=ppx_yo2ov_dt_b_fed_asin_title",
            f"https://www.ikea.com/{market}/p/billy-bookcase-white-{fill(rng, '########')}/",
            f"https://shop.example.com/collections/sale?page={n % 9 + 1}&sort_by=price-ascending",
            f"https://www.example.com/{slug}?{utm}",
            f"https://example.com/{rng.choice(['en-gb', 'de-de', 'es-es', 'pt-br'])}/{slug}/",
            f"https://help.example.com/hc/en-us/articles/{fill(rng, '##############')}-{slug}",
            f"https://www.google.com/maps/search/?api=1&query={sight}",
            f"https://www.youtube.com/watch?v={rand(rng, 'w', 11)}&t={n}s",
            f"https://en.wikipedia.org/wiki/{wiki}",
            f"https://www.bahn.de/buchung/fahrplan/suche#sts=true&so={rng.choice(['München', 'Köln'])}+Hbf",
            f"https://news.example.com/unsubscribe?list={rand(rng, 'x', 10)}&{utm}",
        ]
    )


def docs_url(rng: random.Random) -> str:
    """Documentation, code hosting and Q&A links."""
    n = rng.randint(2, 4000)
    return rng.choice(
        [
            f"https://docs.python.org/3/library/{rng.choice(['asyncio-task', 'pathlib', 'json', 'logging'])}.html",
            f"https://learn.microsoft.com/en-us/azure/{rng.choice(['aks', 'storage', 'app-service'])}/quickstart",
            f"https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/{rng.choice([301, 404, 429, 503])}",
            f"https://github.com/{rng.choice(['pallets/flask', 'django/django', 'pandas-dev/pandas'])}/issues/{n}",
            f"https://github.com/kubernetes/kubernetes/blob/master/pkg/kubelet/kubelet.go#L{n}",
            f"https://gitlab.com/acme/platform/{rng.choice(APPS)}/-/merge_requests/{n}",
            f"https://stackoverflow.com/questions/{rng.randint(1_000_000, 78_000_000)}/{rng.choice(SLUGS)}",
            f"https://pypi.org/project/{rng.choice(['requests', 'pydantic', 'celery'])}/#history",
        ]
    )


def ops_url(rng: random.Random) -> str:
    """Dashboards, consoles, status pages and internal APIs."""
    api = f"{rng.choice(APPS)}.example.com/api/v{rng.randint(1, 3)}"
    return rng.choice(
        [
            f"https://status.example.com/incidents/{rand(rng, 'a', 12)}",
            f"https://{api}/orders?status=shipped&limit=50&cursor={rand(rng, 'c', 16)}",
            f"https://grafana.ops.example.org/d/{rand(rng, 'c', 9)}/{rng.choice(APPS)}?orgId=1&from=now-24h&to=now",
            f"https://console.aws.amazon.com/cloudwatch/home?region={rng.choice(REGIONS)}#logsV2:log-groups",
            f"https://{hostname(rng)}/healthz",
            f"https://kibana.ops.example.org/app/discover#/?_g=(time:(from:now-15m))&_a=(query:'{rng.choice(APPS)}')",
        ]
    )


def url(rng: random.Random) -> str:
    return rng.choice([site_url, docs_url, ops_url])(rng)
