"""The canonical ``jsonl`` export: exact case records from which revision digests are recomputed, and
reading the file back gives the same version id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dataset_cases import CANARIES, reviewed_cases

from casegen import ExportError
from casegen.datasets import document_digest, member_of, version_id
from casegen.export import export_cases, read_jsonl


def test_a_round_trip_gives_the_same_cases_and_version_id(tmp_path: Path) -> None:
    cases = reviewed_cases()
    out = tmp_path / "golden.jsonl"
    export_cases(cases, "jsonl", out)
    back = read_jsonl(out)
    assert back == list(cases)
    assert version_id(map(member_of, back)) == version_id(map(member_of, cases))
    # Each line is the case record as the store keeps it; its digest is recomputed from the line alone.
    lines = out.read_text().splitlines()
    assert lines == [c.model_dump_json() for c in cases]
    assert [document_digest(json.loads(line)) for line in lines] == [member_of(c).digest for c in cases]


def test_a_bad_line_is_named_without_its_text(tmp_path: Path) -> None:
    good = reviewed_cases()[0].model_dump_json()
    cases = [
        (f"{good}\nnot json {CANARIES[0]}\n", "line 2: not JSON"),
        (f'{good}\n{{"id": "{CANARIES[1]}"}}\n', "line 2: not a case"),
        (f"{good}\n[1, 2]\n", "line 2: expected a case object"),
        ('{"schema_version": 99}\n', "line 1: case schema version 99 is newer"),
    ]
    for content, message in cases:
        path = tmp_path / "bad.jsonl"
        path.write_text(content)
        with pytest.raises(ExportError, match=message) as raised:
            read_jsonl(path)
        assert not any(canary in str(raised.value) for canary in CANARIES)
    with pytest.raises(ExportError, match="cannot read"):
        read_jsonl(tmp_path / "missing.jsonl")
