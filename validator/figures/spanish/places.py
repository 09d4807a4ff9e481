"""Places in a Spanish text: countries by their Spanish names (pycountry's own Spanish
translations, plus the names the press uses: "EE. UU.", "Holanda", "Reino Unido"), cities and
subdivisions from the shared gazetteer ("Sevilla" is Seville, in Spain), and nationality
adjectives ("la policía española"), which Spanish writes in lower case.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import replace
from functools import cache

from validator.figures.gazetteer import _gazetteer
from validator.figures.place_keys import _fold, _gkey
from validator.figures.place_names import _index
from validator.figures.places import Place, canonical_place, find_places as find_english

# Names the Spanish press uses that pycountry's translations do not give, by ISO code.
_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("Estados Unidos", "EE. UU.", "EE.UU.", "EEUU", "EUA", "Norteamérica"),
    "GB": ("Reino Unido", "Gran Bretaña", "Inglaterra", "Escocia", "Gales", "Irlanda del Norte"),
    "NL": ("Países Bajos", "Holanda"), "RU": ("Rusia",), "KR": ("Corea del Sur",), "KP": ("Corea del Norte",),
    "IR": ("Irán",), "SY": ("Siria",), "VE": ("Venezuela",), "BO": ("Bolivia",), "TZ": ("Tanzania",),
    "VN": ("Vietnam",), "LA": ("Laos",), "MD": ("Moldavia",), "CZ": ("República Checa", "Chequia"),
    "MK": ("Macedonia del Norte", "Macedonia"), "TW": ("Taiwán",), "CI": ("Costa de Marfil",),
    "AE": ("Emiratos Árabes Unidos", "Emiratos"), "DO": ("República Dominicana",), "BR": ("Brasil",),
    "MX": ("México", "Méjico"), "PE": ("Perú",), "DE": ("Alemania",), "BE": ("Bélgica",),
    "FR": ("Francia",), "IT": ("Italia",), "PT": ("Portugal",), "MA": ("Marruecos",), "CH": ("Suiza",),
    "SE": ("Suecia",), "NO": ("Noruega",), "DK": ("Dinamarca",), "FI": ("Finlandia",), "PL": ("Polonia",),
    "RO": ("Rumanía", "Rumania"), "BG": ("Bulgaria",), "GR": ("Grecia",), "TR": ("Turquía",),
    "UA": ("Ucrania",), "IE": ("Irlanda",), "AT": ("Austria",), "HU": ("Hungría",), "HR": ("Croacia",),
    "RS": ("Serbia",), "SI": ("Eslovenia",), "SK": ("Eslovaquia",), "LT": ("Lituania",), "LV": ("Letonia",),
    "EE": ("Estonia",), "CY": ("Chipre",), "MT": ("Malta",), "LU": ("Luxemburgo",), "IS": ("Islandia",),
    "AL": ("Albania",), "CN": ("China",), "JP": ("Japón",), "IN": ("India",), "PK": ("Pakistán",),
    "PH": ("Filipinas",), "TH": ("Tailandia",), "ID": ("Indonesia",), "AU": ("Australia",),
    "NZ": ("Nueva Zelanda",), "CA": ("Canadá",), "AR": ("Argentina",), "CL": ("Chile",), "CO": ("Colombia",),
    "EC": ("Ecuador",), "PY": ("Paraguay",), "UY": ("Uruguay",), "PA": ("Panamá",), "CR": ("Costa Rica",),
    "GT": ("Guatemala",), "HN": ("Honduras",), "SV": ("El Salvador",), "NI": ("Nicaragua",), "CU": ("Cuba",),
    "DZ": ("Argelia",), "EG": ("Egipto",), "NG": ("Nigeria",), "ZA": ("Sudáfrica",), "SA": ("Arabia Saudí", "Arabia Saudita"),
    "IL": ("Israel",), "LB": ("Líbano",), "JO": ("Jordania",), "IQ": ("Irak", "Iraq"), "AF": ("Afganistán",),
    "ES": ("España",), "AD": ("Andorra",), "GI": ("Gibraltar",), "SN": ("Senegal",), "GH": ("Ghana",),
}

# Spanish names of cities and regions the gazetteer knows by another name (or, for a Spanish
# reader, in another country: "Gerona" is Girona, not the Philippine town).
_CITY_ALIASES: dict[str, str] = {
    "Oporto": "Porto", "La Coruña": "A Coruña", "Orense": "Ourense", "Gerona": "Girona", "Lérida": "Lleida",
    "Londres": "London", "La Haya": "The Hague", "Lisboa": "Lisbon", "Nueva York": "New York", "Roma": "Rome",
    "Varsovia": "Warsaw", "Estambul": "Istanbul", "Ginebra": "Geneva", "Fráncfort": "Frankfurt",
    "Burdeos": "Bordeaux", "Venecia": "Venice", "Estocolmo": "Stockholm", "Vitoria": "Vitoria-Gasteiz",
    "Islas Canarias": "Canary Islands", "Pekín": "Beijing", "Bombay": "Mumbai", "Filadelfia": "Philadelphia",
}

# Spanish country names that name a Spanish place first ("Granada" is Grenada's name too).
_SPANISH_PLACES = frozenset({"Granada"})

# Nationality adjectives, masculine singular, by ISO code; the other forms are derived.
_DEMONYMS: dict[str, str] = {
    "ES": "español", "FR": "francés", "DE": "alemán", "IT": "italiano", "PT": "portugués", "GB": "británico",
    "US": "estadounidense", "NL": "neerlandés", "BE": "belga", "CH": "suizo", "AT": "austriaco", "PL": "polaco",
    "RO": "rumano", "BG": "búlgaro", "GR": "griego", "SE": "sueco", "NO": "noruego", "DK": "danés",
    "FI": "finlandés", "IE": "irlandés", "HU": "húngaro", "CZ": "checo", "SK": "eslovaco", "HR": "croata",
    "RS": "serbio", "UA": "ucraniano", "RU": "ruso", "TR": "turco", "MA": "marroquí", "DZ": "argelino",
    "CO": "colombiano", "MX": "mexicano", "AR": "argentino", "CL": "chileno", "PE": "peruano",
    "VE": "venezolano", "EC": "ecuatoriano", "BR": "brasileño", "BO": "boliviano", "PY": "paraguayo",
    "UY": "uruguayo", "DO": "dominicano", "CU": "cubano", "PA": "panameño", "CR": "costarricense",
    "GT": "guatemalteco", "HN": "hondureño", "SV": "salvadoreño", "NI": "nicaragüense", "CN": "chino",
    "JP": "japonés", "IN": "indio", "PK": "paquistaní", "NG": "nigeriano", "CA": "canadiense",
    "AU": "australiano", "LT": "lituano", "LV": "letón", "EE": "estonio", "SI": "esloveno", "AL": "albanés",
    "IL": "israelí", "LU": "luxemburgués", "PH": "filipino", "TH": "tailandés", "GB-EN": "inglés",
}

# Adjectives of provinces and cities, which the gazetteer lacks; read as a place only after a noun
# of ground ("en territorio cordobés", "el sur santafesino", "la capital malagueña"), never as
# where a person comes from ("un detenido sevillano").
_REGIONAL_ADJECTIVES = {
    "cordobés": "Córdoba", "santafesino": "Santa Fe", "bonaerense": "Buenos Aires", "porteño": "Buenos Aires",
    "rosarino": "Rosario", "mendocino": "Mendoza", "tucumano": "Tucumán", "salteño": "Salta",
    "sevillano": "Sevilla", "madrileño": "Madrid", "barcelonés": "Barcelona", "valenciano": "Valencia",
    "malagueño": "Málaga", "gaditano": "Cádiz", "onubense": "Huelva", "granadino": "Granada",
    "almeriense": "Almería", "alicantino": "Alicante", "murciano": "Murcia", "gallego": "Galicia",
    "andaluz": "Andalucía", "catalán": "Cataluña", "canario": "Canarias", "asturiano": "Asturias",
    "mexiquense": "Estado de México", "regiomontano": "Monterrey", "tapatío": "Guadalajara",
    "sinaloense": "Sinaloa", "tamaulipeco": "Tamaulipas", "jalisciense": "Jalisco", "michoacano": "Michoacán",
    "antioqueño": "Antioquia", "caleño": "Cali", "bogotano": "Bogotá", "barranquillero": "Barranquilla",
    "limeño": "Lima", "cusqueño": "Cusco", "santiaguino": "Santiago", "valdiviano": "Valdivia",
}
_GROUND = (r"(?:territorio|suelo|provincia|capital|ciudad|localidad|municipio|sur|norte|este|oeste|centro|"
           r"interior|costa|litoral|conurbano|área|zona|puerto|campo)")

# Capitalised Spanish words that open sentences and spell a place elsewhere ("Para" is Pará).
_NOT_PLACES = frozenset("para como entre mientras sobre según tras durante desde hasta además asimismo "
                        "sin bajo ante contra hacia mayo marina victoria gracias".split())


def _forms(adjective: str) -> tuple[str, ...]:
    """Masculine and feminine, singular and plural: "español" gives "españoles", "española"..."""
    if adjective.endswith("o"):
        stem = adjective[:-1]
        return adjective, stem + "a", stem + "os", stem + "as"
    if adjective.endswith(("e", "a")):
        return adjective, adjective + "s"
    if adjective.endswith(("í", "ú")):
        return adjective, adjective + "es", adjective + "s"
    plain = _fold(adjective) if adjective[-2:] in ("és", "án", "ón") else adjective
    return adjective, plain + "a", plain + "es", plain + "as"


@cache
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every Spanish country spelling, lower-cased and folded, to its canonical country."""
    import pycountry

    index = _index()
    table: dict[str, str] = {}
    spanish: gettext.NullTranslations
    try:
        spanish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    except OSError:
        spanish = gettext.NullTranslations()
    for country in pycountry.countries:
        canonical = index.by_code.get(country.alpha_2)
        if canonical is None:
            continue
        for name in filter(None, (country.name, getattr(country, "common_name", None))):
            translated = spanish.gettext(name)
            if "," not in translated and translated not in _SPANISH_PLACES:
                table.setdefault(_fold(translated).lower(), canonical)
    for code, names in _ALIASES.items():
        if code in index.by_code:
            for name in names:
                table[_fold(name).lower()] = index.by_code[code]
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys) + r")(?!\w)")
    return pattern, table


@cache
def _aliases() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _CITY_ALIASES), key=len, reverse=True)) + r")(?!\w)")


@cache
def _demonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    index = _index()
    table = {_fold(form).lower(): index.by_code[code.split("-")[0]]
             for code, adjective in _DEMONYMS.items() for form in _forms(adjective)}
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")(?!\w)")
    return pattern, table


# A state named like its country, which the gazetteer cannot tell from the country.
_STATE_OF_COUNTRY = re.compile(r"(?<!\w)Estado\s+de\s+M[ée]xico(?!\w)")


def find_places(text: str) -> list[Place]:
    """Every country, subdivision and city a Spanish text names, left to right."""
    folded = _fold(text).lower()
    if len(folded) != len(text):
        folded = "".join(_fold(ch).lower()[:1] or ch for ch in text)
    pattern, table = _names()
    out: list[Place] = []
    taken = bytearray(len(text) + 1)
    for m in _STATE_OF_COUNTRY.finditer(text):  # "el Estado de México": a state, not the country
        out.append(Place(m.start(), m.end(), m.group(), "Mexico", "State of Mexico", "subdivision"))
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for m in pattern.finditer(folded):
        if not text[m.start()].isupper() or taken.find(1, m.start(), m.end()) != -1:
            continue  # "china" the adjective's feminine, "chile" the pepper
        country = table[" ".join(m.group().split())]
        out.append(Place(m.start(), m.end(), text[m.start():m.end()], country, country, "country"))
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for m in _aliases().finditer(text):
        if taken.find(1, m.start(), m.end()) == -1:
            found = canonical_place(_CITY_ALIASES[m.group()])
            if found is not None:
                level = "country" if found[0] == found[1] else "city"
                out.append(Place(m.start(), m.end(), m.group(), found[1], found[0], level))
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for place in find_english(text):
        if taken.find(1, place.start, place.end) != -1 or place.text.lower() in _NOT_PLACES:
            continue
        if place.level == "country" and place.demonym:
            continue  # English nationality words are not Spanish ones
        out.append(place)
    out += _regional(text, taken)
    return _in_context(_repeated(text, _continued(text, sorted(out, key=lambda p: p.start))))


def _regional(text: str, taken: bytearray) -> list[Place]:
    """Provinces and cities named by their adjective after a noun of ground: "territorio cordobés"."""
    pattern, table = _regional_adjectives()
    out = []
    for m in pattern.finditer(text):
        word = m.group(1)
        if taken.find(1, m.start(1), m.end(1)) != -1:
            continue
        name = table[_fold(word).lower()]
        # the place spans its noun of ground, so that "en territorio cordobés" reads as "en Córdoba"
        if name == "Estado de México":
            out.append(Place(m.start(), m.end(), m.group(), "Mexico", "State of Mexico", "subdivision"))
        elif (found := canonical_place(name)) is not None:
            out.append(Place(m.start(), m.end(), m.group(), found[1], found[0], "city"))
    return out


@cache
def _regional_adjectives() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {_fold(form).lower(): name for adjective, name in _REGIONAL_ADJECTIVES.items() for form in _forms(adjective)}
    forms = sorted({form for adjective in _REGIONAL_ADJECTIVES for form in _forms(adjective)}
                   | {_fold(form) for adjective in _REGIONAL_ADJECTIVES for form in _forms(adjective)}, key=len, reverse=True)
    return re.compile(rf"(?<!\w){_GROUND}\s+({'|'.join(map(re.escape, forms))})(?!\w)", re.I), table


def _repeated(text: str, places: list[Place]) -> list[Place]:
    """A name the text has already used as a place is that place wherever it recurs, even with no
    preposition before it ("en Hidalgo, Puebla ... ; Hidalgo concentró el 38 %")."""
    known = {p.text: p for p in places if p.level in ("city", "subdivision")}
    if not known:
        return places
    starts = {p.start for p in places}
    ends = [(p.start, p.end) for p in places]
    added = []
    for name, place in known.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if m.start() in starts or any(a < m.end() and m.start() < b for a, b in ends):
                continue
            added.append(replace(place, start=m.start(), end=m.end()))
    return sorted(places + added, key=lambda p: p.start) if added else places


_NEXT_IN_LIST = re.compile(r"(?:\s*,\s*|\s+(?:y|e)\s+)([A-ZÁÉÍÓÚÑ][\w'\-]+(?:\s+(?:de\s+(?:la\s+|las\s+|los\s+)?)?"
                           r"[A-ZÁÉÍÓÚÑ][\w'\-]+)*)")


def _continued(text: str, places: list[Place]) -> list[Place]:
    """Names listed after a place ("de La Coruña, Lugo y Ferrol") that the gazetteer knows in a
    country the text names, which the first reading passed over for want of a preposition."""
    named = {p.country for p in places}
    starts = {p.start for p in places}
    added: list[Place] = []
    for place in places:
        pos = place.end
        while (m := _NEXT_IN_LIST.match(text, pos)) is not None:
            if m.start(1) in starts:
                pos = m.end()
                continue
            found = canonical_place(m.group(1), near=named)
            if found is None or found[1] not in named or m.group(1).lower() in _NOT_PLACES:
                break
            added.append(Place(m.start(1), m.end(1), m.group(1), found[1], found[0], "city"))
            starts.add(m.start(1))
            pos = m.end()
    return sorted(places + added, key=lambda p: p.start)


def _in_context(places: list[Place]) -> list[Place]:
    """Cities and subdivisions read again among the countries the text names in Spanish (which
    the gazetteer's own choice did not see): "Toledo" next to "Madrid" is in Spain."""
    named: dict[str, int] = {}
    for place in places:
        named[place.country] = named.get(place.country, 0) + 1
    if not named:
        return places
    out = []
    for place in places:
        if place.level == "city" and (namesake := _namesake_in(place, places, named)) is not None:
            out.append(_moved(place, namesake))  # "Guadalajara" among towns of Castilla-La Mancha
            continue
        if place.level in ("city", "subdivision") and named[place.country] == 1 and len(named) > 1:
            found = canonical_place(place.text, near=[c for c in named if c != place.country])
            if found is not None and found[1] != place.country:
                place = _moved(place, found)
            elif place.level == "city":
                continue  # a town of a country the text never names ("San Nicolás" in an Argentine report)
        out.append(place)
    return out


def _moved(place: Place, found: tuple[str, str]) -> Place:
    """The place written at `place` read as `found` (name, country) instead, with its region."""
    return Place(place.start, place.end, place.text, found[1], found[0], place.level,
                 region=_gazetteer().regions.get((found[1], found[0])) if place.level == "city" else None)


def _namesake_in(place: Place, places: list[Place], named: dict[str, int]) -> tuple[str, str] | None:
    """A place so called in the country the text names most (at least three times), when a place
    of that country stands right beside it ("dos en Albacete, dos en Guadalajara"), whatever its
    size beside a namesake abroad (which `canonical_place` prefers when it is ten times larger)."""
    country, times = max(named.items(), key=lambda item: (item[1], item[0]))
    if place.country == country:
        return None
    near = [p for p in places if p.country == country and p is not place
            and abs(p.start - place.start) <= NAMESAKE_REACH]
    if times < 3 or not near:
        return None
    found = [c for c in _gazetteer().get(_gkey(place.text)) if c.country == country]
    return (found[0].name, country) if found else None


# How near (in characters) a place of the text's country must be for a namesake to be read in it.
NAMESAKE_REACH = 40


def demonyms(text: str) -> list[Place]:
    """Nationality adjectives in a Spanish text ("española", "franceses"), as places."""
    folded = "".join(_fold(ch).lower()[:1] or ch for ch in text)
    pattern, table = _demonyms()
    return [Place(m.start(), m.end(), text[m.start():m.end()], table[m.group()], table[m.group()], "country", True)
            for m in pattern.finditer(folded)]


def is_demonym(word: str) -> bool:
    """Whether a word is a nationality ("paraguayos", "española"), which names people."""
    return _fold(word).lower() in _demonyms()[1]
