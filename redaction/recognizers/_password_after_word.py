"""Prose patterns that name the password first and give its value after: ``the password for the VPN is X``,
``use password tulip``, ``What's the wifi password? It's X``, ``| Password | hunter2 |``.

Each captures the value as ``value`` and, where one hands the value over, a ``copula``, ``verb`` or ``quote``
that lets a plain word be the password (:class:`password_prose.ProsePasswordRecognizer` reads them).
"""

from __future__ import annotations

import regex

from redaction.recognizers._password_cues import CANDIDATE, CUE, NOT_SECOND_OF_PAIR, QUOTE, STRONG, WEAK

# Adverbs between the copula and the value ("is currently X"); a value on the line below a label.
_ADVERB = (
    r"(?:now|currently|actually|simply|just|literally|still|ahora|actualmente|jetzt|aktuell|nun|maintenant|agora"
    r"|atualmente|adesso|ora|noch|immer\s+noch|todavía|aún|ainda|encore"
    # hedges: "my password is probably X", "is either X or Y"
    r"|probably|maybe|possibly|either|like|usually|always|quizás|quizá|probablemente|wahrscheinlich|vielleicht"
    r"|talvez|provavelmente"
    # what it was before: "mein pw war früher X und jetzt Y"
    r"|früher|vorher|ursprünglich|antes|before|originally|originalmente"
    # from when it holds: "Das neue Passwort ist ab morgen X"
    r"|ab\s+(?:morgen|heute|sofort|jetzt)|from\s+(?:tomorrow|today|now\s+on)|a\s+partir\s+de\s+(?:mañana|hoy|amanhã|hoje)"
    r"|à\s+partir\s+de\s+demain|desde\s+mañana|vanaf\s+(?:morgen|nu|vandaag))"
)
_VALUE = rf"[ \t]*(?:{_ADVERB}(?!\p{{L}}))?[ \t]*(?:\n[ \t]*)?{QUOTE}{CANDIDATE}"
AFTER_COPULA = regex.compile(rf"{NOT_SECOND_OF_PAIR}{CUE}{_VALUE}", regex.IGNORECASE)
# With no copula (or an apposition: "the password, X, leaked"): a verb or adjective that hands the value
# over ("use password tulip", "temp password X"), the abbreviations people only write before a value
# ("pw tulip"; not pwd, a shell command too), or brackets and quotes around it ("password (tulip)")
# make a plain word the password.
_HANDOVER = (
    r"(?:use|try|enter|type|with|using|temp|temporary|initial|default|new|one-time|usa|usar|prueba|con|nutze"
    r"|verwende|mit|avec|utilise|utilize|com|nuova|nueva|neues)"
)
RIGHT_AFTER = regex.compile(
    rf"(?P<copula>(?<!\p{{L}}){_HANDOVER}[ \t]+(?:(?:the|a|this|my|la|el|das|le|o|a)[ \t]+)?)?"
    rf"(?<!\p{{L}})(?P<cue>{STRONG}|(?P<verb>pw|passwd)|pwd|(?P<pin>pin|passcode))(?!\p{{L}})(?:[ \t]+|[ \t]*,[ \t]*)"
    rf"(?P<quote>[\"'`“‘«(])?{CANDIDATE}",
    regex.IGNORECASE,
)
# The answer in the next sentence: "What's the wifi password? It's tangerine", "Das Passwort? Es ist X".
NEXT_SENTENCE = regex.compile(
    rf"(?<!\p{{L}})(?P<cue>{STRONG}|pw|pwd)(?!\p{{L}})[^\n.?!]{{0,30}}[?:.][ \t]*"
    # after a hedge too: "qual senha eu cadastrei? acho que era X"
    r"(?:(?:i[ \t]+think|acho[ \t]+que|creo[ \t]+que|ich[ \t]+glaube|je[ \t]+crois[ \t]+que)[ \t]+)?"
    r"(?P<copula>it'?s|it[ \t]+is|it[ \t]+was|that'?s|es[ \t]+ist|es[ \t]+war|das[ \t]+ist"
    r"|es|era|fue|foi|é|c'est|è)[ \t]+"
    rf"{QUOTE}{CANDIDATE}",
    regex.IGNORECASE,
)
# A key/value table row: "| Password | hunter2 |".
TABLE_ROW = regex.compile(
    rf"^[ \t]*\|[ \t]*(?P<cue>{STRONG}|{WEAK})(?!\p{{L}})[^|\n]{{0,30}}\|[ \t]*{QUOTE}{CANDIDATE}",
    regex.IGNORECASE | regex.MULTILINE,
)
