"""``tracecase tokens``: API tokens with a role (support, reviewer, responder, admin)."""

from __future__ import annotations

from typing import Any

import click

from tracecase.commands._store_command import echo_table, opened, store_options, utc_now

ROLE_CHOICE = click.Choice(["support", "reviewer", "responder", "admin"])


@click.group()
def tokens() -> None:
    """Create, list and revoke API tokens."""


@tokens.command("create")
@store_options()
@click.argument("name")
@click.option("--role", required=True, type=ROLE_CHOICE)
@click.option("--by", default="cli", show_default=True)
def create(name: str, role: str, by: str, **options: Any) -> None:
    """Create a token and print it: it is shown this once and stored only hashed."""
    from tracecase.api.tokens import create_token

    with opened(options) as (_, store), store.transaction() as session:
        token = create_token(session, name, role, by=by, at=utc_now())
    click.echo(token)
    click.echo(f"token {name!r} ({role}) created; it is not shown again", err=True)


@tokens.command("revoke")
@store_options()
@click.argument("name")
@click.option("--by", default="cli", show_default=True)
def revoke(name: str, by: str, **options: Any) -> None:
    """Revoke a token: it never authenticates again."""
    from tracecase.api.tokens import revoke_token

    with opened(options) as (_, store), store.transaction() as session:
        revoke_token(session, name, by=by, at=utc_now())
    click.echo(f"token {name!r} revoked")


@tokens.command("list")
@store_options()
def list_command(**options: Any) -> None:
    """Every token: name, role, created, last used, revoked (never the token)."""
    from tracecase.api.tokens import list_tokens

    with opened(options) as (_, store), store.transaction() as session:
        found = list_tokens(session)
    rows = [
        [t.name, t.role, t.created_at.isoformat(timespec="seconds"), _at(t.last_used_at), _at(t.revoked_at)]
        for t in found
    ]
    echo_table(["name", "role", "created", "last used", "revoked"], rows)


def _at(moment: Any) -> str:
    return moment.isoformat(timespec="seconds") if moment is not None else "-"
