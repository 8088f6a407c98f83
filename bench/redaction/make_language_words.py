"""Writes ``redaction/recognizers/language_words.json``: the everyday words of languages other than English.

    pip install --target /tmp/wf wordfreq
    PYTHONPATH=/tmp/wf:. .venv/bin/python -m bench.redaction.make_language_words

Run once by a developer (wordfreq is not a runtime dependency; the list ships with the package). For each
language written in Latin script, its :data:`TOP` most frequent words ("jag", "kao", "yeni", "ale": also popular
names somewhere, so they are in ``world_names.json``), and its *evidence* words: those of its :data:`EVIDENCE_TOP`
that are no world name and no frequent English word ("är", "och", "nije", "değil"), which say the text is in that
language. Not Indonesian, Malay, Filipino or Vietnamese: their everyday words are their people's names too.
"""

from __future__ import annotations

import json
from pathlib import Path

from redaction.recognizers._word_lists import fold, world_names

OUT = Path(__file__).resolve().parents[2] / "redaction" / "recognizers" / "language_words.json"
TOP = 500
EVIDENCE_TOP = 1_000
ENGLISH_TOP = 5_000
LANGUAGES = ("nl", "da", "nb", "sv", "fi", "is", "pl", "cs", "sk", "sl", "sh", "hu", "ro", "tr", "lv", "lt", "ca")


def main() -> None:
    from wordfreq import top_n_list

    english = set(top_n_list("en", ENGLISH_TOP))
    names = world_names()
    data = {}
    for language in LANGUAGES:
        ranked = [w for w in top_n_list(language, EVIDENCE_TOP) if w.isalpha() and len(w) > 1]
        words = ranked[:TOP]
        # Two-letter words only with a letter English lacks ("är", "až"): "af", "az", "bi" are abbreviations too.
        evidence = [w for w in ranked if fold(w) not in names and w not in english and (len(w) > 2 or not w.isascii())]
        data[language] = {"words": sorted(words), "evidence": sorted(evidence)}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(data)} languages -> {OUT}")


if __name__ == "__main__":
    main()
