"""``sampling``: promote a fixed share of traces per service as fresh baseline cases.

The decision is a pure function of the trace id (a SHA-256 of ``salt`` and the id, read as a fraction
of 2^64), so every consumer process, a restart and a backfill all pick the same traces; a different
``salt`` picks an independent sample.

Settings:

``rate``
    Share of traces (0 to 1) of services not listed in ``services``. Default 0: only listed services.
``services``
    Service name -> share, e.g. ``{checkout = 0.01, search = 0.001}``.
``salt``
    Default: the rule's name.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, ClassVar

from pydantic import Field

from casegen.promote._base import Match, Rule
from casegen.promote._facts import TraceFacts
from casegen.promote._registry import register_rule

Share = Annotated[float, Field(ge=0.0, le=1.0)]


def sample_point(salt: str, trace_id: str) -> float:
    """Where ``trace_id`` falls in [0, 1) for ``salt``: uniform over trace ids, the same in every process."""
    digest = hashlib.sha256(f"{salt}\x00{trace_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


@register_rule
class SamplingRule(Rule):
    kind: ClassVar[str] = "sampling"

    rate: Share = 0.0
    services: dict[str, Share] = Field(default_factory=dict)
    salt: str | None = None

    def check(self, facts: TraceFacts) -> Match | None:
        service = facts.service
        rate = self.services.get(service, self.rate) if service is not None else self.rate
        if rate <= 0.0 or sample_point(self.salt or self.name, facts.trace_id) >= rate:
            return None
        where = f"service {service!r}" if service is not None and service in self.services else "default rate"
        return Match(reason=f"sampled at {rate:g} ({where})")
