"""Word lists for the name-cue recognizer: words that end a name or cannot start one."""

from __future__ import annotations

from spacy.lang.de.stop_words import STOP_WORDS as _DE
from spacy.lang.en.stop_words import STOP_WORDS as _EN
from spacy.lang.es.stop_words import STOP_WORDS as _ES
from spacy.lang.fr.stop_words import STOP_WORDS as _FR
from spacy.lang.it.stop_words import STOP_WORDS as _IT
from spacy.lang.pt.stop_words import STOP_WORDS as _PT

from redaction.recognizers._word_lists import name_words


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(text.split())


# Particles inside names ("María de la Fuente", "Ludwig van Beethoven", "Omar bin Laden").
PARTICLES = words(
    """
    de del la las los da das do dos di du van von der den ter ten bin binti bint ibn al el le st
    ní nic mac ó ap ben bat abu della degli
    """
)

# Words that follow greetings and "this is"/"I'm" but are not names.
_COMMON = words(
    """
    team all everyone everybody there guys folks world customer customers sir madam maam support friend
    friends happy sorry sure fine good great glad new back here just still really also trying looking
    hoping writing calling following wondering interested unable able done ready available confused
    frustrated stuck aware again please thanks thank hello hi hey dear regards best cheers kind warm
    sincerely yes no ok okay urgent important regarding re fw fwd subject note update issue problem
    question order account ticket admin user users bot assistant agent system developer engineer manager
    model api app service i'm im i've i'd i'll it's its that's we're you're they're let's here's there's
    what's gave said says asked called wrote reported wants wanted needs needed got sent paid left came
    went made took calls writes gives asks reports phoned emailed record records details profile account
    number email phone mr mrs ms mx dr prof sr sra srta herr frau don doña sir morning afternoon evening
    night today tomorrow yesterday señor señora hola gracias saludos equipo todos cliente buenos buenas
    días tardes noches hallo danke grüße gruß team alle kunde kundin guten morgen tag abend liebe lieber
    d'avance d’avance beaucoup infiniment mille grazie obrigado obrigada muito tante
    """
)

STOP = frozenset(w.lower() for w in (*_EN, *_ES, *_DE, *_FR, *_PT, *_IT, *_COMMON)) - PARTICLES

# Verbs that follow a name in tickets ("CALLER KATHRYN GOOD GAVE ...").
_NAME_VERBS = words(
    """
    gave said says asked called wrote reported wants wanted needs needed got sent paid left came went made
    took calls writes gives asks reports phoned emailed is was has had will would can could
    """
)
# What ends a name once it has started: English function words and verbs only. A second word such as
# "Good", "Allen" or "Will" is a surname even though it is a common word (or a German stop word).
CONTINUATION_STOP = frozenset(w.lower() for w in _EN) | _NAME_VERBS

# Inflections that mark a verb or adverb, checked on lower-case and ALL-CAPS words only: a
# capitalised "Fielding" or "Reed" in mixed-case text is trusted.
VERBISH_SUFFIXES = ("ing", "ed", "ly")


# Desks and teams one escalates to or waits on ("escalating to sales", "blocked on legal"), whatever surname they
# are too.
DESKS = words(
    """
    accounting finance legal sales support hr it ops operations engineering marketing billing procurement payroll
    security compliance product design qa dev devops admin infra platform data research growth shipping logistics
    facilities accounts treasury tax audit team teams service services care desk office helpdesk customer customers
    """
)


def is_lower_case_name(word: str) -> bool:
    """A lower-case word that is a surname or given name as well as a word ("barnes", "castillo"), not a desk."""
    return word in name_words() and word not in DESKS


# Greetings of other languages that are names somewhere too ("Hej", "Hei", "Tere"): neither a lone name opening a
# message nor part of the name they greet.
GREETINGS_THAT_ARE_NAMES = words("hej hei tere")
