"""Support-ticket flags: prepared (note redacted) before storing, applied when their trace is complete,
waiting meanwhile, expired after their time; from the CLI, the HTTP API or a Kafka topic.

::

    flag = prepare_flag(trace_id=t, ticket_id="T-1", note=text, by="ana", redactor=r, now=now, ttl=ttl)
    with store.transaction() as session:
        flag = store_flag(session, flag, author="ana", now=now)    # status: applied or waiting
"""

from casegen.flags._flag import (
    MAX_NOTE,
    MAX_TICKET,
    NoteRedactor,
    apply_waiting_flags,
    prepare_flag,
    store_flag,
    ticket_source,
)
from casegen.flags._messages import MAX_MESSAGE_BYTES, FlagHandler, FlagMessage, parse_flag_message

__all__ = [
    "MAX_MESSAGE_BYTES",
    "MAX_NOTE",
    "MAX_TICKET",
    "FlagHandler",
    "FlagMessage",
    "NoteRedactor",
    "apply_waiting_flags",
    "parse_flag_message",
    "prepare_flag",
    "store_flag",
    "ticket_source",
]
