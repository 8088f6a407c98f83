"""Case generation: flagged traces -> versioned candidate eval cases for human review.

Not built yet. It will read redacted ``schemas.TraceRecord``s (never raw ones) and own promotion
rules (errors, negative feedback, guardrails), ticket- and time-window-driven promotion, review
(accept / edit / reject / label), immutable dataset versions and exports.
"""

__all__: list[str] = []
