"""Is the token after a password cue the password? Shared by the prose, pair and command-line rules.

A value with digits or symbols among letters looks like a password wherever it stands. After a copula
("is", "es", "ist", "lautet", "est", "é", "è", ":") a single word is the password too, dictionary word
or not, unless it describes the password (see :mod:`_secret_words`): "the password is wrong" stays.
"""

from __future__ import annotations

import regex

from redaction.recognizers._secret_words import LANGUAGES, describes_password
from redaction.recognizers._word_lists import common_words, is_plain_word

# Code reading a value from the environment, not the value: "PASSWORD = os.getenv(...)", "process.env.DB_PASS".
ENV_READ = r"(?:(?:process|import\.meta)\.env\b|os\.(?:getenv|environ)\b|(?-i:ENV)[\[.]|System\.getenv\b|getenv\()"
_PLACEHOLDER = regex.compile(
    r"^(?:[*x•.#-]{3,}|<.*|\$\{?(?:[A-Za-z_]\w*)?\}?$|\{\{.*|%s|%\(|null|none|nil|true|false|n/?a$|tbd$|todo$|redacted|\[redacted"
    rf"|{ENV_READ})",
    regex.IGNORECASE,
)
_LETTERS = regex.compile(r"\p{L}+")
_VERSION = regex.compile(r"^v?\d+(?:\.\d+)+$", regex.IGNORECASE)
_WORDS_ONLY = regex.compile(r"^\p{L}+(?:[-'’]\p{L}+)*$")

# Copula and cue words by language: "es" is Spanish, "ist" German... The value test reads endings in those.
_COPULA_LANGUAGES = {
    "is": ("en",),
    "was": ("en",),
    "be": ("en",),
    "es": ("es",),
    "era": ("es", "it"),
    "fue": ("es",),
    "foi": ("pt",),
    "ist": ("de",),
    "war": ("de",),
    "lautet": ("de",),
    "luidt": ("nl",),
    "wordt": ("nl",),
    "heißt": ("de",),
    "heisst": ("de",),
    "wird": ("de",),
    "será": ("es", "pt"),
    "sería": ("es",),
    "seria": ("pt",),
    "sarà": ("it",),
    "est": ("fr",),
    "c'est": ("fr",),
    "c’est": ("fr",),
    "é": ("pt",),
    "è": ("it",),
    "são": ("pt",),
    "son": ("es",),
    "sind": ("de",),
    "sont": ("fr",),
    "sono": ("it",),
    "are": ("en",),
    "är": ("sv",),
    "var": ("sv",),
    "blir": ("sv",),
    "je": ("cs",),
    "bylo": ("cs",),
    "bude": ("cs",),
}
_CUE_LANGUAGES = (
    (regex.compile(r"contrase|clave|usuario", regex.IGNORECASE), ("es",)),
    (regex.compile(r"passwort|kennwort|benutzer|zugang", regex.IGNORECASE), ("de",)),
    (regex.compile(r"\bmot\b|mdp|utilisateur|identifiant", regex.IGNORECASE), ("fr",)),
    (regex.compile(r"senha|usuário", regex.IGNORECASE), ("pt",)),
    (regex.compile(r"parola|utente", regex.IGNORECASE), ("it",)),
    (regex.compile(r"wachtwoord|toegangscode|inlogcode|gebruiker|wifi-code", regex.IGNORECASE), ("nl",)),
    (regex.compile(r"l[öo]senord|användare|inloggning", regex.IGNORECASE), ("sv",)),
    (regex.compile(r"hesl|uživatel|přihlaš|přihláš", regex.IGNORECASE), ("cs",)),
    (regex.compile(r"has[łl]|u[żz]ytkownik", regex.IGNORECASE), ("pl",)),
    (regex.compile(r"[şs]ifre|kullan", regex.IGNORECASE), ("tr",)),
)


def languages_of(cue: str, copula: str) -> tuple[str, ...]:
    """The languages a cue and copula are written in (English when nothing says otherwise)."""
    words = copula.casefold().split()
    cue_languages = next((languages for pattern, languages in _CUE_LANGUAGES if pattern.search(cue)), ())
    if words and words[-1] in _COPULA_LANGUAGES:
        # "is" is Dutch as well as English: "het wachtwoord is verlopen".
        return tuple(dict.fromkeys(_COPULA_LANGUAGES[words[-1]] + cue_languages))
    if cue_languages:
        return cue_languages
    return ("en", "it") if "password" in cue.casefold() else ("en",)


def strip_sentence_end(value: str) -> str:
    """``is Pirate2015!.``: the sentence's "." goes, the password's own "!" stays."""
    while value and value[-1] in ".,;:)]}»”’\"'`":
        value = value[:-1]
    return value


def is_placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.match(value))


def looks_like_password(value: str) -> bool:
    """Letters with digits or symbols, or digits only (a PIN), not a placeholder, version, URL or path.

    Hyphenated words ("case-sensitive", "correct-horse-staple") are words, judged by :func:`is_password_value`.
    """
    if not value or is_placeholder(value) or _VERSION.match(value) or "://" in value or value[0] in "/([{<~":
        return False
    if value.startswith("--"):  # a command's option: "passwd --stdin"
        return False
    if _WORDS_ONLY.match(value.rstrip("!?")):
        return False  # "vergessen?", "wow!": words with the sentence's mark
    has_letter = any(c.isalpha() for c in value)
    has_other = any(c.isdigit() or not c.isalnum() for c in value)
    return (has_letter and has_other) or value.isdigit()


def describes_a_password(value: str) -> bool:
    """A words-only value that says something about a password in any language ("password: required")."""
    value = strip_sentence_end(value)
    if not _WORDS_ONLY.match(value):
        return False
    last = _LETTERS.findall(value)[-1]
    return describes_password(last, LANGUAGES, is_plain_word(last))


# Case-split parts: "XMLHttp" -> "XML", "Http"; "XwarweQICqz" -> "Xwarwe", "QI", "Cqz".
_CASE_PARTS = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+")


def is_random_letters(value: str) -> bool:
    """Generated letters with no digit ("XwarweQICqz"): three capitals or more, and a part that is no word
    ("LinkedIn", "YouTube", "getHTTPResponse" are words joined; "McDonald" has two capitals)."""
    if len(value) < 8 or not value.isalpha() or sum(c.isupper() for c in value) < 3 or value.isupper():
        return False
    return _has_unworded_part(_CASE_PARTS.findall(value))


def is_generated_letters_digits(value: str) -> bool:
    """A generated password without a symbol ("xJd2NqYVHrPnV"): ten letters and digits or more, with lower case,
    three capitals or more, a digit, and letters that switch case like no words joined do."""
    if len(value) < 10 or not value.isalnum() or not any(c.isdigit() for c in value) or value.isupper():
        return False
    parts = _CASE_PARTS.findall(value)
    if sum(c.isupper() for c in value) < 3 or len(parts) < 4:
        return False  # "GPT4Turbo2024", "MacBookPro2019": a few words joined
    # "xJd2NqYVHrPnV" switches case every letter or two; "QYgX8CbvyyHBJ4" holds a run no word is.
    return sum(len(part) <= 2 for part in parts) >= 3 or _has_unworded_part(parts)


def _has_unworded_part(parts: list[str]) -> bool:
    """A case-split part of three letters or more that is no common word."""
    words = common_words()
    return any(len(part) >= 3 and part.casefold() not in words for part in parts)


def is_password_value(value: str, after_copula: bool, languages: tuple[str, ...] = ("en",)) -> bool:
    """``value`` (sentence end stripped) is the password a cue announced."""
    if len(value) < 3 or is_placeholder(value):
        return False
    if looks_like_password(value) or is_random_letters(value):
        return len(value) >= 4 or value.isdigit()
    value = value.rstrip("!?")
    if not after_copula or len(value) < 4 or not _WORDS_ONLY.match(value):
        return False
    # "correct-horse-staple" is a passphrase; "case-sensitive", "auto-generated" describe one: the last
    # part decides.
    last = _LETTERS.findall(value)[-1]
    return not describes_password(last, languages, is_plain_word(last))
