"""Configuration and code: .env pastes, YAML, SQL, code snippets, GCP service-account JSON."""

from __future__ import annotations

import json
from collections.abc import Callable

from . import emails, finance, password_forms, phones, token_forms, tokens
from .core import Ctx, Doc, fill, lab
from .lookalikes import MAKERS
from .passwords import password_value


def env_paste(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("env_paste", "en")
    lines = [
        "NODE_ENV=production",
        f"PORT={d.la('port', MAKERS['port'](rng))}",
        f"APP_VERSION={d.la('version', MAKERS['version'](rng))}",
        f"SENTRY_RELEASE={d.la('git_sha', MAKERS['git_sha'](rng))}",
        "LOG_LEVEL=debug",
        f"AWS_REGION={rng.choice(token_forms.REGIONS)}",
    ]
    secrets: list[Callable[[], str]] = [
        lambda: (
            f"AWS_ACCESS_KEY_ID={d.v(tokens.aws_access_key(rng).label('dotenv'))}\n"
            f"AWS_SECRET_ACCESS_KEY={d.v(tokens.aws_secret_key(rng).label('dotenv'))}"
        ),
        lambda: f"AWS_SECRET_ACCESS_KEY={d.v(tokens.aws_secret_key(rng).label('dotenv'))}",
        lambda: f'JWT_PRIVATE_KEY="{d.v(tokens.private_key(rng).label("dotenv-multiline"))}"',
        lambda: f"DATABASE_URL={password_forms.connection_string(rng, d)}",
        lambda: token_forms.token_line(rng, d),
        lambda: token_forms.token_line(rng, d),
        lambda: password_forms.config_line(rng, d),
        lambda: (
            f"SMTP_USER={d.v(ctx.me.email)}\n"
            f"SMTP_PASS={d.v(lab('PASSWORD_ASSIGNMENT', password_value(rng, safe=True)[0], 'dotenv'))}"
        ),
        lambda: f"TWILIO_FROM={d.v(phones.phone(rng, 'US', ext_p=0))}\nALERT_SMS_TO={d.v(ctx.me.phone)}",
    ]
    lines += [rng.choice(secrets)() for _ in range(rng.randint(2, 4))]
    rng.shuffle(lines)
    d.text = "\n".join(lines)
    return d


def config_yaml(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("config_yaml", "en")
    pw = lambda tag: d.v(lab("PASSWORD_ASSIGNMENT", password_value(rng, safe=True)[0], tag))  # noqa: E731
    forms: list[Callable[[], str]] = [
        lambda: (
            f"services:\n  db:\n    image: postgres:{d.la('version', MAKERS['version'](rng))}\n    environment:\n"
            f'      POSTGRES_USER: app\n      POSTGRES_PASSWORD: "{pw("compose")}"\n    ports:\n      - '
            f'"{d.la("port", "5432")}:5432"'
        ),
        lambda: (
            f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp\ntype: Opaque\nstringData:\n  username:"
            f" {d.v(ctx.me.email)}\n"
            f"  password: {pw('k8s-secret')}\n  api-token: {d.v(tokens.vendor_token(rng).label('k8s-secret'))}"
        ),
        lambda: (
            f"spring:\n  datasource:\n    url: jdbc:postgresql://db.internal:5432/shop\n    username: app\n    p"
            f"assword: {pw('spring-yaml')}\n"
            f"  mail:\n    host: smtp.{ctx.domain}\n    username: {d.v(emails.role_address(rng, ctx.domain))}\n "
            f"   password: '{pw('spring-yaml')}'"
        ),
        lambda: (
            f'notifications:\n  sms:\n    from: "{d.v(phones.phone(rng, "GB", ext_p=0))}"\n    oncall:\n'
            f'      - "{d.v(ctx.me.phone)}"\n      - "{d.v(phones.foreign_phone(rng, "en"))}"\n  email:'
            f" {d.v(ctx.me.email)}"
        ),
        lambda: (
            f"jobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    env:\n      AWS_ACCESS_KEY_ID:"
            f" {d.v(tokens.aws_access_key(rng).label('gha-yaml'))}\n"
            f"      AWS_SECRET_ACCESS_KEY: {d.v(tokens.aws_secret_key(rng).label('gha-yaml'))}\n"
            f"      DATABASE_URL: {password_forms.connection_string(rng, d)}\n    steps:\n      - run: make deploy"
        ),
    ]
    d.text = rng.choice(forms)()
    return d


def sql(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("sql", "en")
    pw, _ = password_value(rng, safe=True)
    forms: list[Callable[[], str]] = [
        lambda: (
            f"INSERT INTO customers (name, email, phone, iban, created_at) VALUES ("
            f"'{ctx.name.replace(chr(39), chr(39) * 2)}', "
            f"'{d.v(ctx.me.email)}', '{d.v(ctx.me.phone)}', '{d.v(ctx.me.iban)}', "
            f"'{d.la('timestamp', MAKERS['timestamp'](rng))}');"
        ),
        lambda: (
            f"UPDATE users SET phone = '{d.v(phones.local_phone(rng, ctx.lang))}', updated_at = now() WHERE id ="
            f" {rng.randint(1000, 99999)};"
        ),
        lambda: f"CREATE USER 'app'@'%' IDENTIFIED BY '{d.v(lab('PASSWORD_ASSIGNMENT', pw, 'sql'))}';",
        lambda: f"ALTER ROLE reporting WITH LOGIN PASSWORD '{d.v(lab('PASSWORD_ASSIGNMENT', pw, 'sql'))}';",
        lambda: (
            f"SELECT id, status FROM orders WHERE customer_email = '{d.v(ctx.me.email)}' AND order_no = "
            f"'{d.la('order_id', MAKERS['order_id'](rng))}';"
        ),
        lambda: (
            f"INSERT INTO payments (order_id, card_number, amount) VALUES ({rng.randint(1000, 99999)}, "
            f"'{d.v(finance.card(rng))}', {rng.randint(5, 900)}.00);"
        ),
        lambda: (
            f"-- prod login: {ctx.me.username} / {d.v(lab('PASSWORD_ASSIGNMENT', pw, 'sql-comment'))}\nSELECT co"
            f"unt(*) FROM sessions;"
        ),
    ]
    d.text = "\n".join(form() for form in rng.sample(forms, rng.randint(1, 3)))
    return d


def code_snippet(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("code", "en")
    forms: list[Callable[[], str]] = [
        lambda: token_forms.aws_block(rng, d),
        lambda: (
            f'server = smtplib.SMTP_SSL("smtp.gmail.com", 465)\nserver.login("{d.v(ctx.me.email)}", '
            f'"{d.v(lab("PASSWORD_ASSIGNMENT", password_value(rng, safe=True)[0], "code"))}")'
        ),
        lambda: (
            f'client.messages.create(\n    to="{d.v(ctx.me.phone)}",\n    from_='
            f'"{d.v(phones.phone(rng, "US", ext_p=0))}",\n    body="Your code is 482913",\n)'
        ),
        lambda: f"$ cat ~/.ssh/id_ed25519\n{d.v(tokens.private_key(rng).label('cat-file'))}",
        lambda: f'engine = create_engine("{password_forms.connection_string(rng, d)}")',
        lambda: f"const stripe = require('stripe')('{d.v(tokens.VENDORS[6](rng).label('code'))}');",
        lambda: f'headers = {{"Authorization": f"Bearer {d.v(tokens.header_secret(rng).label("code"))}"}}',
    ]
    d.text = rng.choice(forms)()
    return d


def service_account_json(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("config_json", "en", is_json=True)
    project = f"{ctx.domain.split('.')[0]}-prod-{fill(rng, '######')}"
    key = tokens.private_key(rng)
    pem = key.value.replace(key.value.splitlines()[0], "-----BEGIN PRIVATE KEY-----").replace(
        key.value.splitlines()[-1], "-----END PRIVATE KEY-----"
    )
    obj = {
        "type": "service_account",
        "project_id": project,
        "private_key_id": fill(rng, "x" * 40),
        "private_key": d.v(lab("PRIVATE_KEY", pem + "\n", "gcp-service-account", "json")),
        "client_email": f"deployer@{project}.iam.gserviceaccount.com",
        "client_id": fill(rng, "1####################"),
        "token_uri": "https://oauth2.googleapis.com/token",
    }
    d.text = json.dumps(obj, indent=2)
    return d
