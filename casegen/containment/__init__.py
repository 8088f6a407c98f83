"""Incident containment sets: a window and filters frozen into immutable, numbered versions of the case
set ``containment/<name>``, with their differences.

::

    definition = Definition(since, until, parse_filters(["service=checkout", "status=error"]))
    result = freeze(session, "refund-outage", definition, by="ana", at=now)    # version 1, 2, ...
    diff_versions(session, "refund-outage", 1, 2).added                       # trace ids
"""

from casegen.containment._query import ALIASES, Definition, check_filters, matching_traces, parse_filters, preview
from casegen.containment._versions import (
    PREFIX,
    ContainmentVersion,
    FreezeResult,
    VersionDiff,
    check_name,
    containment_sets,
    diff_versions,
    freeze,
    get_version,
    latest_version,
    members,
    versions,
)

__all__ = [
    "ALIASES",
    "PREFIX",
    "ContainmentVersion",
    "Definition",
    "FreezeResult",
    "VersionDiff",
    "check_filters",
    "check_name",
    "containment_sets",
    "diff_versions",
    "freeze",
    "get_version",
    "latest_version",
    "matching_traces",
    "members",
    "parse_filters",
    "preview",
    "versions",
]
