"""Terminal pastes and traces dense with locators: kubectl and aws s3 output, git logs with branch refs and
author e-mails, Terraform plans with ARNs, Java traces with module paths, Windows events with drive and UNC paths."""

from __future__ import annotations

from collections.abc import Callable

from .core import Ctx, Doc
from .locators import ymd
from .locators_ops import BUCKETS
from .lookalikes import MAKERS
from .slots import render, slot
from .world import world


def kubectl(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("shell_history", "en")
    rows = ["$ kubectl get deploy,sts -n prod -o wide", "NAME                READY   IMAGES"]
    for _ in range(rng.randint(2, 4)):
        rows.append(render(ctx, d, "{k8s}   3/3     {image}"))
    rows.append(render(ctx, d, "$ kubectl describe {k8s} | grep -i events -A3"))
    rows.append(render(ctx, d, "  Warning  BackOff  pulling {image} from {host} failed"))
    d.text = "\n".join(rows)
    return d


def s3_listing(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("shell_history", "en")
    prefix = f"s3://{rng.choice(BUCKETS)}/{rng.choice(['exports', 'raw', 'backups', 'AWSLogs'])}/"
    rows = [f"$ aws s3 ls {d.la('cloud_uri', prefix)} --recursive --human-readable"]
    for _ in range(rng.randint(2, 5)):
        size = f"{rng.randint(1, 999)}.{rng.randint(0, 9)} {rng.choice(['KiB', 'MiB', 'GiB'])}"
        key = world(rng, "bucket")[1].split("://", 1)[-1].split("/", 1)[-1]
        rows.append(f"{ymd(rng)} {rng.randint(10, 23)}:{rng.randint(10, 59)}:07  {size:>10} ")
        rows[-1] += d.la("cloud_uri", key)
    d.text = "\n".join(rows)
    return d


def git_log(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("shell_history", "en")
    who = rng.choice([ctx.me, *ctx.contacts])
    rows = [render(ctx, d, "$ git log --decorate -n 3 {branch}")]
    rows.append(render(ctx, d, "commit {git_sha} (HEAD -> {branch}, {ref})"))
    rows.append(f"Author: {who.first} {who.last} <{d.v(who.email)}>")
    rows.append(f"Date:   {MAKERS['timestamp'](rng)}")
    rows.append(render(ctx, d, "\n    Merge pull request #{{pr}} from acme/{branch}\n\n    Bump {lib}; fix {path}"))
    d.text = "\n".join(rows).replace("{pr}", str(rng.randint(10, 4999)))
    return d


def terraform_plan(ctx: Ctx) -> Doc:
    d = Doc("shell_history", "en")
    d.text = render(
        ctx,
        d,
        "$ terraform plan -out=tfplan\n  # aws_iam_role_policy.deploy will be updated in-place\n"
        '  ~ resource "aws_iam_role_policy" "deploy" {{\n      ~ role   = "{arn}"\n'
        '        bucket = "{bucket}"\n      ~ image  = "{image}" -> "{image}"\n    }}\n'
        "Plan: 0 to add, 1 to change, 0 to destroy.",
    )
    return d


def java_trace(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("stack_trace", "en")
    frames: list[Callable[[], str]] = [
        lambda: render(ctx, d, "\tat {jmodule}.handle(Unknown Source)"),
        lambda: render(ctx, d, "\tat {jmodule}.invoke(Native Method)"),
        lambda: render(
            ctx, d, "\tat {jmodule}.run(" + rng.choice(["Handler", "Pipeline", "Worker"]) + ".java:{{line}})"
        ),
    ]
    head = render(ctx, d, "{ts} ERROR [{pod}] Exception calling {ops}\njava.net.SocketTimeoutException: {host}")
    body = "\n".join(rng.choice(frames)() for _ in range(rng.randint(2, 5)))
    body += render(ctx, d, rng.choice(["\n(full dump in {logfile})", "\nsee {path}", ""]))
    d.text = (head + "\n" + body).replace("{line}", str(rng.randint(20, 900)))
    return d


def windows_event(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("log_line", "en")
    forms: list[Callable[[], str]] = [
        lambda: render(ctx, d, "Faulting application path: {winpath}\nReport Id: {uuid}"),
        lambda: render(ctx, d, "Backup job 'Nightly' wrote {winpath} ({duration})."),
        lambda: render(ctx, d, "Access to {winpath} denied for account {email}."),
        lambda: render(ctx, d, "Group Policy mapped drive S: to {winpath}."),
        lambda: render(ctx, d, "Installer wrote {winpath}; details in {logfile}."),
        lambda: f"Service 'W3SVC' logging to {slot(ctx, d, 'winpath')} on {slot(ctx, d, 'host')}.",
    ]
    event = rng.choice([1000, 1026, 4663, 7036])
    stamp = render(ctx, d, f"Log Name: Application | Event ID: {event} | Logged: {{ts}}")
    d.text = "\n".join([stamp, *(rng.choice(forms)() for _ in range(rng.randint(1, 3)))])
    return d
