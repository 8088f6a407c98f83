"""One router per resource."""

from tracecase.api.routes import (
    audit,
    cases,
    containment,
    datasets,
    flags,
    groups,
    meta,
    observe,
    rules,
    sets,
    tokens,
    traces,
)

ROUTERS = [
    m.router for m in (meta, cases, groups, sets, datasets, traces, flags, containment, observe, tokens, rules, audit)
]

__all__ = ["ROUTERS"]
