"""Where API credentials get pasted: credentials files, env, docker, terraform, SDK calls, JSON, YAML, prose."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from .core import Doc, fill
from .tokens import Secret, aws_access_key, aws_secret_key, aws_session_token, vendor_token

REGIONS = ["eu-central-1", "us-east-1", "eu-west-1", "us-west-2", "ap-southeast-2", "sa-east-1", "eu-south-2"]
AWS_PROSE = {
    "en": [
        "here's the secret key: {s}",
        "secret = {s}",
        "the secret access key is {s} (access key {a})",
        "Access key ID: {a}\nSecret access key: {s}",
        "use {a} / {s} for the deploy user",
    ],
    "es": ["la clave secreta es {s}", "access key {a} y secret {s}", "te paso las credenciales: {a} / {s}"],
    "de": ["der Secret Key ist {s}", "Zugangsschlüssel {a}, geheimer Schlüssel: {s}", "hier die Keys: {a} {s}"],
    "fr": ["la clé secrète est {s}", "clé d'accès {a}, clé secrète : {s}"],
    "pt": ["a chave secreta é {s}", "access key {a} e secret key {s}"],
    "it": ["la chiave segreta è {s}", "access key {a} / secret {s}"],
    "nl": ["de geheime sleutel is {s}", "access key {a}, secret {s}"],
    "pl": ["klucz tajny: {s}", "access key {a}, secret {s}"],
}


def aws_block(rng: random.Random, d: Doc, lang: str = "en") -> str:
    """AWS keys in one of a dozen contexts; plants the access key id and secret (and sometimes a session token)."""
    a, s = aws_access_key(rng), aws_secret_key(rng)
    forms: list[Callable[[], str]] = [
        lambda: (
            f"[{rng.choice(['default', 'prod', 'staging'])}]\naws_access_key_id = {d.v(a.label('credentials-file'))}\n"
            f"aws_secret_access_key = {d.v(s.label('credentials-file'))}\nregion = {rng.choice(REGIONS)}"
        ),
        lambda: f"export AWS_ACCESS_KEY_ID={d.v(a.label('env'))}\nexport AWS_SECRET_ACCESS_KEY={d.v(s.label('env'))}",
        lambda: f'AWS_SECRET_ACCESS_KEY="{d.v(s.label("env"))}"',
        lambda: f"set AWS_SECRET_ACCESS_KEY={d.v(s.label('windows-set'))}",
        lambda: f'$env:AWS_SECRET_ACCESS_KEY = "{d.v(s.label("powershell"))}"',
        lambda: (
            f"docker run --rm -e AWS_ACCESS_KEY_ID={d.v(a.label('docker'))} -e AWS_SECRET_ACCESS_KEY"
            f"={d.v(s.label('docker'))} "
            f"{d.la('version', 'amazon/aws-cli:2.15.30')} s3 ls"
        ),
        lambda: (
            f'provider "aws" {{\n  region     = "{rng.choice(REGIONS)}"\n  access_key = "{d.v(a.label("terraform"))}"\n'
            f'  secret_key = "{d.v(s.label("terraform"))}"\n}}'
        ),
        lambda: (
            f's3 = boto3.client(\n    "s3",\n    aws_access_key_id="{d.v(a.label("boto3"))}",\n'
            f"    aws_secret_access_key='{d.v(s.label('boto3'))}',\n)"
        ),
        lambda: (
            f"const client = new S3Client({{ region: '{rng.choice(REGIONS)}', credentials: {{ accessKeyId: "
            f"'{d.v(a.label('js-sdk'))}', secretAccessKey: '{d.v(s.label('js-sdk'))}' }} }});"
        ),
        lambda: f'new BasicAWSCredentials("{d.v(a.label("java"))}", "{d.v(s.label("java"))}")',
        lambda: (
            f"AWS Access Key ID [None]: {d.v(a.label('aws-configure'))}\nAWS Secret Access Key [None]: "
            f"{d.v(s.label('aws-configure'))}\nDefault region name [None]: {rng.choice(REGIONS)}"
        ),
        lambda: (
            "User name,Password,Access key ID,Secret access key,Console login link\n"
            f"deploy-bot,,{d.v(a.label('iam-csv'))},{d.v(s.label('iam-csv'))},https:/"
            f"/{fill(rng, '############')}.signin.aws.amazon.com/console"
        ),
        lambda: (
            f"[default]\naccess_key = {d.v(a.label('s3cfg'))}\nsecret_key = {d.v(s.label('s3cfg'))}\nhost_base ="
            f" s3.amazonaws.com"
        ),
        lambda: (
            f"      - uses: {d.la('version', 'aws-actions/configure-aws-credentials@v4')}\n        with:\n"
            f"          aws-access-key-id: {d.v(a.label('yaml'))}\n          aws-secret-access-key:"
            f" {d.v(s.label('yaml'))}"
        ),
        lambda: _sts_json(rng, d, a, s),
        lambda: _aws_prose(rng, d, lang, a, s),
    ]
    return rng.choice(forms)()


def _aws_prose(rng: random.Random, d: Doc, lang: str, a: Secret, s: Secret) -> str:
    tmpl = rng.choice(AWS_PROSE.get(lang, AWS_PROSE["en"]))
    access = d.v(a.label("prose", lang)) if "{a}" in tmpl else ""
    return tmpl.format(a=access, s=d.v(s.label("prose", lang)))


def _sts_json(rng: random.Random, d: Doc, a: Secret, s: Secret) -> str:
    t = aws_session_token(rng)
    creds = {
        "AccessKeyId": d.v(a.label("sts-json")),
        "SecretAccessKey": d.v(s.label("sts-json")),
        "SessionToken": d.v(t.label("sts-json")),
        "Expiration": d.la("timestamp", "2025-06-03T14:12:09+00:00"),
    }
    return json.dumps(
        {"Credentials": creds, "AssumedRoleUser": {"Arn": "arn:aws:sts::123456789012:assumed-role/ci/run"}}, indent=2
    )


def token_line(rng: random.Random, d: Doc, lang: str = "en", sec: Secret | None = None) -> str:
    """A vendor token where people paste one: env, headers, SDK constructors, URLs, rc files, prose."""
    t = sec or vendor_token(rng)
    forms: list[Callable[[], str]] = [
        lambda: f"{t.env}={d.v(t.label('env'))}",
        lambda: f'export {t.env}="{d.v(t.label("env"))}"',
        lambda: f"Authorization: Bearer {d.v(t.label('header'))}",
        lambda: f'curl -s -H "Authorization: Bearer {d.v(t.label("curl"))}" https://api.example.net/v1/me',
        lambda: f'client = Client(api_key="{d.v(t.label("sdk"))}")',
        lambda: f"const token = process.env.{t.env} || '{d.v(t.label('js-fallback'))}';",
        lambda: f"{t.env.lower()}: {d.v(t.label('yaml'))}",
        lambda: f"GET /v1/search?q=lamp&api_key={d.v(t.label('query'))}&page=2",
        lambda: f"//registry.npmjs.org/:_authToken={d.v(t.label('npmrc'))}",
        lambda: f"git remote set-url origin https://oauth2:{d.v(t.label('git-url'))}@gitlab.example.com/team/app.git",
        lambda: rng.choice(
            [
                "my token is {t}",
                "here's the key {t}",
                "mi token es {t}",
                "der Token lautet {t}",
                "voici le jeton : {t}",
                "o token é {t}",
                "API key: {t}",
                "use this key → {t}",
            ]
        ).format(t=d.v(t.label("prose"))),
    ]
    return rng.choice(forms)()


def aws_or_token(rng: random.Random, d: Doc, lang: str) -> str:
    return aws_block(rng, d, lang) if rng.random() < 0.5 else token_line(rng, d, lang)
