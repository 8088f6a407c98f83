"""The canonical ``jsonl`` export: exact case records, a line's SHA-256 is its revision digest, and reading
the file back gives the same version id."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from dataset_cases import CANARIES, reviewed_cases

from casegen import ExportError
from casegen.datasets import member_of, version_id
from casegen.export import export_cases, read_jsonl


def test_a_round_trip_gives_the_same_cases_and_version_id(tmp_path: Path) -> None:
    cases = reviewed_cases()
    out = tmp_path / "golden.jsonl"
    export_cases(cases, "jsonl", out)
    back = read_jsonl(out)
    assert back == list(cases)
    assert version_id(map(member_of, back)) == version_id(map(member_of, cases))
    digests = [hashlib.sha256(line).hexdigest() for line in out.read_bytes().splitlines()]
    assert digests == [member_of(c).digest for c in cases]


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
