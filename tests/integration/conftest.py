"""The live ``test_frameworks_*`` modules' fixture: each module emits into its own temporary root."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from trace_checks import Emitted, emitted_in_tempdir


@pytest.fixture(scope="module")
def emitted() -> Iterator[Emitted]:
    yield from emitted_in_tempdir()
