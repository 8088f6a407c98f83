"""Datasets of cases: content-addressed versions, changelogs, differences and cards (pure; the store keeps
them, ``tracecase datasets`` drives them).

::

    query = make_query(["accepted"], ["service=checkout"])           # --from-status / --where
    members = [member_of(case) for case in cases if case_matches(case, query)]
    v1 = make_version("golden", members, RevisionHistory.of(cases), previous=None, by="ana", at=now)
    v1.id == version_id(members)                                     # same revisions, same id, any order
    diff = diff_versions(v1, v2, source)                             # added / removed / changed fields
    print(render_card(build_card(dataset, v2, member_cases, decisions, history=[v1, v2])))
"""

from casegen.datasets._card import CARD_DIMENSIONS, build_card, redaction_summary
from casegen.datasets._changes import RevisionHistory, RevisionKey, RevisionSource, build_changelog, diff_versions
from casegen.datasets._identity import (
    VERSION_SCHEME,
    canonical_json,
    document_digest,
    member_of,
    revision_digest,
    sorted_members,
    version_id,
)
from casegen.datasets._markdown import render_card, render_changelog, render_diff_table
from casegen.datasets._query import FACETS, WHERE_FIELDS, case_matches, make_query, parse_where
from casegen.datasets._versions import find_version, make_version

__all__ = [
    "CARD_DIMENSIONS",
    "FACETS",
    "VERSION_SCHEME",
    "WHERE_FIELDS",
    "RevisionHistory",
    "RevisionKey",
    "RevisionSource",
    "build_card",
    "build_changelog",
    "canonical_json",
    "case_matches",
    "diff_versions",
    "document_digest",
    "find_version",
    "make_query",
    "make_version",
    "member_of",
    "parse_where",
    "redaction_summary",
    "render_card",
    "render_changelog",
    "render_diff_table",
    "revision_digest",
    "sorted_members",
    "version_id",
]
