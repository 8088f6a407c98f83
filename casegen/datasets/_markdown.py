"""Text renderings: the dataset card (Markdown), a version diff and a changelog as tables."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from tabulate import tabulate

from casegen.datasets._identity import VERSION_SCHEME
from schemas.dataset import AgreementSummary, ChangelogEntry, DatasetCard, VersionDiff

_TITLES = {
    "status": "Status",
    "source": "Source",
    "rule": "Promoting rule",
    "label": "Failure label",
    "service": "Service",
    "model": "Model",
    "language": "Input language",
}
_METRICS = {"cohen_kappa": "Cohen's kappa", "krippendorff_alpha": "Krippendorff's alpha"}
SHORT_ID = 12


def _cell(value: Any, limit: int | None = None) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    return tabulate([[_cell(v) for v in row] for row in rows], headers=list(headers), tablefmt="github")


def render_card(card: DatasetCard) -> str:
    """The card as Markdown."""
    version, dataset = card.version, card.dataset
    made = f"{version.created_at:%Y-%m-%d %H:%M} UTC by {version.created_by}"
    parts = [
        f"# {dataset.name} — version {version.number}",
        _table(
            ["", ""],
            [
                ["Version id", f"`{version.id}`"],
                ["Cases", card.cases],
                ["Kind", dataset.kind],
                ["Made", made + (f": {version.message}" if version.message else "")],
            ],
        ),
        "## Purpose",
        dataset.description or "_No purpose recorded (`tracecase datasets create NAME --description TEXT`)._",
        "## Contents",
    ]
    for dimension, counts in card.counts.items():
        parts.append(f"### {_TITLES.get(dimension, dimension)}")
        parts.append(_table([_TITLES.get(dimension, dimension), "Cases", "Share"], _shares(counts, card.cases)))
    parts += ["## Redaction", *_redaction(card)]
    parts += ["## Reviewer agreement", *_agreement(card)]
    parts += ["## How it was built", _built(card)]
    return "\n\n".join(parts) + "\n"


def _shares(counts: Mapping[str, int], total: int) -> list[list[Any]]:
    return [[value, count, f"{count / total:.0%}" if total else "-"] for value, count in counts.items()]


def _redaction(card: DatasetCard) -> list[str]:
    summary = card.redaction
    lines = [
        f"{summary.cases_with_replacements} of {card.cases} cases had values replaced before they were stored. "
        "Cases hold placeholders (`<PERSON_…>`), never the replaced values; this card lists only entity types, "
        "case fields and counts."
    ]
    if summary.cases_without_record:
        lines.append(f"{summary.cases_without_record} cases carry no redaction record.")
    if summary.policy_versions:
        lines.append(_table(["Redaction policy version", "Cases"], summary.policy_versions.items()))
    if summary.entity_types:
        lines.append(_table(["Entity type", "Values replaced"], summary.entity_types.items()))
        lines.append(_table(["Case field", "Values replaced"], summary.fields.items()))
    return lines


def _agreement(card: DatasetCard) -> list[str]:
    agreement = card.agreement
    if agreement.decision is None:
        return ["No independent review decisions are recorded for these cases."]
    lines = [
        f"Reviewers: {', '.join(agreement.reviewers)}. "
        f"{agreement.adjudication} cases await adjudication (reviewers disagree); "
        f"{agreement.single_reviewed} were reviewed by fewer than two reviewers."
    ]
    rows = [["accept / reject", *_figure(agreement.decision)]]
    rows += [[f"label `{name}`", *_figure(figure)] for name, figure in agreement.labels.items()]
    lines.append(_table(["Question", "Metric", "Value", "Observed agreement", "Cases reviewed twice"], rows))
    return lines


def _figure(figure: AgreementSummary) -> list[Any]:
    value = "undefined" if figure.value is None else f"{figure.value:.3f}"
    observed = "-" if figure.observed is None else f"{figure.observed:.0%}"
    return [_METRICS.get(figure.metric, figure.metric), value, observed, figure.units]


def _built(card: DatasetCard) -> str:
    dataset, version = card.dataset, card.version
    query = dataset.query
    if query is None:
        chosen = "members were added by hand (`datasets add`)"
    else:
        statuses = ", ".join(query.statuses) or "any status"
        where = " and ".join(f"{f.field}={f.value}" for f in query.where) or "no other condition"
        chosen = f"first members chosen from cases with {statuses}, where {where}"
    changes = Counter(entry.change for entry in version.changelog)
    items = [
        f"Created {dataset.created_at:%Y-%m-%d} by {dataset.created_by}; {chosen}.",
        "Versions: " + ", ".join(f"v{ref.number} `{ref.id[:SHORT_ID]}`" for ref in card.history)
        if card.history
        else f"Version {version.number}.",
        f"This version against the one before: {changes['added']} added, {changes['removed']} removed, "
        f"{changes['changed']} changed.",
        f"The version id is the SHA-256 content hash of the member case revisions ({VERSION_SCHEME}): "
        "the same revisions always give the same id; a round trip through the `jsonl` export and "
        "`tracecase datasets import` reproduces it.",
        *(f"{key}: {value}" for key, value in card.extra.items()),
    ]
    return "\n".join(f"- {item}" for item in items)


def render_changelog(entries: Sequence[ChangelogEntry]) -> str:
    """A version's changelog as a table."""
    if not entries:
        return "(no changes)"
    rows = [
        [e.change, e.case_id, _revisions(e.from_revision, e.to_revision), ", ".join(e.fields), ", ".join(e.authors)]
        for e in entries
    ]
    return _table(["Change", "Case", "Revision", "Fields", "By"], rows)


def render_diff_table(diff: VersionDiff, *, width: int = 60) -> str:
    """A diff as text tables: added and removed members, then each changed field with old and new value."""
    base, target = diff.base, diff.target
    head = f"{diff.dataset}: v{base.number} `{base.id[:SHORT_ID]}` -> v{target.number} `{target.id[:SHORT_ID]}`"
    summary = f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed"
    parts = [head, summary]
    members = [["added", m.case_id, m.revision] for m in diff.added]
    members += [["removed", m.case_id, m.revision] for m in diff.removed]
    if members:
        parts.append(_table(["Change", "Case", "Revision"], members))
    rows = [
        [
            d.case_id,
            _revisions(d.from_revision, d.to_revision),
            c.op,
            c.path,
            _cell(c.before, width) if c.op != "add" else "",
            _cell(c.after, width) if c.op != "remove" else "",
        ]
        for d in diff.changed
        for c in d.changes or ()
    ]
    rows += [
        [d.case_id, _revisions(d.from_revision, d.to_revision), "", "(bookkeeping only)", "", ""]
        for d in diff.changed
        if not d.changes
    ]
    if rows:
        parts.append(_table(["Case", "Revision", "Op", "Field", "Before", "After"], rows))
    return "\n\n".join(parts) + "\n"


def _revisions(before: int | None, after: int | None) -> str:
    if before is None:
        return str(after)
    if after is None:
        return str(before)
    return f"{before} -> {after}"
