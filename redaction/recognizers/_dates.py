"""Calendar dates as people write them, numeric and with month names in en/es/de/fr/pt/it/nl/tr/pl.

Used by the date-of-birth recognizer: it decides *which* date is a birth date (from cues); this module
only finds dates and reads their year, so that a log timestamp of last week is never taken for a birth
date found by a loose cue.
"""

from __future__ import annotations

from datetime import UTC, datetime
from difflib import SequenceMatcher

import regex

from redaction.recognizers._base import UNSPACED_SCRIPTS

_MONTH_WORDS = (
    # en
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
    # es
    " enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"
    " ene abr ago dic"
    # de
    " januar jänner februar feber märz maerz mai juni juli oktober dezember mär okt dez"
    # fr
    " janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre decembre"
    " janv févr fév fevr avr juil déc"
    # pt
    " janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro fev set out"
    # it
    " gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre gen mag giu lug ott"
    # nl
    " januari februari maart mei augustus"
    # tr; pl (genitive, as dates write them)
    " ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"
    " stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
    # cs, sk (genitive, as dates write them: "19. února 1962", "5. mája 1970")
    " ledna února března dubna května června července srpna září října listopadu prosince"
    " januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra"
    # sv, da, no
    " januari februari mars maj augusti oktober"
    # hr, sr, sl (genitive, as dates write them: "12. travnja 1987.", "3. marta 1990.")
    " siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga studenog prosinca"
    " januara februara marta aprila juna jula avgusta septembra oktobra novembra decembra"
    " januarja februarja junija julija"
    # hu, ro, fi, id
    " január február március április május június július augusztus szeptember október"
    " ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie"
    " tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta"
    " marraskuuta joulukuuta"
    " maret mei agustus desember"
    # ru, uk, bg (genitive); el (genitive)
    " января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
    " січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
    " януари февруари март април юни юли август септември октомври ноември декември"
    " ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου"
    " δεκεμβρίου"
)
MONTH = "(?:" + "|".join(sorted(set(_MONTH_WORDS.split()), key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|lunes|martes|miércoles|jueves|viernes"
    r"|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche),?\s+"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|ère|º|°|\.|ro|do|to|vo|mo|no)?"  # 1ro, 2do, 4to (es)
# Ordinal days in words: "am ersten Mai 1970", "the fourth of October 1990", "primero de mayo de 1970".
_UNITS_EN = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_UNITS_DE = r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)"
DAY_WORD = (
    rf"(?:(?:twenty|thirty)[- ]?{_UNITS_EN}|{_UNITS_EN}|tenth|eleventh|twelfth"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth"
    rf"|(?:{_UNITS_DE}und)?(?:zwanzig|dreißig|dreissig)st|(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt"
    r"|elft|zwölft|(?:drei|vier|fünf|sech|sieb|acht|neun)zehnt)(?=e)|primero|primeiro)(?:e[nrm]?)?"
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A year in two digits after a day and a month, not an hour ("May 5 10 am") nor part of a longer number.
_SHORT_YEAR = r"['’]?\d{2}(?![\d:.,/\-]\d|\d|\s?(?i:am|pm|a\.m|p\.m|h|hrs?|uhr|min)\b)"
# A year in words, as a voice agent's transcript writes it: "nineteen seventy-three", "two thousand six".
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)"
_SPELLED_YEAR = (
    rf"(?i:nineteen[ \-](?:{_TENS}(?:[ \-]{_ONES})?|hundred|oh[ \-]{_ONES}|{_TEENS})"
    rf"|two[ \-]thousand(?:[ \-](?:and[ \-])?(?:{_TENS}(?:[ \-]{_ONES})?|{_ONES}|{_TEENS}))?)"
    r"(?![\w\-])"
)
_TIME = r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"

_SHAPES = (
    rf"{_YEAR}([-/.])(?:1[0-2]|0?[1-9])\1(?:[12]\d|3[01]|0?[1-9]){_TIME}",  # 1942-02-16, 1942/2/16
    rf"{_YEAR}\.\s(?:1[0-2]|0?[1-9])\.\s(?:[12]\d|3[01]|0?[1-9])\.?",  # 1942. 02. 16. (hu, ko)
    rf"{_YEAR}\.\s{MONTH}\s(?:[12]\d|3[01]|0?[1-9])\.?",  # 1942. február 16. (hu)
    r"(?:[12]\d|3[01]|0?[1-9])([-/.])(?:[12]\d|3[01]|0?[1-9])\2(?:\d{4}|\d{2})",  # 16.02.1942, 2/16/42
    r"(?:[12]\d|3[01]|0?[1-9])\.\s(?:1[0-2]|0?[1-9])\.\s\d{4}",  # 16. 2. 1942 (cs, sk)
    rf"(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])\s{_YEAR}",  # 20/12 1944 (sv, no, da)
    rf"{DAY}([-/ ]){MONTH}\3(?:\d{{4}}|\d{{2}})",  # 16-Feb-1942, 16 feb 42
    # March 3rd, 1971; Feb. 16 1942; May 19,1977; Aug 5th '75; jan 30 08; December sixth, nineteen sixty-four
    rf"(?:{_WEEKDAY})?{MONTH},?\s*(?:{DAY}|(?:the\s+)?{DAY_WORD}\b)(?:,\s*|\s+)(?:of\s+)?(?:\d{{4}}|{_SHORT_YEAR}|{_SPELLED_YEAR})",
    # 15 de mayo de 1968, 9. Juli 1996, 3rd of March, 1971, the 19th of october, 65
    # "1ro de noviembre del 80": two digits after "de"/"del", a comma or a space
    rf"(?:{_WEEKDAY})?(?:{DAY}|(?:the\s+)?{DAY_WORD}\s)\s*(?:de\s+|of\s+|da\s+)?{MONTH}"
    rf"(?:(?:\s+de|,|\s+del)?\s*\d{{4}}|\s+del?\s+\d{{2}}|(?:,\s*|\s+)(?:{_SHORT_YEAR}|{_SPELLED_YEAR}))",
    # spaced: 01 / 23 / 1985, 10/ 15/ 1965, 20 09 2006
    r"(?:[12]\d|3[01]|0?[1-9])[ \t]?/[ \t]?(?:[12]\d|3[01]|0?[1-9])[ \t]?/[ \t]?\d{4}",
    rf"(?:[12]\d|3[01]|0[1-9]) (?:[12]\d|3[01]|0[1-9]) {_YEAR}",
    rf"{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])",  # 19801012
    # "21 del 3 del 97", "4 do 7 de 57"
    r"(?:[12]\d|3[01]|0?[1-9])\s+d[eo]l?\s+(?:1[0-2]|0?[1-9])\s+d[eo]l?\s+(?:\d{4}|\d{2})",
    r"\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]",  # 1942年2月16日, 1942년 2월 16일
    rf"{MONTH}(?P<month_first>[-/]){DAY}(?P=month_first)(?:\d{{4}}|\d{{2}})",  # Jul-13-1955, Feb/16/42
)
# CJK dates end in a day sign that the next word may touch ("1942年2月16日生まれ").
# Letters of unspaced scripts glue to a date and end no token: "我的生日是1946年10月24日", "900504입니다".
NOT_AFTER_TOKEN = rf"(?<!(?![{UNSPACED_SCRIPTS}])[\w/.\-])"
_NOT_BEFORE_TOKEN = rf"(?!(?![{UNSPACED_SCRIPTS}])[\w/]|[.\-]\d)"
DATE = regex.compile(
    NOT_AFTER_TOKEN + r"(?:" + "|".join(_SHAPES) + r")(?:(?<=[日일])|" + _NOT_BEFORE_TOKEN + ")", regex.IGNORECASE
)
# With a birth cue right before it, a date may come without its year ("birthday: March 3rd", "2/16"),
# as eight digits ("DOB 19420216") or as a year alone ("born in 1942").
_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])"
PARTIAL = regex.compile(
    rf"{NOT_AFTER_TOKEN}(?:{MONTH}\s*{DAY}|{DAY}\s*(?:de\s+|of\s+)?{MONTH}|{MONTH}\s+\d{{4}}"
    rf"|{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"  # 19420216
    rf"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]){_YEAR}|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2]){_YEAR}"  # 02161942
    r"|\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"  # 900504 (ko, sv: YYMMDD)
    r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d"  # 040758 (DDMMYY)
    rf"|{_DAY_NUMBER}/{_DAY_NUMBER}|{_DAY_NUMBER}\.{_DAY_NUMBER}\."  # 2/16, 16.02. (no year)
    r"|\d{1,2}[月월]\s?\d{1,2}[日일]"  # 11月3日
    r"|19\d\d|20[01]\d)" + _NOT_BEFORE_TOKEN,  # the year alone: "born in 1942"
    regex.IGNORECASE,
)
_YEAR_IN = regex.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def year_of(date: str) -> int | None:
    """The four-digit year written in ``date``, if any."""
    found = _YEAR_IN.search(date)
    return int(found.group(1)) if found else None


def could_be_birth_year(date: str) -> bool:
    """False for dates in the future (deadlines, renewals): nobody answers a question about their birth
    with one. Recent years stay possible: a parent gives a child's date of birth."""
    year = year_of(date)
    return year is None or year <= datetime.now(UTC).year


# A month name typed in haste ("5 Feburary 1939", "Apirl 14, 1944", "4th Mrach 2015"): read only where a birth cue
# points at a date, and only for the English months of four letters or more (a three-letter one is too near other
# words: "Mayor 12").
_ENGLISH_MONTHS = ("january", "february", "march", "april", "june", "july", "august", "september", "october",
                   "november", "december")  # fmt: skip
_LEAST_LIKENESS = 0.75
_MISSPELT = regex.compile(
    rf"{NOT_AFTER_TOKEN}(?:{DAY}\s+(?:of\s+)?(?P<word>\p{{L}}{{4,10}})\.?,?\s*(?:\d{{4}}|{_SHORT_YEAR})"
    rf"|(?P<word>\p{{L}}{{4,10}})\.?\s+{DAY},?\s*(?:\d{{4}}|{_SHORT_YEAR})){_NOT_BEFORE_TOKEN}",
    regex.IGNORECASE,
)
_IS_MONTH = regex.compile(MONTH, regex.IGNORECASE)


def _misspelt_month(word: str) -> bool:
    word = word.lower()
    if _IS_MONTH.fullmatch(word):
        return False  # spelt right: DATE's own
    return any(
        word[0] == month[0]
        and abs(len(word) - len(month)) <= 2
        and SequenceMatcher(None, word, month).ratio() >= _LEAST_LIKENESS
        for month in _ENGLISH_MONTHS
    )


def dates_between(text: str, start: int, stop: int) -> list[regex.Match[str]]:
    """The dates of ``text[start:stop]`` in order: DATE's, and those with a misspelt English month."""
    found = list(DATE.finditer(text, start, stop))
    for date in _MISSPELT.finditer(text, start, stop, overlapped=False):
        if _misspelt_month(date.group("word")) and not any(
            d.start() < date.end() and date.start() < d.end() for d in found
        ):
            found.append(date)
    return sorted(found, key=lambda date: date.start())
