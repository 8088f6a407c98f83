"""Datasets in the store (tables: ``store.dataset_tables``). Functions take the caller's ``sqlmodel.Session``
so that a caller composes them in one transaction; every write is audited with its author.

::

    create_dataset(session, "golden", description="...", query=make_query(["accepted"]), by="ana", at=now)
    add_all(session, "golden", candidate_ids(session, query), by="ana", at=now)
    result = freeze_version(session, "golden", by="ana", at=now, message="first cut")   # .version, .created
    compare_versions(session, "golden", 1, 2)            # VersionDiff with field-level changes
    version_cases(session, load_version(session, "golden", "v2"))   # the frozen case revisions, for export
    import_cases(session, read_jsonl(path), name="golden", by="ana", at=now)            # same version id
"""

from casegen.datasets.persist._candidates import MAX_PAGE, CandidatePage, candidate_ids, list_candidates
from casegen.datasets.persist._import import import_cases
from casegen.datasets.persist._membership import (
    Membership,
    add_all,
    add_cases,
    create_dataset,
    get_dataset,
    list_datasets,
    membership,
    remove_cases,
    require_dataset,
)
from casegen.datasets.persist._reports import DatasetSummary, dataset_card, summarize
from casegen.datasets.persist._revisions import StoredRevisions, load_revisions
from casegen.datasets.persist._versions import (
    FreezeResult,
    VersionInfo,
    compare_versions,
    freeze_revisions,
    freeze_version,
    load_version,
    version_cases,
    version_infos,
    version_records,
    version_shells,
)

__all__ = [
    "MAX_PAGE",
    "CandidatePage",
    "DatasetSummary",
    "FreezeResult",
    "Membership",
    "StoredRevisions",
    "VersionInfo",
    "add_all",
    "add_cases",
    "candidate_ids",
    "compare_versions",
    "create_dataset",
    "dataset_card",
    "freeze_revisions",
    "freeze_version",
    "get_dataset",
    "import_cases",
    "list_candidates",
    "list_datasets",
    "load_revisions",
    "load_version",
    "membership",
    "remove_cases",
    "require_dataset",
    "summarize",
    "version_cases",
    "version_infos",
    "version_records",
    "version_shells",
]
