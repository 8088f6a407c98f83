"""The Dockerfile ships the service packages and nothing of the demo's producers or the tests."""

from __future__ import annotations

import shlex
import tomllib

from deploy_files import DEPLOY

SERVICE_PACKAGES = {"tracecase", "ingest", "redaction", "casegen", "schemas", "store"}
ROOT = DEPLOY.parent


def _instructions() -> list[list[str]]:
    """The Dockerfile's instructions as words: comments dropped, continuation lines joined."""
    text = "\n".join(ln for ln in (DEPLOY / "Dockerfile").read_text().splitlines() if not ln.lstrip().startswith("#"))
    return [shlex.split(line) for line in text.replace("\\\n", " ").splitlines() if line.strip()]


def _copy_sources() -> list[str]:
    sources = []
    for words in _instructions():
        if words[0].upper() == "COPY" and not any(w.startswith("--from") for w in words):
            sources += [w for w in words[1:-1] if not w.startswith("--")]
    return sources


def test_the_image_copies_the_service_packages_and_no_test_or_sampleapp_code() -> None:
    sources = _copy_sources()
    assert [s for s in sources if s.split("/")[0] in {"sampleapp", "tests", "bench", ".", "*"}] == []
    assert set(sources) >= SERVICE_PACKAGES
    assert set(sources) <= SERVICE_PACKAGES | {"pyproject.toml", "README.md", "deploy/docker-entrypoint.sh"}


def test_the_build_context_admits_only_what_the_dockerfile_copies() -> None:
    lines = [ln.strip() for ln in (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()]
    rules = [ln for ln in lines if ln and not ln.startswith("#")]
    assert rules[0] == "*"
    admitted = {rule[1:] for rule in rules if rule.startswith("!")}
    assert admitted == set(_copy_sources())


def test_the_copied_sources_exist_except_the_store_the_lead_is_adding() -> None:
    missing = {s for s in _copy_sources() if not (ROOT / s).exists()}
    assert missing <= {"store"}
    assert (DEPLOY / "docker-entrypoint.sh").stat().st_mode & 0o111


def test_sampleapp_is_not_part_of_the_installed_distribution() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    included = pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    assert not any(pattern.startswith(("sampleapp", "tracecase_sampleapp", "tests")) for pattern in included)
    assert not any("sampleapp" in dependency for dependency in pyproject["project"]["dependencies"])
