"""deploy/: every YAML parses, and what it sets and runs is what tracecase has."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import click
import kubernetes_validate
import pytest
from click.testing import CliRunner
from deploy_files import (
    DEPLOY,
    SERVICE_COMMANDS,
    Invocation,
    all_invocations,
    compose,
    compose_invocations,
    configmap_settings_toml,
    kubernetes_invocations,
    kubernetes_objects,
    load_all,
    yaml_files,
)

from tracecase.cli import main as cli
from tracecase.settings import ENV_PREFIX, Settings, load_settings


@pytest.mark.parametrize("path", yaml_files(), ids=lambda p: str(p.relative_to(DEPLOY)))
def test_every_yaml_file_parses(path: Path) -> None:
    assert load_all(path) != []


@pytest.mark.parametrize("obj", kubernetes_objects(), ids=lambda o: f"{o['kind']}/{o['metadata']['name']}")
def test_every_kubernetes_object_is_valid_against_the_api_schema(obj: dict[str, object]) -> None:
    # strict: a misspelt or misplaced field fails instead of being silently dropped by the API server.
    kubernetes_validate.validate(obj, kubernetes_validate.latest_version(), strict=True)


def test_every_kubernetes_object_is_named_and_namespaced() -> None:
    objects = kubernetes_objects()
    assert {o["kind"] for o in objects} >= {"Namespace", "Secret", "ConfigMap", "Job", "Deployment", "Service"}
    for obj in objects:
        assert obj["apiVersion"] and obj["metadata"]["name"]
        if obj["kind"] != "Namespace":
            assert obj["metadata"]["namespace"] == "tracecase"


def test_both_files_run_every_service_role() -> None:
    for invocations in (compose_invocations(), kubernetes_invocations()):
        assert {i.command for i in invocations} == {("ingest",), ("serve",), ("db", "upgrade")}


def _tracecase_variables() -> list[tuple[str, str, str]]:
    return [
        (i.where, name, value)
        for i in all_invocations()
        for name, value in i.env.items()
        if name.startswith(ENV_PREFIX)
    ]


def test_every_tracecase_variable_set_is_a_real_setting() -> None:
    variables = _tracecase_variables()
    assert len(variables) > 5
    fields = set(Settings.model_fields)
    unknown = [(where, name) for where, name, _ in variables if name.removeprefix(ENV_PREFIX).lower() not in fields]
    assert unknown == []


@pytest.mark.parametrize("invocation", all_invocations(), ids=lambda i: i.where)
def test_each_container_environment_is_a_valid_configuration(
    invocation: Invocation, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in list(os.environ):
        if name.startswith(ENV_PREFIX):
            monkeypatch.delenv(name)
    for name, value in invocation.env.items():
        if name.startswith(ENV_PREFIX) and value != "<from secret>":
            monkeypatch.setenv(name, value)
    config = None
    if "--config" in invocation.options:
        config = tmp_path / "tracecase.toml"
        config.write_text(configmap_settings_toml())
    load_settings(config)  # raises ConfigError naming any bad value


def test_the_configmap_settings_file_uses_real_keys_and_valid_values(tmp_path: Path) -> None:
    text = configmap_settings_toml()
    assert set(tomllib.loads(text)) <= set(Settings.model_fields)
    path = tmp_path / "tracecase.toml"
    path.write_text(text)
    settings = load_settings(path)
    assert settings.topics == ["otlp_spans", "otlp_logs"]
    assert settings.log_format == "json"


@pytest.mark.parametrize("invocation", all_invocations(), ids=lambda i: i.where)
def test_commands_invoked_are_service_commands(invocation: Invocation) -> None:
    assert invocation.command in SERVICE_COMMANDS


@pytest.mark.parametrize("command", sorted(SERVICE_COMMANDS), ids=" ".join)
def test_service_commands_exist_in_the_cli_with_the_options_deployments_pass(command: tuple[str, ...]) -> None:
    if command[0] not in cli.list_commands(click.Context(cli)):
        pytest.skip(f"`tracecase {command[0]}` is not in the CLI yet (the lead adds it)")
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0, result.output
    used = {o for i in all_invocations() if i.command == command for o in i.options}
    assert [o for o in used if o not in result.output] == []


def test_no_secret_is_written_inline() -> None:
    doc = compose()
    for name, service in doc["services"].items():
        environment = service.get("environment") or {}
        inline = [k for k in environment if k in {"TRACECASE_DB", "TRACECASE_REDACTION_KEY", "POSTGRES_PASSWORD"}]
        assert inline == [], name
    assert {s["file"] for s in doc["secrets"].values()} == {
        "./secrets/tracecase_db_url",
        "./secrets/postgres_password",
        "./secrets/redaction_key",
    }
    for invocation in compose_invocations():
        assert invocation.env["DB_URL_FILE"].startswith("/run/secrets/")
    for invocation in kubernetes_invocations():
        assert invocation.env.get("TRACECASE_DB", "<from secret>") == "<from secret>"
    secrets = [o for o in kubernetes_objects() if o["kind"] == "Secret"]
    assert secrets, "a Secret manifest"
    for secret in secrets:
        assert all("REPLACE-ME" in value for value in secret["stringData"].values())


def test_compose_scales_consumers_and_orders_the_migration_first() -> None:
    services = compose()["services"]
    assert services["ingest"]["deploy"]["replicas"] >= 2
    for name in ("ingest", "serve"):
        assert services[name]["depends_on"]["db-upgrade"]["condition"] == "service_completed_successfully"
    assert services["ingest"]["depends_on"]["kafka-topics"]["condition"] == "service_completed_successfully"
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"  # KRaft, no ZooKeeper
    assert services["kafka"]["image"].startswith("apache/kafka:")
