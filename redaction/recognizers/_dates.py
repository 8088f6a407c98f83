"""Calendar dates as people write them, numeric and with month names in en/es/de/fr/pt/it/nl/tr/pl.

Used by the date-of-birth recognizer: it decides *which* date is a birth date (from cues); this module
only finds dates and reads their year, so that a log timestamp of last week is never taken for a birth
date found by a loose cue.
"""

from __future__ import annotations

from datetime import UTC, datetime

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
_TIME = r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"

_SHAPES = (
    rf"{_YEAR}([-/.])(?:1[0-2]|0?[1-9])\1(?:[12]\d|3[01]|0?[1-9]){_TIME}",  # 1942-02-16, 1942/2/16
    rf"{_YEAR}\.\s(?:1[0-2]|0?[1-9])\.\s(?:[12]\d|3[01]|0?[1-9])\.?",  # 1942. 02. 16. (hu, ko)
    rf"{_YEAR}\.\s{MONTH}\s(?:[12]\d|3[01]|0?[1-9])\.?",  # 1942. február 16. (hu)
    r"(?:[12]\d|3[01]|0?[1-9])([-/.])(?:[12]\d|3[01]|0?[1-9])\2(?:\d{4}|\d{2})",  # 16.02.1942, 2/16/42
    r"(?:[12]\d|3[01]|0?[1-9])\.\s(?:1[0-2]|0?[1-9])\.\s\d{4}",  # 16. 2. 1942 (cs, sk)
    rf"(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])\s{_YEAR}",  # 20/12 1944 (sv, no, da)
    rf"{DAY}([-/ ]){MONTH}\3(?:\d{{4}}|\d{{2}})",  # 16-Feb-1942, 16 feb 42
    rf"(?:{_WEEKDAY})?{MONTH},?\s*{DAY},?\s+(?:of\s+)?\d{{4}}",  # March 3rd, 1971; Feb. 16 1942
    # 15 de mayo de 1968, 9. Juli 1996, 3rd of March, 1971
    # "1ro de noviembre del 80": two digits only after "de"/"del"
    rf"(?:{_WEEKDAY})?(?:{DAY}|(?:the\s+)?{DAY_WORD}\s)\s*(?:de\s+|of\s+|da\s+)?{MONTH}"
    r"(?:(?:\s+de|,|\s+del)?\s*\d{4}|\s+del?\s+\d{2})",
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
