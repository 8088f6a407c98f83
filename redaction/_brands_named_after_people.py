"""Firms and brands named after people ("Morgan Stanley", "Aston Martin", "Estée Lauder", "Albert Heijn"), which
NER and the name rules read as people. Only names whose everyday use is the firm's: "Edward Jones", "Paul Smith",
"John Lewis", "Tom Ford", "Carolina Herrera" or a lone "Dyson", "Cartier", "McDonald's" name people as often, and a
person's name must not leak.
"""

from __future__ import annotations

import regex

BRANDS = frozenset(
    name.casefold()
    for name in """
Morgan Stanley|Goldman Sachs|Charles Schwab|Merrill Lynch|Wells Fargo|J.P. Morgan|JP Morgan|JPMorgan Chase
|Lehman Brothers|Dow Jones|Standard & Poor's|Dun & Bradstreet|Ernst & Young|Procter & Gamble|Johnson & Johnson
|Smith & Wesson|Baker McKenzie|Skadden Arps|Freshfields Bruckhaus Deringer|Allen & Overy|Linklaters|Latham & Watkins
|Kirkland & Ellis|Gide Loyrette Nouel|Uría Menéndez|Hogan Lovells|Herbert Smith Freehills|Norton Rose Fulbright
|Slaughter and May|Deloitte|Louis Vuitton|Hugo Boss|Tommy Hilfiger|Calvin Klein|Ralph Lauren|Estée Lauder
|Estee Lauder|Christian Dior|Giorgio Armani|Yves Saint Laurent|Dolce & Gabbana|Salvatore Ferragamo|Karl Lagerfeld
|Stella McCartney|Massimo Dutti|Marks & Spencer|Ben & Jerry's|Jack Daniel's|Johnnie Walker|Jim Beam|Captain Morgan
|José Cuervo|Jose Cuervo|Glenfiddich|Aston Martin|Alfa Romeo|Rolls-Royce|Mercedes-Benz|Harley-Davidson|Ford Motor
|Walt Disney|Albert Heijn|Magazine Luiza|Casas Bahia|El Corte Inglés|Johns Hopkins|Charles Tyrwhitt
|Christian Louboutin|Paco Rabanne|Jean Paul Gaultier|Oscar de la Renta|Thierry Mugler|Issey Miyake|Tory Burch
|Max Mara|Emilio Pucci|Roberto Cavalli|Ermenegildo Zegna|Brunello Cucinelli|Bottega Veneta|Van Cleef & Arpels
|Patek Philippe|Vacheron Constantin|Audemars Piguet|Jaeger-LeCoultre|Tony's Chocolonely|Lindt & Sprüngli
|Dr. Oetker|Dr Oetker|Little Debbie|Betty Crocker|Uncle Ben's|Aunt Jemima|Colonel Sanders|Tim Hortons|Papa John's
|Carl's Jr.|Trader Joe's|Kiehl's|Levi Strauss|Ray-Ban|De'Longhi|DeLonghi|Hermès|Bang & Olufsen|Black & Decker
|Briggs & Stratton|Abercrombie & Fitch|Barnes & Noble|Nestlé
|Marie Callender's|Jimmy Dean|Sara Lee|Chef Boyardee|Duncan Hines|Orville Redenbacher|Dave & Buster's|Jimmy John's
|Ruth's Chris|Mrs. Fields|Famous Amos|Newman's Own|Burt's Bees|Tom's of Maine|Amy's Kitchen|Nathan's Famous
|Sam's Club|Carl Zeiss|Robert Bosch|Philip Morris|Hewlett-Packard|John Deere|Eddie Bauer|Jack Wolfskin|Tommy Bahama
|Anne Klein|Kenneth Cole|Steve Madden|Jimmy Choo|Ted Baker|Jo Malone|Alexander McQueen|Vivienne Westwood
|Diane von Furstenberg|Marc Jacobs|Dr. Martens|Dr Martens
""".replace("\n", "").split("|")
)
_WORD = regex.compile(r"[\p{L}\d][\p{L}\d.'’\-]*")
_REACH = 3  # words either side of the span


def in_a_brand_name(text: str, start: int, end: int) -> bool:
    """True when the span, with up to three words either side on its line, spells a brand named after people."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = list(_WORD.finditer(text, max(line_start, start - 60), start))[-_REACH:]
    inside = list(_WORD.finditer(text, start, end))
    after = list(_WORD.finditer(text, end, min(line_end, end + 60)))[:_REACH]
    if not inside:
        return False
    words = [*before, *inside, *after]
    first_inside, last_inside = len(before), len(before) + len(inside) - 1
    for first in range(first_inside + 1):
        for last in range(last_inside, len(words)):
            name = " ".join(text[words[first].start() : words[last].end()].replace("’", "'").split()).casefold()
            if name in BRANDS or name.rstrip(".,") in BRANDS:
                return True
    return False
