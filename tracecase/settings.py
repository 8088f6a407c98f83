"""The service's settings: one frozen model, read once per process.

Sources, strongest first: command-line options, ``TRACECASE_<NAME>`` environment variables, secret
files ``tracecase_<name>`` in the directory ``TRACECASE_SECRETS_DIR`` names (Docker and Kubernetes
secrets), the TOML file given by ``--config`` (or ``TRACECASE_CONFIG``; keys are the field names
below), then the defaults. A bad value fails at start-up with a :class:`~schemas.ConfigError` naming the setting and
its environment variable. Credentials are ``SecretStr``: they never appear in a repr or a log.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from schemas.errors import ConfigError

ENV_PREFIX = "TRACECASE_"
DEFAULT_DB = "sqlite:///tracecase.db"


class Settings(BaseSettings):
    """Every setting of ``tracecase ingest``/``serve``/``demo``; ``TRACECASE_<FIELD>`` in the environment."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", frozen=True, use_attribute_docstrings=True)

    # --- store
    db: SecretStr = SecretStr(DEFAULT_DB)
    """SQLAlchemy URL: ``sqlite:///path.db`` (embedded) or ``postgresql+psycopg://user:pw@host/db``."""
    retention_days: float | None = Field(default=None, gt=0)
    """Purge stored traces older than this (cases built from them stay); unset keeps everything."""

    # --- Kafka
    bootstrap: str = "localhost:9092"
    """Comma-separated ``host:port`` list."""
    topic: str = "otlp_spans"
    """OTLP spans as the collector's kafka exporter writes them (``otlp_proto`` or ``otlp_json``, per record)."""
    logs_topic: str | None = "otlp_logs"
    """OTLP log records (GenAI log events) joined to their spans; empty string to not read logs."""
    group: str = "tracecase"
    """Consumer group: every ``tracecase ingest`` process of one deployment shares it."""
    dlq_topic: str | None = None
    """Dead-letter topic; default ``<topic>.dlq``."""
    dlq_raw: bool = False
    """Put a poison record's original bytes in its dead letter (default: reason and length only)."""
    session_timeout_ms: int = Field(default=6000, ge=1000)
    """Consumer-group session: a consumer silent this long is expelled and its partitions reassigned.
    Short, because some brokers hold a first group join for half of it."""
    heartbeat_interval_ms: int = Field(default=1000, ge=100)
    """Heartbeats to the group coordinator (kafka-python sends them from its own thread)."""
    max_poll_records: int = Field(default=500, ge=1)
    """Records taken per poll: bounds the work in hand between two commits."""
    max_record_bytes: int = Field(default=16 * 1024 * 1024, ge=1024)
    """A record larger than this is dead-lettered as oversized, not decoded."""
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    """Kafka transport security, passed to kafka-python as is (like the SASL and TLS settings below)."""
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER", "GSSAPI"] | None = None
    """SASL mechanism when ``security_protocol`` is ``SASL_*``."""
    sasl_username: str | None = None
    """SASL user name."""
    sasl_password: SecretStr | None = None
    """SASL password."""
    ssl_cafile: Path | None = None
    """CA bundle that signs the brokers' certificates."""
    ssl_certfile: Path | None = None
    """Client certificate (mutual TLS)."""
    ssl_keyfile: Path | None = None
    """Client certificate's private key."""
    ssl_password: SecretStr | None = None
    """Password of ``ssl_keyfile``."""

    # --- trace assembly
    quiet_period_s: float = Field(default=30.0, ge=0)
    """A trace completes once its root span has ended and none of its spans arrived for this long."""
    max_trace_wait_s: float = Field(default=600.0, gt=0)
    """A trace whose root never arrives is stored incomplete after this long (late spans revise it)."""
    max_pending_spans: int = Field(default=200_000, ge=1)
    """Spans held in memory awaiting completion; beyond it the oldest traces are stored early."""

    # --- processing
    policy: Path | None = None
    """Required-field policy (TOML) replacing the default."""
    redaction_config: Path | None = None
    """Redaction settings (TOML); defaults are built in."""
    redaction_key: SecretStr | None = None
    """Key of the keyed hash behind redaction placeholders (shared by every consumer)."""
    redaction_key_file: Path | None = None
    """A file holding that key (e.g. a mounted Kubernetes secret), used when ``redaction_key`` is unset."""

    # --- cases
    rules: Path | None = None
    """Promotion rules (TOML) replacing the built-in defaults (errors and negative feedback are promoted)."""
    taxonomy: Path | None = None
    """Failure-taxonomy file (TOML) extending or replacing the default review labels."""
    flags_topic: str | None = "tracecase_flags"
    """Kafka topic of support-ticket flags (JSON) read by ``tracecase ingest``; empty string to not read flags."""
    flag_ttl_hours: float = Field(default=72.0, gt=0)
    """A flag whose trace has not completed within this many hours is marked ``expired``."""

    # --- HTTP API
    api_max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    """Request bodies larger than this are refused with 413."""

    # --- operations
    log_format: Literal["text", "json"] = "text"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("bootstrap")
    @classmethod
    def _servers(cls, value: str) -> str:
        servers = [s.strip() for s in value.split(",") if s.strip()]
        if not servers or any(":" not in s for s in servers):
            raise ValueError("expected host:port[,host:port...]")
        return ",".join(servers)

    @field_validator("logs_topic", "dlq_topic", "flags_topic")
    @classmethod
    def _empty_is_none(cls, value: str | None) -> str | None:
        return value or None

    @field_validator("db")
    @classmethod
    def _db_url(cls, value: SecretStr) -> SecretStr:
        url = value.get_secret_value()
        if not url.startswith(("sqlite:", "postgresql")):
            raise ValueError("expected sqlite:///PATH or postgresql+psycopg://USER@HOST/DB")
        return value

    @property
    def dead_letter_topic(self) -> str:
        return self.dlq_topic or f"{self.topic}.dlq"

    @property
    def topics(self) -> list[str]:
        return [self.topic, *([self.logs_topic] if self.logs_topic else [])]

    def kafka_client_options(self) -> dict[str, Any]:
        """Connection and security options for kafka-python clients (consumer, producer, admin)."""
        options: dict[str, Any] = {
            "bootstrap_servers": self.bootstrap.split(","),
            "security_protocol": self.security_protocol,
        }
        optional = {
            "sasl_mechanism": self.sasl_mechanism,
            "sasl_plain_username": self.sasl_username,
            "sasl_plain_password": self.sasl_password.get_secret_value() if self.sasl_password else None,
            "ssl_cafile": str(self.ssl_cafile) if self.ssl_cafile else None,
            "ssl_certfile": str(self.ssl_certfile) if self.ssl_certfile else None,
            "ssl_keyfile": str(self.ssl_keyfile) if self.ssl_keyfile else None,
            "ssl_password": self.ssl_password.get_secret_value() if self.ssl_password else None,
        }
        options.update({key: value for key, value in optional.items() if value is not None})
        return options

    def redaction_key_bytes(self) -> bytes | None:
        """The placeholder key from ``redaction_key`` or ``redaction_key_file``; ``None`` when neither is set."""
        if self.redaction_key is not None:
            return self.redaction_key.get_secret_value().encode()
        if self.redaction_key_file is not None:
            try:
                key = self.redaction_key_file.read_bytes().strip()
            except OSError as exc:
                raise ConfigError(f"redaction_key_file: cannot read {self.redaction_key_file}: {exc.strerror}") from exc
            if not key:
                raise ConfigError(f"redaction_key_file: {self.redaction_key_file} is empty")
            return key
        return None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Secret files (Docker/Kubernetes secrets mounted as files named ``tracecase_<field>``) come
        # after the environment, from the directory ``TRACECASE_SECRETS_DIR`` names.
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings, file_secret_settings]
        config_file = _CONFIG_FILE.get("path")
        if config_file is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=config_file))
        return tuple(sources)


# The config file of the settings being built (pydantic-settings sources are chosen per class).
_CONFIG_FILE: dict[str, Path | None] = {}


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Settings from options (``overrides``; ``None`` values are ignored), the environment and a TOML file.

    Raises :class:`ConfigError` naming every bad setting and where it can be set.
    """
    path = config_file or (Path(os.environ[f"{ENV_PREFIX}CONFIG"]) if os.environ.get(f"{ENV_PREFIX}CONFIG") else None)
    if path is not None and not path.is_file():
        raise ConfigError(f"config: no such file {path}")
    _CONFIG_FILE["path"] = path
    try:
        secrets_dir = os.environ.get(f"{ENV_PREFIX}SECRETS_DIR") or None
        given = {key: value for key, value in overrides.items() if value is not None}
        return Settings(_secrets_dir=secrets_dir, **given)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, path)) from None  # the pydantic message may echo a secret value
    except ValueError as exc:  # a TOML syntax error
        raise ConfigError(f"config: {path} is not valid TOML ({type(exc).__name__})") from None
    finally:
        _CONFIG_FILE.pop("path", None)


def _describe(exc: ValidationError, path: Path | None) -> str:
    problems = []
    for error in exc.errors(include_input=False, include_url=False):
        name = ".".join(str(part) for part in error["loc"]) or "settings"
        where = f"--{name.replace('_', '-')} / {ENV_PREFIX}{name.upper()}" + (f" / {path}" if path else "")
        problems.append(f"{name}: {error['msg']} (set by {where})")
    return "bad settings: " + "; ".join(problems)


def describe_settings(settings: Settings) -> Mapping[str, Any]:
    """The settings as a log or ``status`` may show them: secrets masked."""
    shown = settings.model_dump()
    for key, value in shown.items():
        if isinstance(value, SecretStr):
            shown[key] = "**********" if value.get_secret_value() else ""
    return shown
