"""Delivery texts dense with locators: CI workflows, deploy logs, crontabs and Dockerfiles (images, branches,
paths, buckets, ARNs, hosts, cron lines), with the odd secret or e-mail among them."""

from __future__ import annotations

from collections.abc import Callable

from . import emails, tokens
from .core import Ctx, Doc
from .lookalikes import timestamp
from .slots import render


def ci_yaml(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("config_yaml", "en")
    text = render(
        ctx,
        d,
        "name: deploy\non:\n  push:\n    branches: [main, '{branch}']\n  schedule:\n    - cron: '0 3 * * 1'\n"
        "jobs:\n  build:\n    runs-on: ubuntu-22.04\n    container: {image}\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n"
        "        with:\n          role-to-assume: {arn}\n          aws-region: eu-west-1\n"
        "      - run: pytest --junitxml=reports/junit.xml || tail -n 50 {path}\n"
        "      - run: aws s3 sync dist/ {bucket}\n"
        "      - run: kubectl rollout restart {k8s} && curl -fsS {ops}\n",
    )
    if rng.random() < 0.3:
        text += f"    env:\n      SLACK_WEBHOOK_TOKEN: {d.v(tokens.vendor_token(rng).label('gha-yaml'))}\n"
    d.text = text
    return d


def deploy_log(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("log_line", "en")
    lines: list[Callable[[], str]] = [
        lambda: render(ctx, d, "INFO  Pulling image {image}"),
        lambda: render(ctx, d, "INFO  Deploying {ref} ({git_sha}) to {k8s} in 4 pods"),
        lambda: render(ctx, d, "INFO  Uploaded 1,284 objects to {bucket}"),
        lambda: render(ctx, d, "DEBUG Assumed role {arn}"),
        lambda: render(ctx, d, "INFO  GET {url} -> {status}"),
        lambda: render(ctx, d, "INFO  Wrote report to {path}"),
        lambda: render(ctx, d, "INFO  logrotate: rotated {logfile}"),
        lambda: render(ctx, d, "WARN  connecting to {host}:5432 took {duration}"),
        lambda: render(ctx, d, "ERROR {pymodule}: ImportError in {path}"),
        lambda: render(ctx, d, "INFO  notify release manager {email}"),
        lambda: render(ctx, d, "INFO  scheduled `{cron}`"),
    ]
    d.text = "\n".join(f"{timestamp(rng)} {rng.choice(lines)()}" for _ in range(rng.randint(3, 7)))
    return d


def crontab(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("crontab", "en")
    mail = d.v(emails.role_address(rng, ctx.domain))
    rows = [render(ctx, d, "{cron}") for _ in range(rng.randint(2, 5))]
    d.text = f"$ crontab -l\nMAILTO={mail}\n# m h  dom mon dow   command\n" + "\n".join(rows)
    return d


def dockerfile(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("code", "en")
    text = render(
        ctx,
        d,
        "FROM {image} AS build\nWORKDIR /app\nCOPY pyproject.toml poetry.lock ./\nRUN pip install poetry\n"
        "FROM {image}\nLABEL org.opencontainers.image.source={docs}\nCOPY --from=build /app /app\n"
        'HEALTHCHECK CMD curl -f http://localhost:8080/healthz || exit 1\nCMD ["gunicorn", "app.wsgi:application"]\n',
    )
    if rng.random() < 0.25:
        text += f"ENV STRIPE_API_KEY={d.v(tokens.VENDORS[6](rng).label('dockerfile'))}\n"
    d.text = text
    return d
