"""An independent evaluation set for the redaction engine (issue 10): generated from sources the tuning corpus
does not use (other Faker locales, names hand-written from 33 origins, its own templates and span kinds) and
scored by per-class rates only, so that its values never reach whoever tunes the engine.

``python -m bench.redaction.evalset --seed N --score-plain-presidio`` prints the set's make-up and the rates of
plain Presidio and of tracecase's CLI on it.
"""

from .generator import TEXT_KINDS, generate_evalset
from .rates import evalset_rates
from .report import render_rates

__all__ = ["TEXT_KINDS", "evalset_rates", "generate_evalset", "render_rates"]
