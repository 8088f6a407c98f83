"""Near-duplicate groups: exact after normalization, similar by MinHash, stable keys, group decisions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import NOW, T0, rule_source, span, trace

from casegen import ReviewError
from casegen.cases import build_case, input_fingerprint, normalize_text
from casegen.review import accept, apply_group_decision, group_near_duplicates, reject
from schemas import Message
from schemas.case import Case, CaseInput

LONG = (
    "Hi, I ordered a pair of running shoes last Tuesday, order number <ID_1>, and the tracking page has not "
    "changed since Wednesday. Could you tell me when it will arrive and whether I can still change the size?"
)


def _case(number: int, question: str, minutes: int = 0) -> Case:
    record = trace(
        span(
            1,
            trace_id=f"{number:032x}",
            start=minutes * 60,
            end=minutes * 60 + 1,
            input_messages=[Message(role="user", content=question)],
        )
    )
    return build_case(record, [rule_source()], author="t", at=NOW)


def test_normalization_keeps_the_type_and_drops_the_suffix_case_and_spacing() -> None:
    assert normalize_text("  Hello <PERSON_3f9a2c>,\n\tMY   email is <EMAIL_ADDRESS_12> ") == (
        "hello <person>, my email is <email_address>"
    )
    one = CaseInput(messages=(Message(role="user", content="Call <PERSON_1> now"),))
    two = CaseInput(messages=(Message(role="user", content="call  <PERSON_7f3e2a1b9c0d>   NOW"),))
    other_type = CaseInput(messages=(Message(role="user", content="call <LOCATION_1> now"),))
    as_system = CaseInput(system="Call <PERSON_1> now")
    assert input_fingerprint(one) == input_fingerprint(two)
    assert input_fingerprint(one) != input_fingerprint(other_type)
    assert input_fingerprint(one) != input_fingerprint(as_system)


def test_exact_and_near_duplicates_group_and_others_stay_alone() -> None:
    cases = [
        _case(1, LONG, minutes=0),
        _case(2, "  " + LONG.replace("<ID_1>", "<ID_9c2e>").replace("Hi, I", "HI,\n  I"), minutes=1),  # same
        _case(3, LONG.replace("last Tuesday", "last Thursday"), minutes=2),  # very similar
        _case(4, "What is your returns policy for opened electronics bought during the sale?", minutes=3),
        _case(5, "Cancel my subscription, please.", minutes=4),
    ]
    groups = group_near_duplicates(list(reversed(cases)))
    assert [g.members for g in groups] == [
        (cases[0].id, cases[1].id, cases[2].id),
        (cases[3].id,),
        (cases[4].id,),
    ]
    assert groups[0].size == 3 and groups[0].representative == cases[0].id
    assert groups[0].key == cases[0].duplicate_group == cases[1].duplicate_group


def test_the_group_key_stays_as_later_members_join() -> None:
    first = _case(1, LONG, minutes=0)
    [before] = group_near_duplicates([first])
    later = [_case(n, LONG.replace("Tuesday", day), minutes=n) for n, day in ((2, "Monday"), (3, "Friday"))]
    [after] = group_near_duplicates([*later, first])
    assert before.key == after.key == first.duplicate_group and after.size == 3


def test_a_stricter_threshold_splits_similar_inputs() -> None:
    cases = [_case(1, LONG), _case(2, LONG.replace("running shoes", "hiking boots"), minutes=1)]
    assert len(group_near_duplicates(cases, threshold=0.6)) == 1
    assert len(group_near_duplicates(cases, threshold=1.0)) == 2
    with pytest.raises(ValueError, match="threshold"):
        group_near_duplicates(cases, threshold=0)


def test_a_decision_on_the_representative_applies_to_the_rest() -> None:
    representative, twin, decided = _case(1, LONG), _case(2, LONG.lower(), 1), _case(3, LONG, 2)
    decided = reject(decided, by="bo", at=NOW, reason="already seen")
    with pytest.raises(ReviewError, match="decide it first"):
        apply_group_decision(representative, [twin], by="ana", at=NOW)
    accepted = accept(representative, by="ana", at=NOW, expected_output="Thursday.", labels=["missing_information"])
    [applied] = apply_group_decision(accepted, [accepted, twin, decided], by="ana", at=NOW + timedelta(seconds=1))
    assert applied.id == twin.id and applied.status == "accepted" and applied.review == accepted.review
    rejected = reject(_case(4, LONG), by="ana", at=NOW, reason="test traffic")
    [also] = apply_group_decision(rejected, [_case(5, LONG)], by="ana", at=NOW)
    assert also.status == "rejected" and also.review.reject_reason == "test traffic"
    assert T0 < NOW
