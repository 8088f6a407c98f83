"""Cases, decisions, case sets, flags and the audit log in the store (tables: ``store.case_tables``,
``store.flag_tables``, ``store.access_tables``). Functions take the caller's ``sqlmodel.Session``: a
caller composes them in one transaction (``with store.transaction() as session``).

::

    save_case(session, case)                 # revision N needs the stored case at N-1, else CaseConflictError
    get_case(session, case_id)               # current revision (or None); case_history: every revision
    list_cases(session, CaseFilter(status="candidate"), limit=50, after=cursor, collapse=True)
    audit(session, author="ana", action="case.accept", target=case_id, at=now)
    claim_case(session, case_id, by="ana", at=now, ttl=timedelta(minutes=15))   # CaseClaimedError if taken
"""

from casegen.persist._audit import AuditEntry, audit, audit_entries
from casegen.persist._cases import (
    case_history,
    cases_by_id,
    current_revision,
    get_case,
    pointer_columns,
    require_case,
    revision_row,
    save_case,
)
from casegen.persist._claims import (
    Claim,
    check_claim,
    claim_case,
    next_unclaimed,
    release_claim,
    running_claim,
    running_claims,
)
from casegen.persist._filters import CaseFilter
from casegen.persist._flags import expire_flags, flag_from_row, get_flag, list_flags, put_flag, waiting_flags
from casegen.persist._listing import MAX_PAGE, CasePage, ListedCase, count_cases, list_cases
from casegen.persist._sets import (
    add_members,
    decisions_for,
    get_case_set,
    list_case_sets,
    record_decision,
    require_case_set,
    set_members,
    sets_of_case,
)
from casegen.persist._traces import StoredTrace, load_trace

__all__ = [
    "MAX_PAGE",
    "AuditEntry",
    "CaseFilter",
    "CasePage",
    "Claim",
    "ListedCase",
    "StoredTrace",
    "add_members",
    "audit",
    "audit_entries",
    "case_history",
    "cases_by_id",
    "check_claim",
    "claim_case",
    "count_cases",
    "current_revision",
    "decisions_for",
    "expire_flags",
    "flag_from_row",
    "get_case",
    "get_case_set",
    "get_flag",
    "list_case_sets",
    "list_cases",
    "list_flags",
    "load_trace",
    "next_unclaimed",
    "pointer_columns",
    "put_flag",
    "record_decision",
    "release_claim",
    "require_case",
    "require_case_set",
    "revision_row",
    "running_claim",
    "running_claims",
    "save_case",
    "set_members",
    "sets_of_case",
    "waiting_flags",
]
