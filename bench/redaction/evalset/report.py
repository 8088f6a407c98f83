"""One markdown table of rates, one column per system."""

from __future__ import annotations

from typing import Any

from .rates import MEASURES

_TITLES = {
    "overall": "Overall",
    "entity": "Entity",
    "entity_variant": "Entity variant",
    "secret": "Secret kind",
    "person_origin": "PERSON by origin",
    "person_form": "PERSON by form",
    "person_case": "PERSON by casing",
    "person_script": "PERSON by script",
    "lookalike": "Look-alike",
    "json": "JSON",
    "text_kind": "Text kind",
    "language": "Language",
    "entity_where": "Hard classes by where",
}
_ORDER = (
    "overall",
    "entity",
    "entity_variant",
    "secret",
    "person_origin",
    "person_form",
    "person_case",
    "person_script",
    "lookalike",
    "json",
    "text_kind",
    "language",
    "entity_where",
)


def render_rates(rates_by_system: dict[str, dict[str, Any]]) -> str:
    """``rates_by_system`` maps a system's name to ``evalset_rates`` output; cells read ``rate (count/total)``."""
    systems = list(rates_by_system)
    lines = ["| class | " + " | ".join(systems) + " |", "|---|" + "---:|" * len(systems)]
    for section in _ORDER:
        rows: dict[str, None] = {}
        for rates in rates_by_system.values():
            rows.update(dict.fromkeys(rates.get("sections", {}).get(section, {})))
        for row in rows:
            cells = []
            for system in systems:
                cell = rates_by_system[system].get("sections", {}).get(section, {}).get(row)
                cells.append(f"{cell['rate']:.1%} ({cell['count']}/{cell['total']})" if cell else "—")
            lines.append(f"| {_TITLES[section]} ({MEASURES[section]}): {row} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
