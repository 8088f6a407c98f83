"""Sign-offs of the languages that have no other name cues: the name on the line after one is a person's.

spaCy's English model misses a lone given name in another script or spelling ("З повагою,\\nОлена",
"Terveisin,\\nAino"). Only formal closings are listed: a "thanks" word opens ordinary sentences too
("Спасибо, что написали"), and nothing here is a greeting.
"""

from __future__ import annotations

SIGN_OFFS: dict[str, list[str]] = {
    "nl": [r"met\s+vriendelijke\s+groet(?:en)?", r"vriendelijke\s+groet(?:en)?", r"hartelijke\s+groet(?:en)?", r"mvg"],
    "sv": [r"med\s+vänliga\s+hälsningar", r"vänliga\s+hälsningar", r"vänlig\s+hälsning", r"hälsningar"],
    "nb": [r"med\s+vennlig\s+hilsen", r"vennlig\s+hilsen", r"beste\s+hilsen"],
    "da": [r"med\s+venlig\s+hilsen", r"venlig\s+hilsen", r"de\s+bedste\s+hilsner", r"kærlig\s+hilsen"],
    "fi": [r"ystävällisin\s+terveisin", r"parhain\s+terveisin", r"terveisin"],
    # "pozdrawiam" is also "I greet" ("Pozdrawiam całą ekipę"): a sign-off only where it ends its line.
    "pl": [
        r"z\s+poważaniem",
        r"(?:serdecznie\s+)?pozdrawiam(?:\s+serdecznie)?(?=[ \t]*[,!.]?[ \t]*(?:\n|$))",
        r"z\s+wyrazami\s+szacunku",
    ],
    "cs": [r"s\s+pozdravem", r"s\s+přátelským\s+pozdravem", r"se\s+srdečným\s+pozdravem", r"s\s+úctou"],
    "sk": [r"s\s+pozdravom", r"s\s+priateľským\s+pozdravom", r"so\s+srdečným\s+pozdravom"],
    "hu": [r"üdvözlettel", r"tisztelettel", r"baráti\s+üdvözlettel", r"köszönettel"],
    "ro": [r"cu\s+stimă", r"cu\s+respect", r"cu\s+bine", r"toate\s+cele\s+bune", r"cu\s+drag"],
    "tr": [r"saygılarımla", r"saygılarımızla", r"iyi\s+çalışmalar", r"sevgilerimle"],
    "uk": [r"з\s+повагою", r"з\s+найкращими\s+побажаннями"],
    "ru": [r"с\s+уважением", r"с\s+наилучшими\s+пожеланиями", r"всего\s+доброго", r"всего\s+хорошего"],
    "bg": [r"с\s+уважение", r"поздрави"],
    "hr": [  # Croatian, Serbian, Bosnian and Slovene
        r"srdačan\s+pozdrav",
        r"lijep\s+pozdrav",
        r"lep\s+pozdrav",
        r"s\s+poštovanjem",
        r"srdačno",
    ],
    "el": [r"με\s+εκτίμηση", r"με\s+φιλικούς\s+χαιρετισμούς", r"φιλικά"],
    "lt": [r"pagarbiai"],
    "lv": [r"ar\s+cieņu"],
    "et": [r"lugupidamisega", r"parimate\s+soovidega"],
    "id": [r"hormat\s+saya", r"salam\s+hangat", r"salam\s+mesra"],
    "vi": [r"trân\s+trọng"],
    "he": [r"בברכה", r"בכבוד\s+רב"],
    "ar": [r"مع\s+تحياتي", r"مع\s+خالص\s+التحية", r"تحياتي"],
}
