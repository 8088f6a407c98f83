"""The queue sorted by near-duplicate group size (both databases): groups collapsed, largest first, keyset
pages that neither skip nor repeat, and cursors of one order refused by the other."""

from __future__ import annotations

from pathlib import Path

import pytest
from case_feed import agent_trace
from case_store import store_traces

from casegen.exceptions import InputError
from casegen.persist import CaseFilter, list_cases
from casegen.stream import PromotionHook
from store import TraceStore


def test_largest_groups_come_first_page_by_page(db_url: str, tmp_path: Path) -> None:
    store = TraceStore(db_url)
    questions = ["Where is order 1?"] * 3 + ["Can I pay by card?"] * 2 + ["Do you sell gift vouchers?"]
    store_traces(store, [agent_trace(error=True, question=q) for q in questions], tmp_path / "otlp", [PromotionHook()])
    everything = CaseFilter()
    seen: list[tuple[int, str]] = []
    after = None
    with store.transaction() as session:
        while True:
            page = list_cases(session, everything, limit=1, after=after, order="largest_group")
            seen += [(item.group_size, item.case.content.input.messages[0].content or "") for item in page.items]
            if page.next_cursor is None:
                break
            after = page.next_cursor
        assert seen == [(3, questions[0]), (2, questions[3]), (1, questions[5])]
        newest = list_cases(session, everything, limit=1, collapse=True)
        assert newest.next_cursor is not None
        with pytest.raises(InputError, match="another order"):
            list_cases(session, everything, limit=1, after=newest.next_cursor, order="largest_group")
        with pytest.raises(InputError, match="another order"):
            list_cases(session, everything, limit=1, after=after, order="newest")
    store.close()
