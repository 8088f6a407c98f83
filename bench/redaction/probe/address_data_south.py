"""Address tables, part 4: Southern Europe, Latin America, Turkey, Greece and Israel (number after the street)."""

from __future__ import annotations

from .address_data import Spec, f

SOUTH: dict[str, Spec] = {
    "IT": Spec(
        "it",
        ("Roma", "Garibaldi", "Dante", "Giuseppe Verdi", "dei Mille", "Vittorio Emanuele II", "Cavour"),
        ("Via", "Corso", "Piazza", "Viale"),
        (
            f("IT", "{t} {s} {n}"),
            f("IT", "{t} {s}, {n}"),
            f("IT-int", "{t} {s} {n}, int. {k}"),
            f("IT", "{t} {s}, {n}", "{h}/{L}"),
        ),
        ("00184 Roma RM", "20121 Milano (MI)", "50122 Firenze", "80134 Napoli NA", "10121 Torino"),
    ),
    "ES": Spec(
        "es",
        ("Mayor", "Alcalá", "Gran Vía", "de la Constitución", "Real", "del Carmen", "San Bernardo"),
        ("Calle", "C/", "Avda.", "Avenida", "Plaza", "Paseo"),
        (
            f("ES", "{t} {s}, {n}"),
            f("ES", "{t} {s} {n}"),
            f("ES-floor", "{t} {s} {n}, {f}º {L}"),
            f("ES-floor", "{t} {s}, {n}, {f}º izda."),
        ),
        ("28013 Madrid", "08001 Barcelona", "41001 Sevilla", "46002 Valencia", "48001 Bilbao"),
    ),
    "PT": Spec(
        "pt",
        ("Augusta", "da Liberdade", "de Santa Catarina", "do Almada", "25 de Abril", "Alexandre Herculano"),
        ("Rua", "Avenida", "Av.", "Travessa"),
        (
            f("PT", "{t} {s}, {n}"),
            f("PT-floor", "{t} {s}, {n}, {f}º Esq."),
            f("PT-floor", "{t} {s} {n} {f}º Dto"),
            f("PT", "{t} {s}, n.º {n}"),
        ),
        ("1100-### Lisboa", "4000-### Porto", "3000-### Coimbra", "8000-### Faro"),
    ),
    "BR": Spec(
        "pt",
        ("das Flores", "Augusta", "Oscar Freire", "XV de Novembro", "Sete de Setembro", "Voluntários da Pátria"),
        ("Rua", "R.", "Av.", "Avenida", "Alameda"),
        (
            f("BR", "{t} {s}, {n}"),
            f("BR-apto", "{t} {s}, {n}, apto {u}"),
            f("BR-apto", "{t} {s}, {n} - apto {u}, bloco {L}"),
            f("BR", "{t} {s}, nº {n}"),
        ),
        (
            "Bela Vista, São Paulo - SP, 01310-###",
            "Copacabana, Rio de Janeiro - RJ, 22070-###",
            "Centro, Curitiba - PR, 80020-###",
        ),
        hmax=2999,
    ),
    "AR": Spec(
        "es",
        ("Corrientes", "Santa Fe", "Rivadavia", "Callao", "Belgrano", "9 de Julio"),
        ("Av.", "Avenida", "Calle"),
        (
            f("AR", "{t} {s} {n}"),
            f("AR-piso", "{t} {s} {n}, piso {f} depto {L}"),
            f("AR-piso", "{t} {s} {n} {f}º {L}"),
            f("AR", "{t} {s} N° {n}"),
        ),
        ("C1043 CABA", "C1425@@@ Buenos Aires", "X5000 Córdoba", "S2000 Rosario"),
        hmax=6999,
    ),
    "CL": Spec(
        "es",
        ("Providencia", "Libertador Bernardo O'Higgins", "Apoquindo", "Irarrázaval", "Los Leones"),
        ("Av.", "Avenida", "Calle"),
        (f("CL", "{t} {s} {n}"), f("CL-depto", "{t} {s} {n}, depto {u}"), f("CL-depto", "{t} {s} {n} dpto. {u}")),
        ("Providencia, Santiago", "Las Condes, Santiago", "Viña del Mar", "Ñuñoa, Región Metropolitana"),
        hmax=7999,
    ),
    "MX": Spec(
        "es",
        ("Insurgentes Sur", "Reforma", "Durango", "Álvaro Obregón", "Amsterdam", "Hidalgo", "16 de Septiembre"),
        ("Av.", "Calle", "Blvd."),
        (
            f("MX", "{t} {s} {n}"),
            f("MX-int", "{t} {s} {n} Int. {k}"),
            f("MX", "{t} {s} #{n}"),
            f("MX", "{t} {s} No. {n}"),
        ),
        (
            "Col. Roma Norte, 06700 Ciudad de México, CDMX",
            "Col. Condesa, 06140 CDMX",
            "Col. Americana, 44160 Guadalajara, Jal.",
        ),
        hmax=2999,
    ),
    "CO": Spec(
        "es",
        ("",),
        ("Calle", "Carrera", "Cra.", "Cl.", "Diagonal", "Transversal", "Avenida Calle"),
        (
            f("CO", "{t} {k} # {n}", "{b}-{g}"),
            f("CO", "{t} {k}{L} No. {n}", "{b}-{g}"),
            f("CO-apto", "{t} {k} # {n} Apto {u}", "{b}-{g}"),
        ),
        ("Chapinero, Bogotá D.C.", "El Poblado, Medellín", "Cali, Valle del Cauca", "Barranquilla, Atlántico"),
    ),
    "TR": Spec(
        "tr",
        ("Atatürk", "Cumhuriyet", "İstiklal", "Bağdat", "Gazi Mustafa Kemal", "Fevzi Çakmak"),
        ("Cad.", "Caddesi", "Sokak", "Sk.", "Bulvarı"),
        (
            f("TR", "{s} {t} No: {n}"),
            f("TR-daire", "{s} {t} No:{n} D:{k}"),
            f("TR-daire", "{s} {t} No: {n} Daire: {k}"),
            f("TR-mah", "{x} Mah. {p}. Sok. No: {n}/{k}"),
        ),
        ("34710 Kadıköy/İstanbul", "06690 Çankaya/Ankara", "35220 Konak/İzmir", "07100 Muratpaşa/Antalya"),
        extra=("Cumhuriyet", "Yenişehir", "Barbaros", "Atatürk"),
    ),
    "GR": Spec(
        "el",
        ("Ermou", "Stadiou", "Patision", "Tsimiski", "Ερμού", "Πανεπιστημίου", "Σταδίου"),
        ("",),
        (f("GR", "{s} {n}"), f("GR", "{s} {n}", "{h}{L}")),
        ("105 63 Athens", "546 22 Thessaloniki", "105 64 Αθήνα", "262 21 Patra"),
        hmax=180,
    ),
    "IL": Spec(
        "he",
        ("Rothschild Blvd", "Dizengoff St", "Herzl St", "Ben Yehuda St", "רחוב הרצל", "שדרות רוטשילד"),
        ("",),
        (f("IL", "{s} {n}"), f("IL-apt", "{s} {n}, Apt {k}"), f("IL-apt", "{s} {n}, דירה {k}")),
        ("Tel Aviv-Yafo 65###", "Jerusalem 94###", "Haifa 33###", "תל אביב-יפו"),
        hmax=220,
    ),
}
