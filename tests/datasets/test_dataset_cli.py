"""``tracecase datasets`` end to end on both databases: create from a query, add, remove, version, show the
card and changelog, diff as JSON and table, export every format, import into another store."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result
from dataset_cases import CANARIES, store_reviewed_cases

from casegen.datasets import case_matches, make_query, member_of, version_id
from store import TraceStore
from tracecase.cli import main


def _run(*args: str) -> Result:
    result = CliRunner().invoke(main, ["datasets", *args])
    return result


def test_the_whole_cycle_from_the_command_line(db_url: str, tmp_path: Path) -> None:
    store = TraceStore(db_url)
    cases = store_reviewed_cases(store)
    store.close()
    accepted = sorted((c for c in cases if case_matches(c, make_query(["accepted"]))), key=lambda c: c.id)
    db = ["--db", db_url]

    created = _run(
        "create", "golden", "--from-status", "accepted", "--description", "Golden answers", "--by", "ana", *db
    )
    assert created.exit_code == 0, created.output
    assert f"dataset golden: {len(accepted)} case(s)" in created.output
    made = _run("version", "golden", "--message", "first", "--by", "ana", *db)
    assert made.exit_code == 0, made.output
    expected_id = version_id(map(member_of, accepted))
    assert f"version 1: {expected_id}" in made.output and f"{len(accepted)} added" in made.output
    unchanged = _run("version", "golden", *db)
    assert "unchanged since version 1" in unchanged.output

    extra = next(c for c in cases if c.status == "candidate")
    assert _run("add", "golden", extra.id, "--by", "ben", *db).exit_code == 0
    assert _run("remove", "golden", accepted[0].id, "--by", "cy", *db).exit_code == 0
    second = _run("version", "golden", "--by", "ana", *db)
    assert "version 2:" in second.output and "1 added, 1 removed, 0 changed" in second.output

    listed = json.loads(_run("list", "--format", "json", *db).output)
    assert listed == [
        {
            "name": "golden",
            "kind": "curated",
            "description": "Golden answers",
            "members": len(accepted),
            "versions": 2,
            "latest_version": 2,
            "latest_version_id": listed[0]["latest_version_id"],
        }
    ]
    card = _run("show", "golden", "--version", "1", *db)
    assert card.exit_code == 0, card.output
    assert "# golden — version 1" in card.output and "Golden answers" in card.output and expected_id in card.output
    assert "## Changelog (against nothing (first version))" in card.output
    latest = _run("show", "golden", *db).output
    assert "# golden — version 2" in latest and extra.id in latest and "| ben" in latest and "| cy" in latest

    as_json = json.loads(_run("diff", "golden", "1", "2", "--format", "json", *db).output)
    assert [m["case_id"] for m in as_json["added"]] == [extra.id]
    assert [m["case_id"] for m in as_json["removed"]] == [accepted[0].id]
    table = _run("diff", "golden", "v1", "v2", *db).output
    assert "1 added, 1 removed, 0 changed" in table and extra.id in table

    for fmt, suffix in [
        ("jsonl", ".jsonl"),
        ("parquet", ".parquet"),
        ("openai-evals", ".jsonl"),
        ("inspect", ".jsonl"),
        ("promptfoo", ".json"),
        ("ragas", ".jsonl"),
    ]:
        out = tmp_path / f"golden-{fmt}{suffix}"
        exported = _run("export", "golden", "--version", "1", "--format", fmt, "--out", str(out), *db)
        assert exported.exit_code == 0, exported.output
        written = int(exported.output.split(" case(s) as ")[0].rsplit(" ", 1)[1])
        left_out = int(exported.stderr.split(" case(s) left out")[0].rsplit(" ", 1)[1]) if exported.stderr else 0
        assert written + left_out == len(accepted) and (left_out == 0) == (fmt in ("jsonl", "parquet", "promptfoo"))
        assert not any(canary.encode() in out.read_bytes() for canary in CANARIES)

    other = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    imported = _run(
        "import", str(tmp_path / "golden-jsonl.jsonl"), "--format", "jsonl", "--name", "golden", "--db", other
    )
    assert imported.exit_code == 0, imported.output
    assert f"dataset golden version 1: {expected_id}" in imported.output


def test_errors_are_one_line_messages(db_url: str, tmp_path: Path) -> None:
    db = ["--db", db_url]
    missing = _run("version", "nope", *db)
    assert missing.exit_code == 1 and "no dataset 'nope'" in missing.output
    bad_where = _run("create", "x", "--where", "colour=red", *db)
    assert bad_where.exit_code == 1 and "unknown field 'colour'" in bad_where.output
    bad_format = _run("export", "x", "--format", "csv", "--out", str(tmp_path / "x.csv"), *db)
    assert bad_format.exit_code == 2 and "'csv' is not one of" in bad_format.output
    (tmp_path / "bad.jsonl").write_text("not json\n")
    bad_file = _run("import", str(tmp_path / "bad.jsonl"), *db)
    assert bad_file.exit_code == 1 and "line 1: not JSON" in bad_file.output
