"""The Spanish words the number reader needs: number words, scales, collective nouns,
qualifiers, currencies, units, durations and months. Values are in the English reader's
terms (canonical qualifiers, ISO currency codes, pint unit names), so both feed one judge.
"""

from __future__ import annotations

_UNITS = ("cero un uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
          "quince dieciséis dieciseis diecisiete dieciocho diecinueve veinte veintiún veintiun veintiuno "
          "veintiuna veintidós veintidos veintitrés veintitres veinticuatro veinticinco veintiséis "
          "veintiseis veintisiete veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta "
          "ochenta noventa cien ciento doscientos doscientas trescientos trescientas cuatrocientos "
          "cuatrocientas quinientos quinientas seiscientos seiscientas setecientos setecientas "
          "ochocientos ochocientas novecientos novecientas mil millón millon millones").split()
WORD_PATTERN = "|".join(sorted(_UNITS, key=len, reverse=True))

# Scale words after digits: "3,2 millones", "41 mil", "mil millones" (a Spanish billón is 10^12).
SCALES: dict[str, float] = {
    "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9,
    "billón": 1e12, "billones": 1e12,
}

# "una veintena de detenidos": (size, exact). Only "docena" is an exact count.
COLLECTIVES: dict[str, tuple[float, bool]] = {
    "docena": (12.0, True), "decena": (10.0, False), "quincena": (15.0, False), "veintena": (20.0, False),
    "treintena": (30.0, False), "cuarentena": (40.0, False), "cincuentena": (50.0, False), "centenar": (100.0, False), "millar": (1000.0, False),
}
# "decenas de", "cientos de", "miles de": vague plurals, at least two of their unit.
VAGUE_PLURALS: dict[str, str] = {
    "decenas": "tens", "cientos": "hundreds", "centenares": "hundreds", "miles": "thousands",
    "millares": "thousands", "millones": "millions",
}

# Qualifier phrases written before a number, to the English reader's canonical qualifiers
# (None: a phrase that insists on exactness).
QUALIFIERS: dict[str, str | None] = {
    "más de": "more than", "mas de": "more than", "algo más de": "more than", "poco más de": "more than",
    "bastante más de": "more than", "superior a": "more than", "superiores a": "more than",
    "por encima de": "more than", "menos de": "less than", "inferior a": "less than",
    "inferiores a": "less than", "por debajo de": "less than", "unos": "about", "unas": "about",
    "alrededor de": "about", "en torno a": "about", "aproximadamente": "about", "aproximadamente unos": "about",
    "aproximadamente unas": "about", "cerca de unos": "almost", "unos aproximadamente": "about",
    "cerca de": "almost", "casi": "almost", "rozando": "almost", "al menos": "at least",
    "por lo menos": "at least", "como mínimo": "at least", "un mínimo de": "at least",
    "no menos de": "at least", "hasta": "at most", "como máximo": "at most", "un máximo de": "at most",
    "no más de": "at most", "un total de": None, "exactamente": None,
    "más del": "more than", "menos del": "less than", "cerca del": "almost", "alrededor del": "about",
    "casi el": "almost", "al menos el": "at least", "hasta el": "at most", "en torno al": "about",
    "cercano a": "almost", "cercana a": "almost", "cercanos a": "almost", "cercanas a": "almost",
    "próximo a": "almost", "próximos a": "almost", "próximas a": "almost",
}
# A verb of exceeding, nearing or hovering around a figure, in any tense, then its article:
# "superaron los 250 millones", "habría superado los", "rozaron los 2.300", "ronda las 400".
_VERB_QUALIFIERS = {"super": "more than", "sobrepas": "more than", "rebas": "more than", "roz": "almost",
                    "rond": "about"}
_ENDINGS = ("a", "an", "ó", "aron", "aba", "aban", "ará", "arán", "aría", "arían", "ado", "ando")
QUALIFIERS.update({f"{stem}{ending} {article}": canonical for stem, canonical in _VERB_QUALIFIERS.items()
                   for ending in _ENDINGS for article in ("los", "las")})

# "cercano al 50 por ciento", "superior al 88 %": each "... a" qualifier also with the article joined.
QUALIFIERS.update({f"{phrase}l": canonical for phrase, canonical in list(QUALIFIERS.items())
                   if phrase.endswith(" a")})

# Currency words after an amount ("500.000 euros", "3 millones de dólares"), as ISO codes.
# A bare "pesos" is read as Mexican, as the English reader does; a named one wins.
CURRENCY_WORDS: dict[str, str] = {
    "euros": "EUR", "euro": "EUR", "€": "EUR", "dólares": "USD", "dolares": "USD", "dólar": "USD",
    "dólares estadounidenses": "USD", "dólares americanos": "USD", "pesos": "MXN", "pesos mexicanos": "MXN",
    "pesos colombianos": "COP", "pesos argentinos": "ARS", "pesos chilenos": "CLP", "libras": "GBP",
    "libras esterlinas": "GBP", "francos suizos": "CHF", "soles": "PEN", "bolívares": "VES",
    "quetzales": "GTQ", "lempiras": "HNL", "colones": "CRC", "reales": "BRL", "yuanes": "CNY",
    "rublos": "RUB", "dírhams": "MAD", "dirhams": "MAD", "rupias": "INR", "guaraníes": "PYG", "guaranís": "PYG",
    "guaranies": "PYG", "córdobas": "NIO", "cordobas": "NIO", "balboas": "PAB",
}

# Unit words after an amount ("300 kilos de hachís"), as pint unit names.
UNIT_WORDS: dict[str, str] = {
    **dict.fromkeys(("toneladas", "tonelada", "t", "tn", "tm"), "metric_ton"),
    **dict.fromkeys(("kilos", "kilo", "kilogramos", "kilogramo", "kg", "kgs", "kilo y medio"), "kilogram"),
    **dict.fromkeys(("gramos", "gramo", "g", "gr", "grs"), "gram"),
    **dict.fromkeys(("miligramos", "mg"), "milligram"),
    **dict.fromkeys(("litros", "litro", "l"), "liter"),
    **dict.fromkeys(("mililitros", "ml"), "milliliter"),
    **dict.fromkeys(("kilómetros", "kilometros", "km"), "kilometer"),
    **dict.fromkeys(("metros", "metro"), "meter"),
    **dict.fromkeys(("hectáreas", "hectareas", "ha"), "hectare"),
    **dict.fromkeys(("millas náuticas",), "nautical_mile"),
    **dict.fromkeys(("galones", "galón"), "gallon"),
    **dict.fromkeys(("gigabytes", "gigas", "gb"), "gigabyte"),
    **dict.fromkeys(("terabytes", "teras", "tb"), "terabyte"),
    **dict.fromkeys(("petabytes", "pb"), "petabyte"),
}

DURATION_UNITS: dict[str, str] = {
    "años": "years", "año": "years", "anos": "years", "meses": "months", "mes": "months",
    "semanas": "weeks", "semana": "weeks", "días": "days", "día": "days", "dias": "days",
    "horas": "hours", "hora": "hours",
}

MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "setiembre", "octubre", "noviembre", "diciembre")

# Before an age: "un hombre de 45 años", "de entre 20 y 40 años", "con 17 años", "edades de".
AGE_BEFORE = (r"(?:\b(?:de|con|entre|edad|edades|tiene|tenía|tenia|cumplidos)\s+(?:entre\s+)?"
              r"|\b(?:de|y|entre)\s+\d{1,3}\s+(?:y|a)\s+)\Z")

# Words before a number that names rather than counts.
LABEL_BEFORE = (r"\b(?:a\s+trav[ée]s\s+del|llam\w*\s+al|marcando\s+el|art[íi]culos?|art\.|n[úu]mero|n[úu]m\.|n\.?\s?[ºo°]|expedientes?|diligencias|"
                r"sumario|causa|caso|calle|c/|avenida|avda\.|plaza|carretera|autov[íi]a|autopista|kil[óo]metro|"
                r"km\.?|ley|decreto|real\s+decreto|sala|juzgado\s+de\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+n[úu]mero|"
                r"puerta|planta|portal|piso|cap[íi]tulo|tel[ée]fono|tel\.|llamar\s+al|el\s+n[úu]mero|c[óo]digo|"
                r"versi[óo]n|grupo|fase|operaci[óo]n|agenda|covid|sars-cov|vuelo|lote|puesto)\s*\Z")
