"""Readers for the files under deploy/, shared by the deploy tests."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
KUBERNETES = DEPLOY / "kubernetes"
COMPOSE = DEPLOY / "docker-compose.yml"
COLLECTOR = DEPLOY / "otel-collector.yaml"
IMAGE = "tracecase"

SERVICE_COMMANDS = {("ingest",), ("serve",), ("db", "upgrade"), ("status",)}
"""The tracecase commands deployments may run. TODO(lead): keep in sync with tracecase/cli.py."""


def yaml_files() -> list[Path]:
    return sorted([*DEPLOY.glob("*.yml"), *DEPLOY.glob("*.yaml"), *KUBERNETES.glob("*.yaml")])


def load_all(path: Path) -> list[Any]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc is not None]


def compose() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return doc


def kubernetes_objects() -> list[dict[str, Any]]:
    return [doc for path in sorted(KUBERNETES.glob("*.yaml")) for doc in load_all(path)]


@dataclass(frozen=True)
class Invocation:
    """One container that runs the tracecase image: where, its arguments, its environment."""

    where: str
    args: tuple[str, ...]
    env: dict[str, str]

    @property
    def command(self) -> tuple[str, ...]:
        """The subcommand path: the leading arguments before the first option."""
        words = []
        for arg in self.args:
            if arg.startswith("-"):
                break
            words.append(arg)
        return tuple(words)

    @property
    def options(self) -> list[str]:
        return [arg.split("=", 1)[0] for arg in self.args if arg.startswith("--")]


def _is_tracecase(image: str) -> bool:
    return image.rsplit("/", 1)[-1].split(":", 1)[0] == IMAGE


def compose_invocations() -> list[Invocation]:
    found = []
    for name, service in compose()["services"].items():
        if not _is_tracecase(service.get("image", "")):
            continue
        command = service.get("command", [])
        args = tuple(shlex.split(command) if isinstance(command, str) else command)
        env = {str(k): str(v) for k, v in (service.get("environment") or {}).items()}
        found.append(Invocation(f"docker-compose.yml:{name}", args, env))
    return found


def _pod_spec(obj: dict[str, Any]) -> dict[str, Any] | None:
    if obj.get("kind") in {"Deployment", "Job", "StatefulSet", "DaemonSet"}:
        spec: dict[str, Any] = obj["spec"]["template"]["spec"]
        return spec
    return None


def kubernetes_invocations() -> list[Invocation]:
    found = []
    for obj in kubernetes_objects():
        spec = _pod_spec(obj)
        for container in (spec or {}).get("containers", []) + (spec or {}).get("initContainers", []):
            if not _is_tracecase(container["image"]):
                continue
            env = {item["name"]: str(item.get("value", "<from secret>")) for item in container.get("env", [])}
            where = f"kubernetes/{obj['kind']}/{obj['metadata']['name']}/{container['name']}"
            found.append(Invocation(where, tuple(container.get("args", [])), env))
    return found


def all_invocations() -> list[Invocation]:
    return compose_invocations() + kubernetes_invocations()


def configmap_settings_toml() -> str:
    for obj in kubernetes_objects():
        if obj.get("kind") == "ConfigMap" and obj["metadata"]["name"] == "tracecase-config":
            text: str = obj["data"]["tracecase.toml"]
            return text
    raise AssertionError("no tracecase-config ConfigMap")
