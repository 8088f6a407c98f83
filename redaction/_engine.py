"""Presidio's recognize-then-score loop for one text, without the per-call overhead of ``AnalyzerEngine``.

``AnalyzerEngine.analyze`` looks the recognizers up in the registry on every call and deep-copies every
result for context scoring, including results of recognizers that have no context words. Here the
recognizers for each set of triggered entities are looked up once, results a caller already holds
(the cue recognizer's, computed before NER) are reused, and only results of recognizers with context
words go through Presidio's context enhancer. The outcome is the same as ``AnalyzerEngine.analyze``
with a score threshold: context enhancement, then the threshold, then Presidio's de-duplication.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

_ID = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
_NAME = RecognizerResult.RECOGNIZER_NAME_KEY
_MAX_SCORE = EntityRecognizer.MAX_SCORE


class RecognizerRunner:
    """Runs the registered recognizers of the requested entities over one text."""

    def __init__(self, registry: RecognizerRegistry, language: str, score_threshold: float) -> None:
        self._registry = registry
        self._language = language
        self._threshold = score_threshold
        self._enhancer = IndexedContextEnhancer()
        self._by_entities: dict[tuple[str, ...], list[EntityRecognizer]] = {}

    def recognizers(self, entities: Sequence[str]) -> list[EntityRecognizer]:
        key = tuple(entities)
        found = self._by_entities.get(key)
        if found is None:
            found = self._registry.get_recognizers(language=self._language, entities=list(entities))
            self._by_entities[key] = found
        return found

    def analyze(
        self,
        text: str,
        entities: list[str],
        artifacts: NlpArtifacts,
        precomputed: Mapping[str, list[RecognizerResult]],
        refine: Callable[[RecognizerResult], RecognizerResult | None] | None = None,
    ) -> list[RecognizerResult]:
        """Results scoring at least the threshold; ``precomputed`` maps a recognizer id to its results.

        ``refine`` trims or drops each result before overlapping ones are merged: an NER span that a
        filter drops (a whole log line taken for a name) must not first swallow the handle inside it.
        """
        recognizers = self.recognizers(entities)
        plain: list[RecognizerResult] = []
        with_context: list[RecognizerResult] = []
        context_recognizers: list[EntityRecognizer] = []
        for recognizer in recognizers:
            results = precomputed.get(recognizer.id)
            if results is None:
                results = recognizer.analyze(text=text, entities=entities, nlp_artifacts=artifacts)
            if not results:
                continue
            for result in results:
                metadata = result.recognition_metadata
                metadata.setdefault(_ID, recognizer.id)
                metadata.setdefault(_NAME, getattr(recognizer, "name", ""))
                if result.analysis_explanation is None and recognizer.context:
                    # Presidio's context enhancer writes into the explanation: a hand-built result without
                    # one (IBAN shapes, say) made it raise, and the whole value failed closed.
                    result.analysis_explanation = AnalysisExplanation(
                        recognizer=metadata[_NAME], original_score=result.score
                    )
            if recognizer.context:
                with_context.extend(results)
                context_recognizers.append(recognizer)
            else:
                plain.extend(results)
        if any(result.score < _MAX_SCORE for result in with_context):
            # Context words raise scores (phone, SSN, address near "call", "SSN", "ship to"); this reads
            # the tokens, so only texts that reach here are tokenized. A valid e-mail address scores the
            # most already: no context can change it, and its text is not tokenized for nothing.
            with_context = self._enhancer.enhance_using_context(
                text=text, raw_results=with_context, nlp_artifacts=artifacts, recognizers=context_recognizers
            )
        kept = [r for r in (*plain, *with_context) if r.score >= self._threshold]
        if refine is not None:
            kept = [refined for refined in map(refine, kept) if refined is not None]
        deduped: list[RecognizerResult] = EntityRecognizer.remove_duplicates(kept)
        return deduped


class _ContextIndex:
    """Token end offsets and the positions of context keywords of one text, for binary search."""

    def __init__(self, artifacts: NlpArtifacts) -> None:
        tokens = artifacts.tokens
        self.ends = [start + len(token) for start, token in zip(artifacts.tokens_indices, tokens, strict=True)]
        keywords = set(artifacts.keywords)
        self.lemmas = [lemma.lower() for lemma in artifacts.lemmas]
        self.hits = [i for i, lemma in enumerate(self.lemmas) if lemma in keywords]


class IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer with the same result in O(log n) per finding.

    Presidio scans the token list for the finding's token and tests each neighbour for membership in
    the keyword *list*: linear per finding, so a long text with many findings (a RAG dump, a log
    paste) costs quadratic time. Here the token is found by bisection over token end offsets and the
    nearest keywords by bisection over keyword positions.
    """

    def _extract_surrounding_words(self, nlp_artifacts: NlpArtifacts, word: str, start: int) -> list[str]:
        if not nlp_artifacts.tokens:
            return [""]
        index: _ContextIndex | None = getattr(nlp_artifacts, "_tracecase_context_index", None)
        if index is None:
            index = _ContextIndex(nlp_artifacts)
            nlp_artifacts._tracecase_context_index = index  # type: ignore[attr-defined]
        # Presidio: the first token that starts at ``start`` or ends after it.
        token = bisect_right(index.ends, start)
        if token >= len(index.ends):
            raise ValueError("finding outside the tokenized text")  # Presidio raises too (with the word)
        # Presidio: up to prefix+1 keywords at or before the token, suffix+1 at or after it.
        before = bisect_right(index.hits, token)
        after = bisect_left(index.hits, token)
        backward = index.hits[max(0, before - self.context_prefix_count - 1) : before][::-1]
        forward = index.hits[after : after + self.context_suffix_count + 1]
        return list({index.lemmas[i] for i in (*backward, *forward)})
