"""Address tables, part 1: number-first countries, East Asia and the transliterated Caucasus/Russian forms.

A form is (variant tag, street-line template, house-number template). Line placeholders: {n} the rendered
house number, {s} a street name, {t} a street type, {x} a building/extra name, {u} unit, {f} floor, {k} small
number, {o}/{o2} ordinals, {L}/{l} a letter, {d} a direction, {hb} a Norwegian flat id, {q} a Swedish flat id.
Number placeholders: {h} house number (may carry a letter suffix), {c} chōme, {b} block, {g} building, {p} a
Czech conscription number, {u} unit, {k} small number. Places use '#' for a digit and '@' for a capital letter.
Names are written from general knowledge (compact on purpose; no generator library involved).
"""

from __future__ import annotations

from typing import NamedTuple

Form = tuple[str, str, str]


class Spec(NamedTuple):
    lang: str
    names: tuple[str, ...]
    types: tuple[str, ...]
    forms: tuple[Form, ...]
    places: tuple[str, ...]
    hmax: int = 199
    suffix: str = ""
    before: bool = False  # the locality is written before the street line
    extra: tuple[str, ...] = ("",)


def f(tag: str, line: str, num: str = "{h}") -> Form:
    return tag, line, num


FIRST: dict[str, Spec] = {
    "US": Spec(
        "en",
        ("Maple", "Oak", "Washington", "Lincoln", "Elm", "Cedar Ridge", "Lakeview", "Sunset", "Pine Hollow", "Hickory"),
        ("St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Pkwy"),
        (
            f("US", "{n} {s} {t}"),
            f("US", "{n} {d} {s} {t}"),
            f("US-unit", "{n} {s} {t} Apt {u}"),
            f("US-unit", "{n} {s} {t}, Suite {u}"),
            f("US-unit", "{n} {d} {s} {t} #{u}"),
        ),
        (
            "Springfield, IL 627##",
            "Austin, TX 787##",
            "Portland, OR 972##",
            "Brooklyn, NY 112##",
            "Columbus, OH 432##-####",
        ),
        hmax=9999,
    ),
    "GB": Spec(
        "en",
        ("Queen's", "Victoria", "Station", "Church", "Mill", "Kingsley", "Elmwood", "Albert", "Beechwood", "St John's"),
        ("Road", "Street", "Lane", "Close", "Gardens", "Avenue", "Crescent", "Drive", "Mews", "Terrace", "Way"),
        (f("GB", "{n} {s} {t}"), f("GB-flat", "Flat {u}, {n} {s} {t}"), f("GB-flat", "Flat {k} {n} {s} {t}")),
        ("London SE15 #@@", "Manchester M14 #@@", "Leeds LS6 #@@", "Bristol BS7 #@@", "Edinburgh EH3 #@@"),
        hmax=240,
    ),
    "AU": Spec(
        "en",
        ("Harbour", "Ocean", "Banksia", "Wattle", "Jacaranda", "Kingfisher", "Bellbird", "Coronation", "Marine"),
        (
            "Parade",
            "Circuit",
            "Crescent",
            "Close",
            "Rise",
            "Esplanade",
            "Grove",
            "St",
            "Street",
            "Rd",
            "Avenue",
            "Place",
        ),
        (
            f("AU", "{n} {s} {t}"),
            f("AU-unit", "Unit {u}/{n} {s} {t}"),
            f("AU-unit", "{k}/{n} {s} {t}"),
            f("AU-unit", "Unit {k}, {n} {s} {t}"),
        ),
        ("Bondi NSW 2026", "Fitzroy VIC 3065", "Paddington QLD 4064", "Fremantle WA 6160", "Belconnen ACT 2617"),
        hmax=320,
    ),
    "NZ": Spec(
        "en",
        ("Kauri", "Rimu", "Totara", "Pohutukawa", "Tui", "Karaka", "Beach"),
        ("Street", "Road", "Avenue", "Place", "Terrace", "Crescent"),
        (
            f("NZ", "{n} {s} {t}"),
            f("NZ", "{n} {s} {t}", "{h}{L}"),
            f("NZ-unit", "Flat {k}, {n} {s} {t}"),
            f("NZ-unit", "{k}/{n} {s} {t}"),
        ),
        ("Ponsonby, Auckland 1011", "Te Aro, Wellington 6011", "Riccarton, Christchurch 8011", "Dunedin 9016"),
    ),
    "CA": Spec(
        "en",
        ("King", "Queen", "Bloor", "Dundas", "Wellington", "Portage", "Jasper", "Robson"),
        ("St", "Street", "Ave", "Rd", "Blvd", "Dr", "Cres"),
        (
            f("CA", "{n} {s} {t}"),
            f("CA", "{n} {s} {t} W"),
            f("CA-unit", "{u}-{n} {s} {t}"),
            f("CA-unit", "Unit {u}, {n} {s} {t}"),
        ),
        ("Toronto, ON M5V #@#", "Vancouver, BC V6B #@#", "Calgary AB T2P #@#", "Winnipeg MB R3C #@#"),
        hmax=3999,
    ),
    "CA-qc": Spec(
        "fr",
        ("Saint-Denis", "Sherbrooke Est", "des Érables", "Laurier Ouest", "Saint-Hubert", "de la Montagne"),
        ("",),
        (f("CA-qc", "{n}, rue {s}"), f("CA-qc", "{n}, boulevard {s}"), f("CA-qc", "{n} rue {s}, app. {k}")),
        ("Montréal (Québec) H2X #@#", "Québec QC G1R #@#", "Gatineau (Québec) J8X #@#"),
        hmax=8999,
    ),
    "IE": Spec(
        "en",
        ("Main", "Church", "Castle", "Bridge", "Griffith", "Seaview", "Oakwood", "Ashbrook"),
        ("Street", "Road", "Avenue", "Park", "Drive", "Lawn", "Grove", "Close"),
        (f("IE", "{n} {s} {t}"), f("IE-apt", "Apartment {k}, {n} {s} {t}"), f("IE-apt", "Apt {u}, {x}, {n} {s} {t}")),
        ("Ranelagh, Dublin 6, D06 @#@#", "Cork T12 @#@#", "Galway H91 @#@#", "Dublin 8, D08 @@#@"),
        hmax=180,
        extra=("The Maltings", "Dockside House", "Belmont Court"),
    ),
    "ZA": Spec(
        "en",
        ("Jan Smuts", "Beach", "Long", "Oxford", "Rivonia", "Protea", "Kloof", "Voortrekker"),
        ("Street", "Road", "Avenue", "Drive", "Crescent"),
        (f("ZA", "{n} {s} {t}"), f("ZA-unit", "Unit {k}, {x}, {n} {s} {t}")),
        ("Sea Point, Cape Town, 8005", "Rosebank, Johannesburg, 2196", "Hatfield, Pretoria, 0083", "Umhlanga, 4319"),
        extra=("Sunset Villas", "Protea Court", "Ocean View Mews"),
    ),
    "IN": Spec(
        "en",
        ("Nehru", "Gandhi", "Shivaji", "Tilak", "Sarojini", "Rajaji", "Netaji Subhash"),
        ("Road", "Marg", "Nagar", "Colony", "Layout"),
        (
            f("IN", "H.No. {n}, {s} {t}", "{k}-{b}-{h}"),
            f("IN-flat", "Flat No. {n}, {x} Apartments, {s} {t}", "{u}"),
            f("IN", "{n}, {o} Cross, {o2} Main, {s} {t}", "#{h}"),
            f("IN-flat", "{n}, {x}, {s} {t}", "{L}-{u}"),
        ),
        (
            "Near Shiv Mandir, Indiranagar, Bengaluru, Karnataka 5600##",
            "Opp. HDFC Bank, Andheri West, Mumbai 4000##",
            "Behind City Hospital, Banjara Hills, Hyderabad, Telangana 5000##",
            "Beside Metro Pillar 112, Lajpat Nagar, New Delhi 1100##",
        ),
        extra=("Sai Krupa", "Shanti Niketan", "Green Glen", "Prestige Lakeside"),
    ),
    "PH": Spec(
        "en",
        ("Rizal", "Mabini", "Bonifacio", "Katipunan", "Aguinaldo", "Del Pilar"),
        ("St.", "Street", "Avenue", "Ave."),
        (f("PH", "{n} {s} {t}"), f("PH-unit", "Unit {u} {x}, {n} {s} {t}")),
        (
            "Brgy. San Antonio, Pasig City 1605",
            "Brgy. Poblacion, Makati City 1210",
            "Quezon City 1108",
            "Cebu City 6000",
        ),
        hmax=999,
        extra=("Tower 2", "Bldg. B", "One Serendra"),
    ),
    "FR": Spec(
        "fr",
        ("de la Paix", "Victor Hugo", "des Lilas", "Jean Jaurès", "de la République", "Pasteur", "du Moulin"),
        ("rue", "avenue", "boulevard", "allée", "chemin", "place", "impasse"),
        (
            f("FR", "{n} {t} {s}"),
            f("FR", "{n}, {t} {s}"),
            f("FR", "{n} bis {t} {s}"),
            f("FR-apt", "Appt {k}, {n} {t} {s}"),
        ),
        ("75011 Paris", "69003 Lyon", "13001 Marseille", "33000 Bordeaux", "31000 Toulouse", "59000 Lille"),
    ),
}
