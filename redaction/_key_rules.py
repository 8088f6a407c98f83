"""Which entity a JSON key makes its whole value: the key words (config's secret keys and
:data:`KEY_ENTITIES`), and ``pass`` keys that hold a password rather than a test's outcome.
"""

from __future__ import annotations

import regex

from redaction._key_entities import KEY_ENTITIES
from redaction.config import RedactionConfig

_SEPARATORS = regex.compile(r"[\s.\-]+|(?<=\p{Ll})(?=\p{Lu})")


def normalise_key(key: str) -> str:
    """``X-Api-Key``, ``apiKey`` and ``api.key`` all become ``x_api_key`` / ``api_key``."""
    return _SEPARATORS.sub("_", key).lower()


class KeyRules:
    """Maps a key to the entity that its whole value is, or ``None``."""

    def __init__(self, config: RedactionConfig) -> None:
        words: list[tuple[str, str]] = [(normalise_key(w).replace("-", "_"), "SECRET") for w in config.secret_keys]
        for entity, names in KEY_ENTITIES.items():
            words.extend((name, entity) for name in names)
        # Longest first so "api_key" wins over "key"-like fragments; words match whole "_" segments.
        words.sort(key=lambda pair: len(pair[0]), reverse=True)
        self._entity = dict(words)
        alternation = "|".join(regex.escape(word) for word, _ in words)
        self._pattern = regex.compile(rf"(?:^|_)({alternation})(?:$|_)")
        self._memo: dict[str, str | None] = {}

    def entity_for(self, key: str) -> str | None:
        found = self._memo.get(key, "")
        if found == "":
            match = self._pattern.search(normalise_key(key))
            found = self._entity[match.group(1)] if match else None
            if len(self._memo) < 100_000:
                self._memo[key] = found
        return found


# "pass" alone or at a key's end ({"pass": "X"}, {"db_pass": "X"}) names a password, unless its value is a
# test's outcome ({"pass": true}, {"pass": "yes"}); "pass_rate", "pass_count" are about tests.
_PASS_KEY = regex.compile(r"(?:^|_)pass$")
_OUTCOMES = frozenset(
    ["pass", "passed", "fail", "failed", "ok", "true", "false", "yes", "no", "skip", "skipped", "none", "null", "n/a"]
)


def pass_key_entity(key: str, value: object) -> str | None:
    if isinstance(value, str) and _PASS_KEY.search(key) and value.strip().casefold() not in _OUTCOMES:
        return "PASSWORD" if value.strip() else None
    return None
