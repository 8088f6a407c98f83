"""Print (or rewrite in deploy/README.md) the table of every tracecase setting and its variable.

The table is generated from ``tracecase.settings.Settings`` so it cannot drift: names, types and
defaults from the model, descriptions from the docstrings under its fields.

    python deploy/settings_table.py            # print the table
    python deploy/settings_table.py --write    # replace the table between the markers in README.md
"""

from __future__ import annotations

import ast
import inspect
import sys
import typing
from pathlib import Path
from types import NoneType, UnionType
from typing import Any

from pydantic import SecretStr
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from tracecase.settings import ENV_PREFIX, Settings

README = Path(__file__).with_name("README.md")
START, END = "<!-- settings-table:start -->", "<!-- settings-table:end -->"


def field_docstrings(model: type) -> dict[str, str]:
    """The string literal right under each annotated field of ``model``'s class body."""
    body = ast.parse(inspect.getsource(model)).body[0]
    assert isinstance(body, ast.ClassDef)
    docs: dict[str, str] = {}
    for node, following in zip(body.body, body.body[1:], strict=False):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[node.target.id] = " ".join(following.value.value.split())
    return docs


def type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return " \\| ".join(f"`{value}`" for value in typing.get_args(annotation))
    if origin in (UnionType, typing.Union):
        return " \\| ".join(type_name(arg) for arg in typing.get_args(annotation))
    if annotation is NoneType:
        return "unset"
    if annotation is SecretStr:
        return "secret"
    return getattr(annotation, "__name__", str(annotation))


def default_text(field: FieldInfo) -> str:
    value = field.default
    if value is PydanticUndefined or value is None:
        return "unset"
    if isinstance(value, SecretStr):
        value = value.get_secret_value()
    return f"`{value}`"


def render_table() -> str:
    docs = field_docstrings(Settings)
    lines = ["| setting (`--config` key) | environment variable | type | default | meaning |", "|---|---|---|---|---|"]
    for name, field in Settings.model_fields.items():
        meaning = docs.get(name, "").replace("|", "\\|")
        lines.append(
            f"| `{name}` | `{ENV_PREFIX}{name.upper()}` | {type_name(field.annotation)} "
            f"| {default_text(field)} | {meaning} |"
        )
    return "\n".join(lines) + "\n"


def readme_with_table(text: str) -> str:
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{render_table()}{END}{after}"


def main(argv: list[str]) -> int:
    if argv == ["--write"]:
        README.write_text(readme_with_table(README.read_text()))
        return 0
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    sys.stdout.write(render_table())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
