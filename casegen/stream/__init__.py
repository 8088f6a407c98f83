"""Promotion of stored traces: the hook ``tracecase ingest`` runs as each trace completes or is revised,
and the backfill over traces already stored. Both do the same per trace: write its facets, evaluate the
rules, apply waiting ticket flags and create or revise its case.

::

    processor = TraceProcessor(policy, redactor, store, hooks=[PromotionHook(load_rules(path))])
    backfill_rules(store, load_rules(path), since=datetime(2025, 5, 1, tzinfo=UTC))
"""

from casegen.stream._backfill import BackfillSummary, backfill_rules
from casegen.stream._hook import PromotionHook, promote_stored

__all__ = ["BackfillSummary", "PromotionHook", "backfill_rules", "promote_stored"]
