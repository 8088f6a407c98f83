"""Building the service's parts from its settings, once per process (``ingest``, ``serve``, ``demo``)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from schemas.errors import ConfigError
from tracecase.settings import Settings

if TYPE_CHECKING:
    from casegen.flags import FlagHandler, NoteRedactor
    from casegen.promote import RuleSet
    from casegen.review import Taxonomy
    from casegen.stream import PromotionHook
    from ingest.pipeline import StoredHook, TraceProcessor
    from redaction import Redactor
    from store import TraceStore


def configure_logging(settings: Settings) -> None:
    """Plain or JSON-lines logs on stderr. Log calls in tracecase never pass span text."""
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s", timestamp=False))
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level)
    for noisy in ("kafka", "alembic"):  # their INFO lines are per connection/migration step
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))


def configure_telemetry(service_name: str) -> None:
    """The service's own metrics, exported over OTLP when ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set."""
    if not os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT"):
        return
    from opentelemetry import metrics
    from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
    from opentelemetry.sdk.resources import Resource

    reader = PeriodicExportingMetricReader(OTLPMetricExporter())
    metrics.set_meter_provider(
        MeterProvider(resource=Resource.create({"service.name": service_name}), metric_readers=[reader])
    )


def open_store(settings: Settings, *, migrate: bool = True) -> TraceStore:
    from store import TraceStore

    return TraceStore(settings.db.get_secret_value(), migrate=migrate)


def build_redactor(settings: Settings) -> Redactor:
    from redaction import RedactionConfig, Redactor

    key = settings.redaction_key_bytes()
    if key is None:
        raise ConfigError(
            "redaction_key: not set; give every consumer the same key with TRACECASE_REDACTION_KEY or "
            "TRACECASE_REDACTION_KEY_FILE (placeholders are a keyed hash of trace and value)"
        )
    return Redactor(RedactionConfig.load(settings.redaction_config), placeholder_key=key)


def build_processor(
    settings: Settings, store: TraceStore | None, hooks: Sequence[StoredHook] = (), redactor: Redactor | None = None
) -> TraceProcessor:
    """The pipeline; with a store, each completed trace's required-field checks are kept too (coverage over time)."""
    from ingest.pipeline import TraceProcessor
    from ingest.validate import CoverageHook
    from schemas.policy import RequiredFieldPolicy

    policy = RequiredFieldPolicy.load(settings.policy)
    if store is not None:
        hooks = [*hooks, CoverageHook(policy)]
    return TraceProcessor(policy, redactor or build_redactor(settings), store, hooks)


def load_rule_set(settings: Settings) -> RuleSet:
    """The promotion rules of ``settings.rules`` (built-in defaults when unset); a bad file fails here."""
    from casegen.promote import load_rules

    return load_rules(settings.rules)


def load_taxonomy(settings: Settings) -> Taxonomy:
    from casegen.review import Taxonomy, default_taxonomy

    return Taxonomy.from_file(settings.taxonomy) if settings.taxonomy else default_taxonomy()


def build_promotion_hook(settings: Settings) -> PromotionHook:
    """The hook that promotes every completed or revised trace (rules, waiting flags, facets, cases)."""
    from casegen.stream import PromotionHook

    return PromotionHook(load_rule_set(settings))


def build_flag_handler(settings: Settings, store: TraceStore, redactor: NoteRedactor) -> FlagHandler:
    """The record handler of the flags topic: notes redacted by ``redactor`` before they are stored."""
    from datetime import timedelta

    from casegen.flags import FlagHandler

    return FlagHandler(store, redactor, timedelta(hours=settings.flag_ttl_hours))
