"""The words of street lines: USPS and UK street suffixes, the reason phrases of HTTP statuses (no house number),
function words (never part of a street name) and the words that announce an address, in many languages.
"""

from __future__ import annotations

SUFFIXES = (
    "Alley Aly Annex Anx Arcade Arc Avenue Ave Av Bayou Beach Bend Bluff Bluffs Bottom Boulevard Blvd Branch Br Bridge "
    "Brg Brook Brooks Burg Burgs Bypass Byp Camp Canyon Cape Causeway Cswy Center Ctr Centers Circle Cir Circles "
    "Cliff Cliffs Club Common Commons Corner Corners Course Court Ct Courts Cove Coves Creek Crk Crescent Cres "
    "Crest Crossing Xing Crossroad Crossroads Curve Dale Dam Divide Drive Dr Drives Estate Estates Expressway Expy "
    "Extension Ext Extensions Falls Ferry Field Fields Flat Flats Ford Fords Forest Forge Forges Fork Forks Fort "
    "Freeway Fwy Garden Gardens Gdns Gateway Glen Glens Green Greens Grove Grv Groves Harbor Harbors Haven Heights "
    "Hts Highway Hwy Hill Hills Hollow Inlet Island Islands Isle Junction Jct Junctions Key Keys Knoll Knolls Lake "
    "Lakes Land Landing Lane Ln Light Lights Loaf Lock Locks Lodge Loop Mall Manor Manors Meadow Meadows Mews Mill "
    "Mills Mission Motorway Mount Mountain Mountains Neck Orchard Oval Overpass Park Parks Parkway Pkwy Parkways "
    "Pass Passage Path Pike Pine Pines Place Pl Plain Plains Plaza Plz Point Pt Points Port Ports Prairie Radial "
    "Ramp Ranch Rapid Rapids Rest Ridge Ridges River Road Rd Roads Route Rte Row Rue Run Shoal Shoals Shore "
    "Shores Skyway Spring Springs Spur Spurs Square Sq Squares Station Sta Stravenue Stream Street St Streets "
    "Summit Terrace Ter Throughway Trace Track Trafficway Trail Trl Trailer Tunnel Turnpike Tpke Underpass Union "
    "Unions Valley Valleys Via Viaduct View Views Village Villages Ville Vista Walk Walks Wall Way Ways Well Wells "
    "Close Drove Embankment Gate Parade Rise Wharf Wynd Yard Marg Nagar Salai Chowk"
    # Irish and British estates: "7 Castle Lawn", "12 Ashfield Downs", "4 Glen Vale", "9 Hunters Chase"
    " Lawn Lawns Downs Vale Brae Chase"
    # Australian abbreviations: terrace, close, circuit, parade, esplanade
    " Tce Cl Cct Pde Esp Esplanade Circuit"
)
# Case-insensitive so ALL-CAPS tickets ("12 MAPLE AVENUE") match; the words before it must still be capitalised.
SUFFIX = "(?i:" + "|".join(sorted(set(SUFFIXES.split()), key=len, reverse=True)) + r")(?!\p{L})\.?"
# An HTTP status with its reason phrase ("502 Bad Gateway", "504 Gateway Timeout") is no house number.
HTTP_REASON = (
    r"(?![ \t]+(?i:bad[ \t]+gateway|gateway[ \t]+time-?out|service[ \t]+unavailable|not[ \t]+found|moved[ \t]+"
    r"permanently|permanent[ \t]+redirect|temporary[ \t]+redirect|see[ \t]+other|too[ \t]+many[ \t]+requests"
    r"|request[ \t]+time-?out|internal[ \t]+server[ \t]+error|unprocessable[ \t]+(?:entity|content)|bad[ \t]+request"
    r"|payload[ \t]+too[ \t]+large|precondition[ \t]+failed|network[ \t]+authentication))"
)
# Function words are never part of a street name: "your Sonos Era 100 is on its way", "3 of them by the way".
FUNCTION_WORD = (
    r"(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|should|may|might|must"
    r"|on|in|at|by|for|from|with|to|into|onto|of|off|out|up|down|over|under|about|after|before|since|until"
    r"|a|an|the|and|or|but|nor|so|yet|if|then|than|that|this|these|those|there|here|not|no|all|any|some|each"
    r"|it|its|it's|i|me|my|you|your|we|our|us|they|them|their|he|him|his|she|her|who|which|what"
    r"|already|still|now|just|also|only|even|well|again|back|away|anyway|either|neither)(?![\p{L}'\-])"
)
# Words that announce an address, before a street named without a type word: "Adresa: Albánská 12", "ship to
# Storhaugen 7", "Διεύθυνση: Ερμού 12" (not "moved to Python 3": only words that name an address).
ADDRESS_WORD = (
    r"(?i:(?<!(?:e-?mail|ip|ipv[46]|mac|web|wallet|server|host)[ \t])address(?:[ \t]+(?:is|was|to|at))?|addr\.?"
    r"|adresse|adresa|adres|anschrift|wohnhaft|dirección|direccion|domicilio|endereço|endereco"
    r"|indirizzo|bydliště|bydlisko|sídlo|adressen|osoite|cím|lakcím|адрес|адреса|διεύθυνση|հասցե"
    r"|live\s+at|lives\s+at|living\s+at|ship(?:ped)?\s+to|deliver(?:ed|y)?\s+to|send\s+(?:it\s+)?to|vivo\s+en"
    r"|wohne\s+in\s+der|moro\s+na|moro\s+em|bydlím\s+v|bydlím\s+na"
    # "ship the replacement to", "the courier left it at", "our office is at", "Lieferung an", "entregar em"
    r"|(?:ship|send|deliver)\s+(?:it|them|this|the\s+\p{L}+)\s+to|(?:left|dropped|delivered)\s+(?:it|them|the\s+\p{L}+)\s+at"
    r"|(?:office|shop|store|studio|clinic)\s+is\s+(?:now\s+)?at|located\s+at|based\s+at"
    r"|lieferung\s+an|liefern\s+an|wohne\s+(?:jetzt|nun)\s+in\s+der|entregar\s+(?:em|na|no|en)|enviar\s+para"
    # "envíalo a", "mándamelo a", "entrégalo en", "manda para", "schick es an", "envoie-le à", "spediscilo a"
    r"|(?:env[ií]|m[aá]nd|entr[ée]g)(?:a|e|alo|ala|elo|ela|amelo|amela|alos|alas)\s+(?:a|en|para)"
    r"|schick(?:e|t|en)?\s+(?:es|das|ihn|sie|alles)\s+(?:bitte\s+)?an|envoie[sz]?-(?:le|la|les)\s+[àa]"
    r"|spedisci(?:lo|la|li|le)?\s+a|mandal[oa]\s+a"
    # Slavic cases of "address" and "street" ("na adresi", "v ulici", "на адресу"), a colloquial "dire"
    r"|adresi|adrese|adresou|adresu|ulici|ulica|ulice|ulicy|ulitsa|улица|улице|вулиця|адресу|адресом|mi\s+dire)"
    # a copula after the word: "adresa mi je ...", "mi domicilio fiscal es ..."
    r"(?:[ \t]+(?i:mi[ \t]+je|je|es|é|ist|lautet|fiscal[ \t]+es))?"
)
