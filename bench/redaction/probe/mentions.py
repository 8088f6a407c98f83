"""Sentences users write around their request that name products, places, organisations, pages and terms: the
harmless capitalised words a redactor must leave alone. Slots as in world.SLOTS plus {order} {date} {amount}."""

from __future__ import annotations

from .core import Ctx, Doc
from .slots import render

MENTIONS: dict[str, list[str]] = {
    "en": [
        "I bought the {gadget} at your {namedcity} store and it already stopped charging.",
        "Is the {gadget} covered by the {heading} page? It says something different.",
        "Your {heading} says 30 days but the {product} arrived on {day}.",
        "We're flying into {airport} on {day} for a gig at {venue}.",
        "Pick me up at {station}, not at {airport}.",
        "My {car} has been at the dealer in {namedcity} since {date}.",
        "Every time I ask {assistant} to reorder, it adds {food} instead.",
        "My manager at {company} wants {software} seats for the whole {team}.",
        "I'm a {job} at {hospital} and need the invoice in our name.",
        "The pharmacy in {namedcity} swapped my {drug} for a generic.",
        "Flights out of {city} were cancelled because of {storm}, so I missed {work} at the cinema.",
        "Our {job} says the {legal} covers this ({law_firm} drafted it).",
        "My dad was just diagnosed with {eponym} and I need to cancel the {software} trial.",
        "The label says {chem} — is the {beauty} safe for sensitive skin?",
        "We export everything with {lib}; the file is {path}.",
        "The error links to {docs} but that page is a 404.",
        "Shipping from {region} to {namedcity} took 3 weeks.",
        "I was near the {landmark} when the courier called.",
        "Gift for a friend at {university}: the {beauty} set.",
        "Both the {gadget} and the {gadget} from order {order} came without a charger.",
        "Can I watch {work} on the {gadget} offline?",
        "I pre-ordered {work} for {day} but got {work} instead.",
        "The {beauty} lists {chem} and {chem}; is there a version without them?",
        "Since my {eponym} diagnosis the small buttons on the {gadget} are hard to use.",
        "Excel says it can't open {winpath} after the update.",
        "Our IT moved the exports to {winpath}; the old {logfile} is gone.",
        "The {medical} at {hospital} asked me to bring the {gadget} readings.",
        "We met at the {tech} talk at {venue}.",
        "The dashboard still plots a {method} instead of the {method} we asked for.",
    ],
    "es": [
        "Compré el {gadget} en la tienda de {namedcity} y ya no carga.",
        "En la página de {heading} pone otra cosa sobre el {product}.",
        "Llego a {airport} el {day}, vamos al concierto en el {venue}.",
        "Mi {car} lleva en el taller de {city} desde el {date}.",
        "Trabajo en {company} y necesitamos licencias de {software} para el equipo ({team}).",
        "En la farmacia de {namedcity} me cambiaron el {drug} por un genérico.",
        "Por la {storm} cancelaron el tren desde {station}.",
        "Le pido a {assistant} que compre {food} y nunca lo hace bien.",
        "Reservé {work} para el {day} y me mandaron otra cosa.",
        "La etiqueta del {beauty} dice {chem}, ¿es apto para piel sensible?",
    ],
    "de": [
        "Ich habe den {gadget} in der Filiale {namedcity} gekauft, er lädt nicht mehr.",
        "Laut {heading} habe ich 30 Tage, der {product} kam aber erst am {day}.",
        "Ich lande am {day} in {airport} und fahre weiter nach {city}.",
        "Mein {car} steht seit {date} in der Werkstatt in {namedcity}.",
        "Wir ({company}) brauchen {software} für {team}.",
        "Die Apotheke in {city} hat mir statt {drug} ein Generikum gegeben.",
        "Wegen {storm} fiel der Zug ab {station} aus.",
        "Unser Export läuft mit {lib}, Datei liegt unter {path}.",
        "Ich habe {work} vorbestellt, geliefert wurde aber {work}.",
        "Die Exporte liegen jetzt unter {winpath}.",
    ],
    "fr": [
        "J'ai acheté le {gadget} au magasin de {namedcity}, il ne charge plus.",
        "La page {heading} dit autre chose pour le {product}.",
        "J'arrive à {airport} le {day}, puis train depuis {station}.",
        "Ma {car} est au garage à {city} depuis le {date}.",
        "Chez {company}, on voudrait {software} pour toute l'équipe ({team}).",
        "La pharmacie de {namedcity} a remplacé mon {drug} par un générique.",
        "À cause de la tempête ({storm}), mon vol depuis {city} a été annulé.",
        "J'ai précommandé {work} pour le {day}, j'ai reçu autre chose.",
    ],
    "pt": [
        "Comprei o {gadget} na loja de {namedcity} e já não carrega.",
        "Na página {heading} diz outra coisa sobre o {product}.",
        "Chego em {airport} na {day} para o show no {venue}.",
        "Meu {car} está na concessionária em {city} desde {date}.",
        "Trabalho na {company} e precisamos do {software} para a equipe ({team}).",
        "A farmácia em {namedcity} trocou meu {drug} por um genérico.",
        "Comprei o box de {work} e veio faltando um disco.",
    ],
    "it": [
        "Ho comprato il {gadget} nel negozio di {namedcity} e non si carica più.",
        "Nella pagina {heading} c'è scritto altro sul {product}.",
        "Arrivo a {airport} il {day} e poi prendo il treno da {station}.",
        "La mia {car} è in officina a {city} dal {date}.",
        "In farmacia a {namedcity} mi hanno dato un generico al posto di {drug}.",
    ],
    "nl": [
        "Ik heb de {gadget} in de winkel in {namedcity} gekocht en hij laadt niet meer.",
        "Op de pagina {heading} staat iets anders over de {product}.",
        "Ik land op {day} op {airport} en neem de trein vanaf {station}.",
    ],
    "pl": [
        "Kupiłem {gadget} w sklepie w {namedcity} i już się nie ładuje.",
        "Na stronie {heading} jest co innego o {product}.",
        "Przylatuję na {airport} w {day}, potem pociąg z {station}.",
    ],
}


def mention(ctx: Ctx, d: Doc, lang: str = "") -> str:
    templates = MENTIONS.get(lang or ctx.lang, MENTIONS["en"])
    return render(ctx, d, ctx.rng.choice(templates))
