"""The image's entrypoint and the compose secret maker, run for real with /bin/sh."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from deploy_files import DEPLOY

from tracecase.settings import Settings


@pytest.fixture
def stub_tracecase(tmp_path: Path) -> Path:
    """A `tracecase` on PATH that reports what it was started with (stands in for the real CLI)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    stub = bin_dir / "tracecase"
    stub.write_text(
        '#!/bin/sh\nprintf "db=%s\\n" "${TRACECASE_DB:-}"\nfor a in "$@"; do printf "arg=%s\\n" "$a"; done\n'
    )
    stub.chmod(0o755)
    return bin_dir


def _entrypoint(args: list[str], env: dict[str, str], bin_dir: Path) -> list[str]:
    run_env = {"PATH": f"{bin_dir}:/usr/bin:/bin", **env}
    result = subprocess.run(
        ["/bin/sh", str(DEPLOY / "docker-entrypoint.sh"), *args],
        env=run_env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.splitlines()


def test_entrypoint_reads_the_database_url_from_its_file_and_passes_arguments(
    stub_tracecase: Path, tmp_path: Path
) -> None:
    url_file = tmp_path / "db_url"
    url_file.write_text("postgresql+psycopg://tracecase:pw@postgres:5432/tracecase\n")
    out = _entrypoint(["serve", "--host", "0.0.0.0"], {"DB_URL_FILE": str(url_file)}, stub_tracecase)
    assert out == [
        "db=postgresql+psycopg://tracecase:pw@postgres:5432/tracecase",
        "arg=serve",
        "arg=--host",
        "arg=0.0.0.0",
    ]


def test_entrypoint_without_a_file_leaves_the_environment_alone(stub_tracecase: Path) -> None:
    assert _entrypoint(["ingest"], {"TRACECASE_DB": "sqlite:///x.db"}, stub_tracecase) == [
        "db=sqlite:///x.db",
        "arg=ingest",
    ]


def test_entrypoint_fails_when_the_named_file_is_missing(stub_tracecase: Path, tmp_path: Path) -> None:
    with pytest.raises(subprocess.CalledProcessError):
        _entrypoint(["ingest"], {"DB_URL_FILE": str(tmp_path / "absent")}, stub_tracecase)


def test_make_secrets_creates_matching_secrets_once(tmp_path: Path) -> None:
    deploy = tmp_path / "deploy"
    (deploy / "secrets").mkdir(parents=True)
    shutil.copy(DEPLOY / "make-secrets.sh", deploy)
    subprocess.run(["/bin/sh", str(deploy / "make-secrets.sh")], check=True, capture_output=True)
    secrets = deploy / "secrets"
    password = (secrets / "postgres_password").read_text()
    url = (secrets / "tracecase_db_url").read_text()
    key = (secrets / "redaction_key").read_text()
    assert len(password) == len(key) == 64
    assert password != key
    assert url == f"postgresql+psycopg://tracecase:{password}@postgres:5432/tracecase"
    Settings(db=url)  # passes the setting's own validation
    assert os.stat(secrets).st_mode & 0o777 == 0o700

    subprocess.run(["/bin/sh", str(deploy / "make-secrets.sh")], check=True, capture_output=True)
    assert (secrets / "postgres_password").read_text() == password  # kept, not regenerated
