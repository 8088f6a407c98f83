"""One trace -> its case, whichever path promoted it (rules, backfill, tickets, containment sets).

::

    case = promote_trace(session, record, [source], at=now, redactions=span_records, trace_changed=False)
"""

from casegen.intake._promote import SYSTEM_AUTHOR, promote_trace, source_author

__all__ = ["SYSTEM_AUTHOR", "promote_trace", "source_author"]
