"""``tracecase ingest`` as a real process: environment-configured, logs to a file, killable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tracecase_sampleapp.broker import LocalBroker

TRACECASE = Path(sys.executable).parent / "tracecase"
REDACTION_KEY = "tests-only-redaction-key"


def ingest_env(broker: LocalBroker, db_url: str, topic: str, group: str, dlq: str, **settings: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TRACECASE_")}
    env.update(
        TRACECASE_BOOTSTRAP=broker.bootstrap,
        TRACECASE_TOPIC=topic,
        TRACECASE_LOGS_TOPIC="",
        TRACECASE_GROUP=group,
        TRACECASE_DB=db_url,
        TRACECASE_DLQ_TOPIC=dlq,
        TRACECASE_QUIET_PERIOD_S="0.5",
        TRACECASE_REDACTION_KEY=REDACTION_KEY,
        TRACECASE_LOG_FORMAT="json",
    )
    env.update({f"TRACECASE_{key.upper()}": value for key, value in settings.items()})
    return env


def start_ingest(env: dict[str, str], log: Path, *args: str) -> subprocess.Popen[bytes]:
    with log.open("ab") as sink:
        return subprocess.Popen([str(TRACECASE), "ingest", *args], env=env, stdout=sink, stderr=subprocess.STDOUT)
