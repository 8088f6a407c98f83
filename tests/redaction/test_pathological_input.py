"""Adversarial input: cost stays linear, nothing crashes, and the result is still right.

No timings are asserted; these inputs used to take minutes (quadratic context scoring and replacement,
quadratic name-span lookups) or raised out of ``redact_texts`` (JSON nested too deep), so a
regression shows as a hang or an error.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable

import pytest
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from redaction import REDACTION_FAILED, Redactor
from redaction._engine import IndexedContextEnhancer

pytestmark = pytest.mark.slow

MB = 1_000_000
# 200 KB per filler: a quadratic step takes minutes at this size, a linear one about a second.
FILLER = 100_000
EMAIL = "kwame.mensah.canary@example.org"

# name -> filler builder (size in characters); the email is planted in the middle of each.
FILLERS: dict[str, Callable[[int], str]] = {
    "one word, no spaces": lambda n: "a" * n,
    "camel case, no spaces": lambda n: "AbcDefGhi" * (n // 9),
    "digits, no spaces": lambda n: "7" * n,
    "digits and dashes": lambda n: "12-" * (n // 3),
    "open brackets": lambda n: "(" * n,
    "mixed punctuation": lambda n: "([{<'\"" * (n // 6),
    "dots between letters": lambda n: "a." * (n // 2),
    "at signs": lambda n: "a@" * (n // 2),
    "assignments": lambda n: "password=" * (n // 9),
    "newlines": lambda n: "\n" * n,
    "base64-like run": lambda n: "Zq8Lm3vT2sWx/+" * (n // 14),
    "greeting cues": lambda n: "Hi, " * (n // 4),
    "signature cues": lambda n: "Regards,\n" * (n // 9),
}


def _made_up_name(i: int) -> str:
    syllables = ("zor", "vak", "quel", "lit", "ra", "mun", "dae", "ko")
    first = "".join(syllables[(i >> k) % 8] for k in (0, 3, 6)).title()
    last = "".join(syllables[(i >> k) % 8] for k in (1, 4, 7, 9)).title()
    return f"{first} {last}"


@pytest.mark.parametrize("name", sorted(FILLERS))
def test_long_filler_keeps_no_planted_email(redactor: Redactor, name: str) -> None:
    filler = FILLERS[name](FILLER)
    text = f"{filler} {EMAIL} {filler}"
    out = redactor.redact_texts([text])[0]
    assert out != REDACTION_FAILED
    assert EMAIL not in out and "<EMAIL_ADDRESS_1>" in out


def test_one_megabyte_without_spaces(redactor: Redactor) -> None:
    text = "([{" * (MB // 6) + f" {EMAIL} " + "x.y" * (MB // 6)
    out = redactor.redact_texts([text])[0]
    assert EMAIL not in out and out.startswith("([{([{") and out.endswith("x.yx.y")


@pytest.mark.parametrize(
    "text",
    [
        # Every other word a capitalised candidate: one NER window over the whole line.
        " ".join(f"{i} Main" for i in range(12_000)),
        " ".join(["Alpha", "Maple", "Street", "Jordan", "Herr", "Calle", "Mr", "Avenue"] * 2_500),
        "Contact: " + "Ana Ruiz, " * 10_000,
        # Thousands of distinct names in one line, parts recurring in lower case: each such occurrence used to
        # re-read the whole line to learn its case (28 s here, minutes at 1 MB).
        " ".join(
            f"the file of {_made_up_name(i)} was sent to {_made_up_name(i).split()[1].lower()}." for i in range(4_000)
        ),
    ],
    ids=["numbered capitals", "capitalised words", "repeated cue", "distinct names, no line break"],
)
def test_dense_name_candidates_finish_and_redact(redactor: Redactor, text: str) -> None:
    out = redactor.redact_texts([text + f" Mail {EMAIL}"])[0]
    assert out != REDACTION_FAILED and EMAIL not in out


def test_thousands_of_findings_in_one_text_are_all_replaced_consistently(redactor: Redactor) -> None:
    lines = [f"ticket {i}: call +1 415 555 {2000 + i % 50:04d} or mail user{i % 700}@example.com" for i in range(6_000)]
    out = redactor.redact_texts(["\n".join(lines)])[0].split("\n")
    assert len(out) == len(lines)
    assert not any("@example.com" in line or "415 555" in line for line in out)
    # Same value, same placeholder, however far apart in the text.
    assert out[0].split("mail ")[1] == out[700].split("mail ")[1]
    assert out[1].split("call ")[1].split(" or")[0] == out[51].split("call ")[1].split(" or")[0]


@pytest.mark.parametrize("depth", [10_000, 100_000])
def test_json_nested_too_deep_for_the_parser_is_analyzed_as_text(redactor: Redactor, depth: int) -> None:
    text = "[" * depth + json.dumps(EMAIL) + "]" * depth
    out = redactor.redact_texts([text])[0]
    assert EMAIL not in out and out.startswith("[[[") and out.endswith("]]]")


def test_python_value_nested_too_deep_to_walk_fails_closed(redactor: Redactor) -> None:
    deep: object = EMAIL
    for _ in range(5_000):
        deep = {"child": deep}
    out = redactor.redact_values([deep, f"mail {EMAIL}"])
    assert out == [REDACTION_FAILED, "mail <EMAIL_ADDRESS_1>"]


def test_huge_json_array_stays_valid_with_every_value_redacted(redactor: Redactor) -> None:
    rows = [{"id": i, "note": f"Call Kwame at +1 415 555 {i % 10_000:04d}", "token": "abc"} for i in range(8_000)]
    out = json.loads(redactor.redact_texts([json.dumps(rows)])[0])
    assert [row["id"] for row in out] == list(range(8_000))
    assert all("415 555" not in row["note"] and row["token"] != "abc" for row in out)


# Context scoring must give exactly Presidio's scores: the indexed enhancer only changes the cost.
CONTEXT_TEXTS = [
    ("my phone is 415 555 2671 and my ssn: 536-90-4399", True),
    ("ship to 12 Main Street, Springfield, IL 62701 please", True),
    ("SSN 536-90-4399\n\n\nno context here 078-05-1120 at all, passport 912803456", True),
    # Presidio looks one keyword ahead only: "ssn" at the end is too far to count.
    ("536-90-4399 at the very start, then words words words words words words ssn", False),
]


@pytest.mark.parametrize(("text", "boosted"), CONTEXT_TEXTS)
def test_indexed_context_enhancer_matches_presidio(redactor: Redactor, text: str, boosted: bool) -> None:
    analyzer = redactor._analyzer
    wanted = analyzer._triggers.entities_for(text)
    recognizers = [r for r in analyzer._runner.recognizers(wanted) if r.context]
    raw = [res for r in recognizers for res in r.analyze(text=text, entities=wanted, nlp_artifacts=None)]
    assert raw, "the table needs texts where recognizers with context words find something"
    artifacts = analyzer._nlp.artifacts(text, [])
    ours = IndexedContextEnhancer().enhance_using_context(text, copy.deepcopy(raw), artifacts, recognizers)
    theirs = LemmaContextAwareEnhancer().enhance_using_context(text, copy.deepcopy(raw), artifacts, recognizers)
    assert [(r.entity_type, r.start, r.end, r.score) for r in ours] == [
        (r.entity_type, r.start, r.end, r.score) for r in theirs
    ]
    assert any(r.score != o.score for r, o in zip(raw, theirs, strict=True)) == boosted
