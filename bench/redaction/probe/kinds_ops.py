"""Operational texts: log lines, stack traces, raw HTTP requests, shell history."""

from __future__ import annotations

import base64
from collections.abc import Callable
from urllib.parse import quote

from . import emails, finance, network, password_forms, phones, token_forms, tokens
from .core import Ctx, Doc, lab
from .lookalikes import MAKERS, timestamp
from .passwords import password_value
from .slots import render

UA = [
    '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"',
    '"okhttp/4.12.0"',
    '"python-requests/2.31.0"',
    '"curl/8.5.0"',
]


def _log_line(ctx: Ctx, d: Doc) -> str:
    rng = ctx.rng
    ip, ts, st = network.ip(rng), timestamp(rng), MAKERS["http_status"](rng)
    path = f"/api/orders/{d.la('order_id', MAKERS['order_id'](rng))}"
    forms: list[Callable[[], str]] = [
        lambda: (
            f'{d.v(ip)} - - [{d.la("timestamp", ts)}] "GET {path} HTTP/1.1" {d.la("http_status", st)} 5123 "-"'
            f" {rng.choice(UA)}"
        ),
        lambda: (
            f'{d.v(network.ipv4(rng, "private"))} - - [{ts}] "POST /login HTTP/2.0" {st} 87 "-" {rng.choice(UA)} '
            f'xff="{", ".join(d.v(a) for a in network.xff_chain(rng))}" rt={d.la("duration", MAKERS["duration"](rng))}'
        ),
        lambda: (
            f"{d.la('timestamp', ts)} INFO  [http-nio-8080-exec-{rng.randint(1, 9)}] c.a.crm.SmsService - Sendin"
            f"g SMS to "
            f"{d.v(phones.foreign_phone(rng, ctx.lang))} (template ORDER_SHIPPED, order {path.rsplit('/', 1)[1]})"
        ),
        lambda: (
            f'level=info ts={ts} msg="profile updated" user_id={d.la("uuid", MAKERS["uuid"](rng))} '
            f'email={d.v(ctx.me.email)} phone="{d.v(ctx.me.phone)}" ip={d.v(ctx.me.ip)}'
        ),
        lambda: (
            f"Mar {rng.randint(10, 28)} 09:{rng.randint(10, 59)}:{rng.randint(10, 59)} web01 sshd"
            f"[{rng.randint(900, 9999)}]: "
            f"Failed password for invalid user {rng.choice(['admin', 'oracle', 'ubuntu'])} from"
            f" {d.v(network.ipv4(rng))} port "
            f"{rng.randint(30000, 65000)} ssh2"
        ),
        lambda: (
            f"{ts} WARN payment: gateway rejected card={d.v(finance.card(rng))} amount"
            f"={d.la('amount', MAKERS['amount'](rng))} code=05"
        ),
        lambda: f"{ts} DEBUG sqlalchemy.engine: connecting to {password_forms.connection_string(rng, d)}",
        lambda: (
            f"postfix/smtp[{rng.randint(1000, 30000)}]: 4F2A81C2B3: to=<{d.v(ctx.me.email)}>, relay=mx"
            f".{ctx.domain}[{d.v(network.ipv4(rng))}]:25, "
            f"delay={d.la('duration', MAKERS['duration'](rng))}, status=sent (250 2.0.0 OK)"
        ),
        lambda: f"{ts} sms.sent to={d.v(phones.phone(rng, 'DE', 'de'))} sid=SM{MAKERS['hash'](rng)[:32]} status=queued",
        lambda: f"{ts} client [{d.v(network.ipv6(rng))}]:{rng.randint(30000, 65000)} connected (tls1.3)",
        lambda: (
            f"{ts} {d.v(network.ipv4(rng))} GET /login - 443 - {d.v(network.ip(rng))} Mozilla/5.0"
            f" {d.la('http_status', '302')} 0 0 31"
        ),
        lambda: f"{ts} ERROR auth: upstream said 401 for header Authorization: Basic {_basic(ctx, d)}",
        lambda: (
            f"{ts} ERROR [{d.la('pod_name', MAKERS['pod_name'](rng))}] {d.la('error_code', MAKERS['error_code'](rng))} "
            f"calling {d.la('model_name', MAKERS['model_name'](rng))} from {d.v(network.ip(rng))} after "
            f"{d.la('duration', MAKERS['duration'](rng))} (see {d.la('file_path', MAKERS['file_path'](rng))})"
        ),
        lambda: (
            f"{ts} WARN kyc: applicant {d.la('uuid', MAKERS['uuid'](rng))} ssn={d.v(finance.ssn(rng))} "
            f"phone={d.v(phones.phone(rng, 'US', ext_p=0))} score=0.{rng.randint(10, 99)}"
        ),
        lambda: (
            f"{ts} INFO webhook delivered to {password_forms.auth_url(rng, d)} in"
            f" {d.la('duration', MAKERS['duration'](rng))}"
        ),
    ]
    return rng.choice(forms)()


def _basic(ctx: Ctx, d: Doc) -> str:
    value, _shape = password_value(ctx.rng, safe=True)
    token = base64.b64encode(f"{ctx.me.username}:{value}".encode()).decode()
    return d.v(lab("BEARER_TOKEN", token, "basic-auth"))


def log_line(ctx: Ctx) -> Doc:
    d = Doc("log_line", "en")
    d.text = "\n".join(_log_line(ctx, d) for _ in range(ctx.rng.randint(1, 4)))
    return d


def stack_trace(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("stack_trace", "en")
    forms: list[Callable[[], str]] = [
        lambda: (
            'Traceback (most recent call last):\n  File "/app/src/billing.py", line 88, in charge\n'
            f'    resp = gateway.charge(card_number="{d.v(ctx.me.card)}", amount=1299)\n'
            '  File "/usr/local/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status\n'
            f"requests.exceptions.HTTPError: 402 Client Error: Payment Required for url: https://api.pay.example"
            f"/v1/charges?email="
            f"{d.v(emails.urlencoded(ctx.me.email.value))}"
        ),
        lambda: (
            f'psycopg.OperationalError: connection failed: connection to server at "db.internal" '
            f"({d.v(network.ipv4(rng, 'private'))}), "
            f'port {d.la("port", "5432")} failed: FATAL:  password authentication failed for user "app"\n'
            f"  dsn='{password_forms.connection_string(rng, d)}'"
        ),
        lambda: (
            f"java.sql.SQLException: Access denied for user 'root'@'{d.v(network.ipv4(rng))}' (using password: YES)\n"
            "\tat com.acme.crm.ContactService.update(ContactService.java:142)\n"
            f"Caused by: java.lang.IllegalArgumentException: Invalid phone number: "
            f'"{d.v(phones.foreign_phone(rng, ctx.lang))}"\n'
            "\tat com.acme.crm.PhoneNormalizer.parse(PhoneNormalizer.java:57)"
        ),
        lambda: (
            f"AxiosError: Request failed with status code {d.la('http_status', '401')}\n    at settle (/app/node"
            f"_modules/axios/lib/core/settle.js:19:12)\n"
            f"  config: {{\n    url: 'https://api.{ctx.domain}/v1/users',\n    headers: {{ Authorization: 'Beare"
            f"r {d.v(tokens.jwt(rng).label('axios-dump'))}' }},\n"
            f"    auth: {{ username: '{ctx.me.username}', password: "
            f"'{d.v(lab('PASSWORD_ASSIGNMENT', password_value(rng, safe=True)[0], 'js-object'))}' }}\n  }}"
        ),
        lambda: (
            f"ValueError: invalid IBAN checksum for '{d.v(finance.iban(rng, lang=ctx.lang))}' (customer"
            f" {d.la('uuid', MAKERS['uuid'](rng))})"
        ),
    ]
    d.text = rng.choice(forms)()
    return d


def http_request(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("http_request", "en")
    chain = network.xff_chain(rng)
    pw, shape = password_value(rng)
    encoded = quote(pw, safe="")
    user = d.v(emails.urlencoded(ctx.me.email.value))
    body = f"username={user}&password={d.v(lab('PASSWORD_ASSIGNMENT', encoded, 'form-urlencoded', shape))}"
    auth = f"Authorization: Bearer {d.v(tokens.header_secret(rng).label('header'))}\n" if rng.random() < 0.6 else ""
    d.text = (
        f"POST /api/v1/login HTTP/1.1\nHost: app.{ctx.domain}\n{auth}X-Forwarded-For:"
        f" {', '.join(d.v(a) for a in chain)}\n"
        f"X-Real-IP: {chain[0].value}\nX-Request-ID: {d.la('request_id', MAKERS['request_id'](rng))}\n"
        f"Content-Type: application/x-www-form-urlencoded\nContent-Length: {len(body)}\n\n{body}"
    )
    return d


def shell_history(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("shell_history", "en")
    harmless: list[Callable[[], str]] = [
        lambda: f"git checkout {d.la('git_sha', MAKERS['git_sha'](rng))}",
        lambda: f"kubectl logs -f {d.la('pod_name', MAKERS['pod_name'](rng))} -n prod",
        lambda: f"docker pull postgres:{d.la('version', MAKERS['version'](rng))}",
        lambda: f"tail -n 200 {d.la('file_path', '/var/log/nginx/access.log')}",
        lambda: render(ctx, d, "git checkout -b {branch}"),
        lambda: render(ctx, d, "docker pull {image}"),
        lambda: render(ctx, d, "kubectl rollout status {k8s} -n prod"),
        lambda: render(ctx, d, "less {path}"),
        lambda: render(ctx, d, "zgrep -c ERROR {logfile}"),
        lambda: render(ctx, d, "aws s3 cp {bucket} ."),
        lambda: render(ctx, d, "curl -sI '{url}'"),
        lambda: render(ctx, d, "ssh deploy@{host}"),
        lambda: render(ctx, d, "python -m {pymodule} --help"),
        lambda: f"ssh {ctx.me.username}@{d.v(network.ip(rng))}",
        lambda: "ls -la",
        lambda: "cd ~/projects/shop",
    ]
    secret: list[Callable[[], str]] = [
        lambda: password_forms.command_line(rng, d),
        lambda: password_forms.command_line(rng, d),
        lambda: f"aws configure set aws_secret_access_key {d.v(tokens.aws_secret_key(rng).label('aws-configure-set'))}",
        lambda: f"export AWS_SECRET_ACCESS_KEY={d.v(tokens.aws_secret_key(rng).label('env'))}",
        lambda: token_forms.token_line(rng, d),
        lambda: f"git clone {password_forms.auth_url(rng, d)}",
    ]
    cmds = [rng.choice(harmless)() for _ in range(rng.randint(2, 5))] + [
        rng.choice(secret)() for _ in range(rng.randint(1, 3))
    ]
    rng.shuffle(cmds)
    start = rng.randint(100, 1900)
    d.text = "\n".join(f"{start + i:5d}  {c}" for i, c in enumerate(cmds))
    return d
