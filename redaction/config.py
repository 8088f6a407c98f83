"""Redaction settings: one frozen model, loaded from TOML at start-up.

Every default is documented on its field and mirrored in ``default_config.toml`` (a test keeps the two
in step). Keys for the keyed-hash and encrypt modes are never part of the configuration: the
configuration names the environment variables that hold them, and they are read when needed.
A bad file fails at start-up with :class:`RedactionConfigError` naming the key.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal, get_args

import regex
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from redaction.exceptions import RedactionConfigError

Operator = Literal["replace", "mask", "hash", "encrypt"]
PseudonymMode = Literal["scope", "hmac"]
# The first six have cue words of every kind; the others sign-offs only ("Med vennlig hilsen", "З повагою").
# fmt: off
CueLanguage = Literal[
    "en", "es", "de", "fr", "pt", "it", "nl", "sv", "nb", "da", "fi", "pl", "cs", "sk", "hu", "ro", "tr",
    "uk", "ru", "bg", "hr", "el", "lt", "lv", "et", "id", "vi", "he", "ar",
]
# fmt: on
ALL_CUE_LANGUAGES: tuple[CueLanguage, ...] = get_args(CueLanguage)
NerModel = Literal["en_core_web_sm", "distilled"]

_ENTITY_NAME = r"^[A-Z][A-Z0-9_]*$"
_AES_KEY_LENGTHS = (16, 24, 32)

_ENTITY_NAME_ERRORS = {
    "disabled_entities": "entity names are upper-case identifiers such as PERSON",
    "operators": "operator keys are entity names such as PERSON",
}


class RedactionConfig(BaseModel):
    """What the redactor looks for and what it replaces it with."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    score_threshold: float = Field(default=0.35, ge=0.0, le=1.0)
    """Findings scoring below this are ignored. 0.35 keeps phone numbers (Presidio scores them 0.4
    without context words) and drops Presidio's "very weak" guesses (0.05-0.1)."""
    disabled_entities: tuple[str, ...] = (
        "DATE_TIME",
        "NRP",
        "URL",
        "LOCATION",
        "ORGANIZATION",
        "US_DRIVER_LICENSE",
        "US_BANK_NUMBER",
        "MEDICAL_LICENSE",
    )
    """Entity types never redacted because they destroy evaluation value without protecting anyone:
    dates and times (birth dates have their own DATE_OF_BIRTH type), nationalities, URLs in general
    (credentials in URLs are PASSWORD), cities and countries (street addresses are STREET_ADDRESS),
    organisations, and Presidio's loose alphanumeric/number patterns that match order numbers and SKUs."""
    languages: tuple[CueLanguage, ...] = ALL_CUE_LANGUAGES
    """Languages whose name cue words ("my name is", "me llamo", "Frau", "З повагою,") are recognised.
    spaCy's English model runs on all text; these cues catch names its NER misses."""
    ner_model: NerModel = "en_core_web_sm"
    """The NER that reads every text: ``en_core_web_sm`` (spaCy's small English model), or ``distilled``, a
    network taught by it that ships in the package and runs in about half its CPU time (the whole redactor
    in about 0.7 of its time). On the held-out evaluation set the distilled model leaked as many names but
    took more capitalised phrases and city names for people (bench/redaction/FINDINGS.md)."""
    allow_list: tuple[str, ...] = ()
    """Values kept even when detected (case-insensitive exact match), e.g. the support address."""
    allow_patterns: tuple[str, ...] = ()
    """Regular expressions; a finding that matches one in full is kept."""
    deny_list: tuple[str, ...] = ()
    """Values always redacted (as DENY_LIST), case-insensitive, on word boundaries."""
    default_operator: Operator = "replace"
    """``replace``: pseudonym placeholder (``<PERSON_1>``); ``mask``: ``*`` for every character;
    ``hash``: keyed HMAC-SHA256 (key from ``hmac_key_env``); ``encrypt``: Presidio's AES encrypt
    operator, reversible with the key from ``encrypt_key_env``."""
    operators: dict[str, Operator] = Field(default_factory=dict)
    """Per-entity operator overriding ``default_operator``, e.g. ``{PERSON = "encrypt"}``."""
    pseudonyms: PseudonymMode = "scope"
    """``scope``: numbering restarts in every scope (trace), so traces cannot be linked.
    ``hmac``: placeholders derive from a keyed HMAC of the value, the same across traces."""
    hmac_key_env: str = "TRACECASE_REDACTION_HMAC_KEY"
    """Environment variable holding the HMAC key (``pseudonyms = "hmac"`` and the ``hash`` operator)."""
    encrypt_key_env: str = "TRACECASE_REDACTION_ENCRYPT_KEY"
    """Environment variable holding the AES key (16, 24 or 32 bytes) of the ``encrypt`` operator."""
    secret_keys: tuple[str, ...] = (
        "password",
        "passwd",
        "pwd",
        "secret",
        "token",
        "api_key",
        "apikey",
        "api-key",
        "access_key",
        "private_key",
        "authorization",
        "auth",
        "cookie",
        "set-cookie",
        "credential",
        "x-api-key",
        "client_secret",
        "signature",
    )
    """A JSON or attribute key containing one of these (case-insensitive, ``-``/``_``/``.`` equal)
    has its value redacted whatever it looks like."""
    cache_size: int = Field(default=50_000, ge=0)
    """Analysis results kept per process, keyed by a content hash (0 disables the cache)."""
    batch_size: int = Field(default=64, ge=1)
    """Texts per spaCy ``nlp.pipe`` batch."""

    @field_validator("disabled_entities", "operators")
    @classmethod
    def _entity_names(cls, value: Any, info: ValidationInfo) -> Any:
        # Iterating a tuple yields the names, a dict its keys: both must be entity names.
        for name in value:
            if not regex.fullmatch(_ENTITY_NAME, name):
                raise ValueError(_ENTITY_NAME_ERRORS[info.field_name or ""])
        return value

    @field_validator("allow_patterns")
    @classmethod
    def _patterns_compile(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            try:
                regex.compile(pattern)
            except regex.error as exc:
                raise ValueError(f"invalid regular expression ({exc})") from exc
        return value

    @model_validator(mode="after")
    def _keys_present(self) -> RedactionConfig:
        # Fail at start-up, not on the first span that needs the key.
        if self.pseudonyms == "hmac" or "hash" in self.all_operators():
            self.hmac_key()
        if "encrypt" in self.all_operators():
            self.encrypt_key()
        return self

    def all_operators(self) -> set[str]:
        """Every operator this configuration can apply."""
        return {self.default_operator, *self.operators.values()}

    def operator_for(self, entity_type: str) -> Operator:
        """The operator applied to ``entity_type``."""
        return self.operators.get(entity_type, self.default_operator)

    def hmac_key(self) -> bytes:
        """The HMAC key from the environment; raises naming ``hmac_key_env`` when unset."""
        raw = os.environ.get(self.hmac_key_env, "")
        if len(raw) < 16:
            raise RedactionConfigError(
                f"hmac_key_env: environment variable {self.hmac_key_env} must hold a key of at least 16 characters"
            )
        return raw.encode()

    def encrypt_key(self) -> str:
        """The AES key from the environment; raises naming ``encrypt_key_env`` when unset or of a bad length."""
        raw = os.environ.get(self.encrypt_key_env, "")
        if len(raw.encode()) not in _AES_KEY_LENGTHS:
            raise RedactionConfigError(
                f"encrypt_key_env: environment variable {self.encrypt_key_env} must hold a 16, 24 or 32 byte key"
            )
        return raw

    @classmethod
    def load(cls, path: str | Path | None = None) -> RedactionConfig:
        """Read a TOML file (``None``: the defaults); raise :class:`RedactionConfigError` naming a bad key."""
        if path is None:
            return cls.from_mapping({})
        try:
            with Path(path).open("rb") as handle:
                data = tomllib.load(handle)
        except OSError as exc:
            raise RedactionConfigError(f"redaction config: cannot read {path} ({exc.strerror})") from exc
        except tomllib.TOMLDecodeError as exc:
            raise RedactionConfigError(f"redaction config: {path} is not valid TOML ({exc})") from exc
        return cls.from_mapping(data)

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> RedactionConfig:
        """Validate a mapping (e.g. a parsed ``[redaction]`` table)."""
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            key = ".".join(str(part) for part in first["loc"]) or "redaction"
            # The message and key only: pydantic's default text echoes the input value.
            raise RedactionConfigError(f"{key}: {first['msg']}") from None
