"""``tracecase status``: consumer lag per partition and what the store holds."""

from __future__ import annotations

import json
from typing import Any

import click

from tracecase.commands._settings import settings_options, settings_or_exit, store_or_exit


@click.command()
@settings_options("bootstrap", "topic", "logs_topic", "group", "db")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def status(fmt: str, **options: Any) -> None:
    """Lag of the consumer group on each partition, and the store's counts."""
    from store import counts

    settings = settings_or_exit(options)
    lag = _lag(settings.kafka_client_options(), settings.group, settings.topics)
    store = store_or_exit(options, migrate=False)
    with store.transaction() as session:
        stored = counts(session)
    if fmt == "json":
        click.echo(json.dumps({"group": settings.group, "partitions": lag, "store": stored}, indent=2))
        return
    click.echo(f"group {settings.group}")
    click.echo(f"{'topic':24} {'partition':>9} {'committed':>10} {'end':>10} {'lag':>8}")
    for row in lag:
        click.echo(
            f"{row['topic']:24} {row['partition']:>9} {row['committed'] if row['committed'] is not None else '-':>10} "
            f"{row['end']:>10} {row['lag']:>8}"
        )
    click.echo(f"total lag {sum(r['lag'] for r in lag)}")
    click.echo("store " + ", ".join(f"{key}={value}" for key, value in stored.items()))


def _lag(client: dict[str, Any], group: str, topics: list[str]) -> list[dict[str, Any]]:
    from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
    from kafka.errors import KafkaError

    try:
        admin = KafkaAdminClient(client_id="tracecase-status", **client)
        reader = KafkaConsumer(client_id="tracecase-status", **client)
    except KafkaError as exc:
        raise click.ClickException(
            f"cannot reach Kafka at {client['bootstrap_servers']}: {type(exc).__name__}"
        ) from exc
    try:
        committed = admin.list_group_offsets(group).get(group, {})
        partitions = [
            TopicPartition(topic, p) for topic in topics for p in sorted(reader.partitions_for_topic(topic) or ())
        ]
        ends = reader.end_offsets(partitions)
        starts = reader.beginning_offsets(partitions)
    finally:
        admin.close()
        reader.close()
    rows = []
    for tp in partitions:
        done = committed.get(tp)
        offset = done.offset if done is not None and done.offset >= 0 else None
        rows.append(
            {
                "topic": tp.topic,
                "partition": tp.partition,
                "committed": offset,
                "end": ends[tp],
                "lag": ends[tp] - (offset if offset is not None else starts[tp]),
            }
        )
    return rows
