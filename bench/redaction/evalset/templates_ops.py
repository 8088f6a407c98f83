"""Operational texts: log lines, ``.env`` pastes, credentials pasted into a chat."""

from __future__ import annotations

from .builder import Piece, join
from .context import TraceCtx
from .people import Person
from .render import render

LOG_LINES = [
    "{L_ts_log} INFO  api.auth login ok user={c_handle} ip={ip} trace_id={L_trace_id} span_id={L_span_id}",
    "{L_ts_iso} WARN  payments card={card} declined reason=insufficient_funds order={L_order_number}",
    "{L_ts_log} ERROR db connect failed dsn=postgresql://svc_orders:{cs_pw}@db-1.internal:5432/orders",
    '{L_ts_iso} DEBUG crm sync contact="{c_crm}" phone={c_phone} version={L_version}',
    "{L_ts_epoch_ms} INFO  llm call model={L_model_name} tokens_in=812 tokens_out=144 status={L_http_status}",
    "{L_ts_log} INFO  mailer sent to={c_email} template=refund_confirmed ticket={L_ticket_id}",
    "{L_ts_iso} ERROR upstream {L_http_status} from {L_doc_url} in {L_code_identifier} ({L_path})",
    "{L_ts_log} WARN  git fetch https://deploy:{url_pw}@git.{domain}/ops/infra.git failed: timeout",
    "{L_ts_iso} INFO  request Authorization: Bearer {bearer} path=/v1/accounts/{L_uuid}",
    '{L_ts_log} INFO  assigned ticket {L_ticket_id} owner={a_handle} customer="{c}"',
    "{L_ts_iso} DEBUG session cookie=sess={jwt} ip={ip}",
    "{L_ts_log} INFO  kyc check ssn={ssn} result=pass reviewer={a_handle}",
]

ENV_LINES = [
    "DATABASE_URL=postgres://app:{cs_pw}@localhost:5432/app",
    "OPENAI_API_KEY={key_OPENAI_API_KEY}",
    "ANTHROPIC_API_KEY={key_ANTHROPIC_API_KEY}",
    "STRIPE_SECRET_KEY={key_STRIPE_KEY}",
    "AWS_ACCESS_KEY_ID={key_AWS_ACCESS_KEY}\nAWS_SECRET_ACCESS_KEY={key_AWS_SECRET_KEY}",
    "SESSION_SECRET={env_pw}",
    "DB_PASSWORD={env_pw}",
    "SMTP_PASS={env_pw}",
    "SLACK_BOT_TOKEN={key_SLACK_TOKEN}",
    "HF_TOKEN={key_HUGGINGFACE_TOKEN}",
    "GOOGLE_MAPS_KEY={key_GOOGLE_API_KEY}",
    "SENDGRID_API_KEY={key_SENDGRID_KEY}",
    "GITHUB_TOKEN={key_GITHUB_TOKEN}",
]
ENV_HARMLESS = [
    "APP_VERSION={L_version}",
    "LOG_PATH={L_path}",
    "DEFAULT_MODEL={L_model_name}",
    "DOCS_URL={L_doc_url}",
    "REQUEST_TIMEOUT=30",
    "DEBUG=false",
    "FEATURE_FLAGS=checkout_v2,new_search",
]

SECRET_PASTES = [
    'here\'s the curl that fails:\ncurl -H "Authorization: Bearer {bearer}" https://api.{domain}/v2/orders/{L_order_number}',
    "I rotated it already, old key was {key}. New one is in the vault.",
    "the deploy key is below, can you check why ssh refuses it?\n{pem}",
    "Connection string: Server=tcp:sql01.{domain},1433;Database=crm;User Id=svc_crm;Password={cs_pw};",
    "our mongo is mongodb+srv://admin:{cs_pw}@cluster0.{domain}/prod?retryWrites=true",
    "token: {jwt}\nit expires at {L_ts_iso} and then we get {L_http_status}",
    "Das Passwort für den Admin ist {pw}, bitte nach dem Update auf {L_version} ändern.",
    "La contraseña del usuario admin es {pw} (no la compartas).",
    "creds for staging: user deploy / {pw}",
    "password {pw} works on the VPN but not on {L_product_name}",
    "my github token {key_GITHUB_TOKEN} stopped working after {L_ts_rfc2822}",
    "AWS keys from {c_poss} laptop: {key_AWS_ACCESS_KEY} / {key_AWS_SECRET_KEY}",
]


def log_lines(ctx: TraceCtx) -> Piece:
    cast: dict[str, Person] = {}
    picks = ctx.rng.sample(LOG_LINES, ctx.rng.randint(3, 6))
    return join([render(ctx, line, who=cast) for line in picks])


def env_paste(ctx: TraceCtx) -> Piece:
    lines = ctx.rng.sample(ENV_LINES, ctx.rng.randint(2, 5)) + ctx.rng.sample(ENV_HARMLESS, ctx.rng.randint(2, 4))
    ctx.rng.shuffle(lines)
    intro = ctx.pick(("my .env, why does the worker crash?\n", "# .env.production\n", "", "Here is the config:\n```\n"))
    outro = "\n```" if intro.endswith("```\n") else ""
    return intro + join([render(ctx, line) for line in lines]) + outro


def secret_paste(ctx: TraceCtx) -> Piece:
    return render(ctx, ctx.pick(SECRET_PASTES))
