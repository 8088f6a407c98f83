"""The Presidio internals the engine overrides or relies on: an upgrade that changes them fails here first.

redaction/_engine.py, _nlp.py, _operators.py and the recognizers subclass Presidio classes and call
methods Presidio does not document as public (``_extract_surrounding_words``, ``_doc_to_nlp_artifact``,
``_get_updated_entities`` ...). pyproject.toml pins presidio-analyzer/-anonymizer to the tested minor
version; when the pin moves, these checks say which assumption broke instead of a silent change in
what gets redacted.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
from presidio_analyzer import EntityRecognizer, LocalRecognizer, PatternRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import EmailRecognizer, IbanRecognizer, SpacyRecognizer
from presidio_anonymizer.operators import Encrypt

from redaction import Redactor


def _parameters(function: Callable[..., Any]) -> list[str]:
    return [name for name in inspect.signature(function).parameters if name != "self"]


# (owner, method, the leading parameters the engine passes, by name or position)
_METHODS = [
    # _engine.IndexedContextEnhancer overrides it and RecognizerRunner calls enhance_using_context by keyword.
    (LemmaContextAwareEnhancer, "_extract_surrounding_words", ["nlp_artifacts", "word", "start"]),
    (LemmaContextAwareEnhancer, "enhance_using_context", ["text", "raw_results", "nlp_artifacts", "recognizers"]),
    (RecognizerRegistry, "get_recognizers", ["language", "entities"]),
    (EntityRecognizer, "remove_duplicates", ["results"]),
    # _nlp.NerOnlyNlpEngine overrides these and calls _get_updated_entities.
    (SpacyNlpEngine, "__init__", ["models", "ner_model_configuration"]),
    (SpacyNlpEngine, "_doc_to_nlp_artifact", ["doc", "language"]),
    (SpacyNlpEngine, "_get_updated_entities", ["entities", "scores"]),
    (SpacyNlpEngine, "process_text", ["text", "language"]),
    (SpacyNlpEngine, "is_stopword", ["word", "language"]),
    (SpacyNlpEngine, "get_supported_entities", []),
    (SpacyNlpEngine, "load", []),
    (NlpArtifacts, "__init__", ["entities", "tokens", "tokens_indices", "lemmas", "nlp_engine", "language", "scores"]),
    (SpacyRecognizer, "__init__", ["supported_language", "supported_entities"]),
    (SpacyRecognizer, "analyze", ["text", "entities", "nlp_artifacts"]),
    # Recognizer subclasses (iban, offline_email, _base).
    (IbanRecognizer, "analyze", ["text", "entities", "nlp_artifacts", "regex_flags"]),
    (EmailRecognizer, "analyze", ["text", "entities", "nlp_artifacts", "regex_flags"]),
    (EmailRecognizer, "validate_result", ["pattern_text"]),
    (PatternRecognizer, "invalidate_result", ["pattern_text"]),
    (PatternRecognizer, "__init__", ["supported_entity", "name", "supported_language", "patterns"]),
    (LocalRecognizer, "__init__", ["supported_entities", "name", "supported_language"]),
    (Encrypt, "operate", ["text", "params"]),
]


@pytest.mark.parametrize(("owner", "method", "expected"), _METHODS, ids=lambda v: getattr(v, "__name__", str(v)))
def test_overridden_or_called_method_keeps_its_signature(owner: type, method: str, expected: list[str]) -> None:
    function = getattr(owner, method, None)
    assert callable(function), f"{owner.__name__}.{method} is gone: the engine overrides or calls it"
    parameters = _parameters(function)
    assert parameters[: len(expected)] == expected, f"{owner.__name__}.{method}{inspect.signature(function)}"


def test_keyword_only_arguments_the_engine_passes_still_exist() -> None:
    assert "global_regex_flags" in _parameters(PatternRecognizer.__init__)
    assert "context" in _parameters(PatternRecognizer.__init__)
    configuration = _parameters(NerModelConfiguration)
    for field in ("model_to_presidio_entity_mapping", "labels_to_ignore", "low_score_entity_names"):
        assert field in configuration


def test_result_metadata_keys_are_unchanged() -> None:
    # Results are matched back to their recognizer through these keys (context scoring, NER results).
    assert RecognizerResult.RECOGNIZER_IDENTIFIER_KEY == "recognizer_identifier"
    assert RecognizerResult.RECOGNIZER_NAME_KEY == "recognizer_name"


def test_context_enhancer_reads_the_attributes_the_engine_relies_on() -> None:
    # IndexedContextEnhancer reads the window sizes; LazyArtifacts stands in for NlpArtifacts' fields.
    enhancer = LemmaContextAwareEnhancer()
    assert isinstance(enhancer.context_prefix_count, int)
    assert isinstance(enhancer.context_suffix_count, int)
    source = inspect.getsource(LemmaContextAwareEnhancer.enhance_using_context)
    assert "_extract_surrounding_words" in source, "Presidio no longer calls the method the engine overrides"
    spacy_source = inspect.getsource(SpacyRecognizer.analyze)
    for attribute in ("nlp_artifacts.entities", "nlp_artifacts.scores", "start_char", "end_char", "label_"):
        assert attribute in spacy_source, f"SpacyRecognizer no longer reads {attribute} (see _nlp.NerEntity)"


def test_spacy_engine_reads_its_pipeline_from_the_nlp_attribute() -> None:
    # NerOnlyNlpEngine sets ``self.nlp = {language: pipeline}`` instead of calling load().
    source = inspect.getsource(SpacyNlpEngine)
    assert "self.nlp[" in source or "self.nlp.get(" in source
    assert "ner_model_configuration" in source


def test_pattern_recognizers_reuse_patterns_compiled_at_start_up() -> None:
    # The analyzer compiles every pattern at start-up into the attributes Presidio reads before compiling its own.
    source = inspect.getsource(PatternRecognizer)
    for attribute in ("pattern.compiled_regex", "pattern.compiled_with_flags", "self.global_regex_flags"):
        assert attribute in source, f"PatternRecognizer no longer reads {attribute} (see _analysis._compile_patterns)"


def test_no_pattern_is_compiled_after_start_up() -> None:
    fresh = Redactor()  # patterns belong to each redactor's own recognizers
    recognizers = fresh._analyzer._runner._registry.recognizers
    patterns = [p for r in recognizers if isinstance(r, PatternRecognizer) for p in r.patterns]
    assert patterns and all(p.compiled_regex is not None for p in patterns)
