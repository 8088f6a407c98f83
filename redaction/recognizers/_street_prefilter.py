"""Gates for the street patterns: a pattern runs on a text only if a cheap search finds what it cannot match without.

Most texts hold no street, yet each of ~90 street patterns costs a scan of ``regex`` that tries its opening
alternation at every position of the text. A gate is a necessary condition of its pattern, a search of the standard
library's ``re`` (which skips to a literal or to the first letters of its words) for the pattern's street-type words
or its shape, with whatever the pattern needs around them relaxed (:mod:`redaction.recognizers._street_keywords`):
a skipped pattern could not have matched. (On the tuning and probe corpora 96% of the pattern runs are skipped and
the street recognizer takes a third of its former CPU time.)
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers._base import TracecasePatternRecognizer, alternatives
from redaction.recognizers._street_keywords import fold


class GateText:
    """One text a gate looks at, its fold made once, and the gates already tried on it."""

    __slots__ = ("_folded", "raw", "tried")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._folded: str | None = None
        self.tried: dict[Gate, bool] = {}

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.raw)
        return self._folded


class Gate:
    """Opens where its ``raw`` search finds in the text and its ``folded`` search in the fold, and ``within`` opens."""

    __slots__ = ("_folded", "_raw", "_within")

    def __init__(self, raw: str | None = None, folded: str | None = None, within: Gate | None = None) -> None:
        self._raw = re.compile(raw) if raw is not None else None
        self._folded = re.compile(folded) if folded is not None else None
        self._within = within

    def opens(self, text: GateText) -> bool:
        known = text.tried.get(self)
        if known is None:
            known = (
                (self._within is None or self._within.opens(text))
                and (self._raw is None or self._raw.search(text.raw) is not None)
                and (self._folded is None or self._folded.search(text.folded) is not None)
            )
            text.tried[self] = known
        return known


def one_per_part(form: str, gates: Sequence[Gate | None]) -> Sequence[Gate | None]:
    """``gates``, checked to be one per alternative of ``form``: an alternative added to a form needs its gate."""
    if len(gates) != len(alternatives(form)):
        raise ValueError(f"{len(gates)} gates for {len(alternatives(form))} alternatives of {form[:60]!r}")
    return gates


class GatedPatternRecognizer(TracecasePatternRecognizer):
    """A pattern recognizer that runs on a text only the patterns whose gate opens for it.

    The patterns that run are Presidio's in their order, through Presidio's own loop: the results are those of
    all patterns, as a skipped one has none.
    """

    def __init__(
        self,
        entity: str,
        patterns: Sequence[tuple[str, str, float, Gate | None]],
        *,
        name: str,
        context: Sequence[str] | None = None,
    ) -> None:
        super().__init__(entity, [(label, rx, score) for label, rx, score, _ in patterns], name=name, context=context)
        built: list[Pattern] = self.patterns  # type: ignore[has-type]
        self._gated = tuple(zip(built, (gate for *_, gate in patterns), strict=True))

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if regex_flags and regex_flags != self.global_regex_flags:
            # (a gate reads the text as the patterns' own flags do)
            return super().analyze(text, entities, nlp_artifacts, regex_flags)
        seen = GateText(text)
        # Presidio's loop over a copy of this recognizer that holds only the patterns that run.
        view = copy.copy(self)
        view.patterns = [pattern for pattern, gate in self._gated if gate is None or gate.opens(seen)]  # type: ignore[has-type]
        return PatternRecognizer.analyze(view, text, entities, nlp_artifacts, regex_flags)
