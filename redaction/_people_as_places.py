"""People NER calls a place or a company: "Please forward the invoice to Smith.", "Meeting with Hale and Medina".

spaCy's small English model labels many a lone surname GPE or ORG ("Smith" ORG, "Hale" and "Sutton" GPE).
Plain Presidio hides them by redacting every place and company; tracecase keeps places and companies (a case
is often about them), so it takes such an entity for a person only where two things hold:

* each of its words is a person's name (:func:`world_names`, a common word that is also a name:
  :func:`name_words`, or a big city's name that is also a person's: "Jackson"), and the whole is no city or
  country that is never a name ("Dallas");
* the sentence puts a person there, or a list of names that holds it ("Hale and Medina"): a verb only people
  take ("ask", "cc", "according to", "meeting with", "approved by", "... from accounting", "... said").

A capitalised name word NER labelled nothing is tested the same way ("whether Rodriguez paid the invoice"), unless
it is part of a longer capitalised name. So "flights to Austin", "Meeting with Deloitte" and "according to Reuters"
stay.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from redaction import _lookalikes
from redaction.recognizers._word_lists import fold, is_name_place, is_place_name, name_words, world_names

# NER labels a person's name is mistaken for.
_MISTAKEN_LABELS = frozenset({"GPE", "ORG", "LOC", "FAC", "NORP", "PRODUCT"})
_MAX_WORDS = 3
_WORD = regex.compile(r"[\p{L}\p{M}'’\-]+")
# A capitalised word alone: not a part of a longer capitalised name NER passed over ("Enterprise Sales said").
_CAPITALISED = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'’\-_@.#/])(?<!\p{Lu}[\p{L}\p{M}'’\-]*[ \t])\p{Lu}[\p{Ll}\p{M}'’]+"
    r"(?![\p{L}\p{M}\p{N}_@/\-]|[ \t]+\p{Lu})"
)
_OBJECT = r"(?:[ \t]+(?!to\b|with\b)[\p{L}\d'’\-]+){0,3}"
# Verbs that send or say something to a person ("forward the invoice to", "escalated it to").
_TO_VERBS = (
    r"forward(?:s|ed|ing)?|sen[dt]|send(?:s|ing)|hand(?:s|ed|ing)?(?:[ \t]+(?:it|this|them))?[ \t]+over|pass(?:ed)?"
    r"|give|gave|escalat\w*|assign\w*|reassign\w*|delegat\w*|introduc\w*|report(?:s|ed|ing)?|repl(?:y|ied|ies)"
    r"|talk(?:s|ed|ing)?|sp[eo]ak\w*|spoke|wr[io]te|explain\w*|mention\w*|reach(?:ed)?[ \t]+out|turn(?:ed)?[ \t]+over"
    r"|submit(?:ted)?|refer(?:red)?|route(?:d)?|transfer(?:red)?|return(?:ed)?|address(?:ed)?|apologi[sz]\w*"
)
# Things one does with a person ("meeting with", "synced with", "1:1 with").
_WITH_NOUNS = (
    r"meet(?:s|ing|ings)?|met|call(?:s|ed)?|sync(?:ed|ing)?|chat(?:ted|ting)?|talk(?:s|ed|ing)?|sp[eo]ak\w*|spoke"
    r"|check(?:ed)?[ \t]+in|catch(?:[ \t]+up)?|caught[ \t]+up|lunch|dinner|coffee|1:1|one-on-one|interview(?:s|ed)?"
    r"|work(?:s|ed|ing)?|pair(?:ed|ing)?|touch(?:ed)?[ \t]+base|follow(?:ed)?[ \t]+up|agree[ds]?|confirm(?:ed)?"
)
# Verbs whose object is a person ("ask Smith", "cc Hale", "loop in Sutton").
_PERSON_OBJECT = (
    r"ask(?:ed)?|tell|told|thank(?:s|ed)?|ping(?:ed)?|cc(?:'d|ed)?|bcc|e-?mail(?:ed)?|phone(?:d)?|text(?:ed)?"
    r"|remind(?:ed)?|invite(?:d)?|notify|notified|loop(?:ed)?[ \t]+in|message(?:d)?|dm(?:'d|ed)?|call(?:ed)?"
    r"|hire(?:d)?|promote(?:d)?|congratulate(?:d)?|welcome(?:d)?|let|met|meet|visit(?:ed)?|interview(?:ed)?"
)
# Acts a person is the agent of ("approved by", "signed off by").
_BY_VERBS = (
    r"approved|signed(?:[ \t]+off)?|reviewed|opened|created|written|reported|submitted|assigned|requested|raised"
    r"|filed|closed|handled|owned|authored|prepared|sent|escalated|confirmed|checked|verified|updated|edited"
)
_PERSON_BEFORE = regex.compile(
    rf"(?i:\b(?:according[ \t]+to|(?:{_TO_VERBS}){_OBJECT}[ \t]+to|(?:{_WITH_NOUNS})[ \t]+with|(?:{_PERSON_OBJECT})"
    rf"|(?:{_BY_VERBS})[ \t]+by|per|owner:?|assignee:?|attn:?|c/o|cc:|for[ \t]+(?:mr|mrs|ms|dr)\.?"
    # a caller asking who answers: "Is this Wilson?"
    r"|is[ \t]+(?:this|that)|this[ \t]+is|it['’]?s|how[ \t]+old[ \t]+is"
    # what a customer file says of its holder: "on behalf of", "the refund for", "belongs to", "the officer is"
    r"|on[ \t]+behalf[ \t]+of|belongs?[ \t]+to|who[ \t]+is|appointment[ \t]+with"
    r"|(?:refund|payment|invoice|claim|booking|reservation|appointment|prescription|policy|statement)[ \t]+for"
    r"|(?:officer|agent|manager|driver|doctor|nurse|representative|adviser|advisor|holder|tenant|landlord"
    r"|beneficiary|applicant|caller|contact)[ \t]+(?:is|was)))[ \t]+$"
)
_DEPARTMENT = (
    r"accounting|finance|legal|sales|support|hr|it|ops|operations|engineering|marketing|billing|procurement|payroll"
    r"|security|compliance|product|design|qa|dev|devops|the[ \t]+\w+[ \t]+team|our[ \t]+team|the[ \t]+team|admin"
)
_ROLE = (
    r"manager|ceo|cto|cfo|director|lead|head|owner|doctor|nurse|teacher|lawyer|agent|rep|engineer|intern|employee"
    r"|contractor|customer|client|tenant|patient|founder|accountant|consultant|assistant|supervisor"
    r"|daughter|son|wife|husband|mother|mom|father|dad|sister|brother|friend|boss|colleague|partner|kid|child"
    r"|cousin|aunt|uncle|grandmother|grandfather|grandson|granddaughter|neighbou?r|fianc[ée]e?|girlfriend|boyfriend"
)
_PERSON_AFTER = regex.compile(
    rf"[ \t]+(?:from[ \t]+(?:{_DEPARTMENT})\b|(?i:said|says|asked|asks|told|wrote|writes|replied|approved|signed"
    r"|confirmed|mentioned|agreed|thinks|thought|noted|emailed|called|phoned|suggested|requested|promised"
    r"|explained|complained|is[ \t]+out|was[ \t]+out|is[ \t]+on[ \t]+(?:leave|vacation|holiday|pto)|is[ \t]+off"
    r"|joined|left[ \t]+the|will[ \t]+(?:call|send|follow|reply|join|review|handle|approve)|and[ \t]+I\b"
    # (not "arrived" or "lost the": a product does those too, "the Dyson arrived", "Pixel lost the signal")
    r"|lives|lived|living|family|household|twins|paid|logged[ \t]+in|can['’]?t[ \t]+log[ \t]+in"
    r"|(?:lost|misplaced)[ \t]+(?:his|her|their|my|the[ \t]+(?:card|wallet|passport|keys?|id))"
    r"|(?:has|have)[ \t]+been[ \t]+(?:our|a)[ \t]+(?:client|customer"
    r"|member|patient|tenant)|(?:is|was)[ \t]+the[ \t]+(?:primary[ \t]+)?account[ \t]+holder"
    r"|['’]s[ \t]+(?:application|account|order|claim|booking|appointment|policy|loan|payment|refund|complaint"
    r"|ticket|request|card|flight|visa|passport|prescription)"
    rf"|(?:is|was)[ \t]+(?:the|our|my|your|his|her|their|a|an)[ \t]+(?:new[ \t]+)?(?:{_ROLE})"
    r"|has[ \t]+(?:a|an)[ \t]+(?:[\p{L}\-]+[ \t]+)?(?:appointment|fever|cold|allergy|birthday)"
    r"|are[ \t]+(?:partners|colleagues|friends|married|siblings|cousins|neighbou?rs|co-?founders|roommates))\b)"
    # a person addressed: "Smith, can you check this?"
    r"|,[ \t]*(?i:(?:can|could|would|will)[ \t]+you|please)\b"
)
# A list's commas are followed by a space: a CSV row's fields are no list.
_SEPARATOR = regex.compile(r"(?:,[ \t]+(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)")


def people_named_as_places(text: str, entities: Iterable[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Spans of ``text`` NER labelled a place or company, or left unlabelled, that name a person (see the module's
    docstring): "Please forward the invoice to Smith.", "Can you check whether Rodriguez paid the invoice?"."""
    spans = sorted(entities)
    taken = [(s, e) for s, e, _ in spans]
    # Name words NER saw as nothing go through the same test, as if it had called them a place.
    spans = sorted([*spans, *((s, e, "GPE") for s, e in _unlabelled_capitalised(text, taken))])
    found: list[tuple[int, int]] = []
    for group in _lists(text, spans):
        mistaken = [(s, e) for s, e, label in group if label in _MISTAKEN_LABELS and _names_a_person(text[s:e])]
        if not mistaken:
            continue
        if in_a_persons_place(text, group[0][0], group[-1][1]):
            found.extend(mistaken)
    return found


def in_a_persons_place(text: str, start: int, end: int, *, before: bool = True) -> bool:
    """The sentence puts a person at ``text[start:end]``: "ask Sana", "Sana is on vacation", "according to Sana".

    ``before=False`` reads only what follows ("Sana is on vacation"): what comes before may put a thing there too
    ("Is this Oracle's new pricing?").
    """
    return (before and _PERSON_BEFORE.search(text, max(0, start - 60), start) is not None) or (
        _PERSON_AFTER.match(text, end) is not None
    )


def _unlabelled_capitalised(text: str, taken: Sequence[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """Capitalised words outside ``taken`` (sorted, non-overlapping NER spans): one pass over both."""
    at = 0
    for match in _CAPITALISED.finditer(text):
        while at < len(taken) and taken[at][1] <= match.start():
            at += 1
        overlaps = at < len(taken) and taken[at][0] < match.end()
        if not overlaps and match.group().casefold() not in _lookalikes.TECH_TERMS:  # "Tell Siri to call mom"
            yield match.span()


def _lists(text: str, spans: Sequence[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Entities joined by commas or "and" ("Hale and Medina", "Smith, Jones & Lee"), as groups in text order."""
    groups: list[list[tuple[int, int, str]]] = []
    for span in spans:
        previous = groups[-1][-1] if groups else None
        if previous is not None and previous[1] <= span[0] and _SEPARATOR.fullmatch(text, previous[1], span[0]):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _names_a_person(value: str) -> bool:
    words = _WORD.findall(value)
    if not 0 < len(words) <= _MAX_WORDS or is_place_name(value):
        return False
    return all(w[:1].isupper() and _is_name_word(w) for w in words)


def _is_name_word(word: str) -> bool:
    """A person's name, or a big city's that is one too ("Jackson", "Austin": the verb made it a person)."""
    return fold(word) in world_names() or word.casefold() in name_words() or is_name_place(word)
