"""Reading a TOML settings file, with read and parse failures as the caller's configuration error."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from schemas.errors import ConfigError


def read_toml(path: str | Path, error: type[ConfigError], what: str) -> dict[str, Any]:
    """The parsed document at ``path``; ``error`` (naming the path) when it cannot be read or parsed."""
    path = Path(path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"{path}: cannot read {what}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: not valid TOML: {exc}") from exc
