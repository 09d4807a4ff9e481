"""What each number of a Spanish source counts and where, from the structure of its sentence.

- The head of the number's noun phrase: "41.000 archivos", "dos nuevos detenidos",
  "plantas de marihuana"; a noun the vocabulary does not list counts that unknown thing.
- The event governing persons: its verb before the number, through the personal "a"
  ("detuvieron a 17 personas", "la detención de 12 hombres", "fueron liberadas 20 mujeres"),
  or the participle or predicate after the phrase ("17 personas detenidas", "12 fueron
  arrestados"). The nearest event before a number is its own: in "detuvieron a 17 personas e
  investigaron a otras 5", 5 are suspects.
- Breakdowns: a number with no noun after a counted one ("17 detenidos, 12 en Sevilla y 5 en
  Huelva"), "de los cuales", "entre ellos", "(12 en Sevilla)" inherit its measure.
- Where: "en Sevilla" after the phrase, several places joined ("en Cádiz, Málaga y Huelva"), a
  place opening the clause or sentence ("En Italia, ..."), an agency named by its country ("la
  policía francesa", "las autoridades de Colombia"), carried through the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from validator.figures import currencies
from validator.figures.attribution import AMOUNT_KINDS, Evidence, city_and_its_region
from validator.figures.measures import Cue, drug_named_before, find_cues, longest_noun, noun_measure, vocabulary
from validator.figures.event_places import place_the_count_before
from validator.figures.respectively import each, respectively, share_nouns
from validator.figures.numbers import Number
from validator.figures.places import Place, home_country
from validator.figures.scope import holding, place_names
from validator.figures.sentences import split_sentences as english_sentences
from validator.figures.spanish.lexicon import COLLECTIVES, CURRENCY_WORDS, SCALES, UNIT_WORDS, VAGUE_PLURALS
from validator.figures.spanish.numbers import MOVED, read_numbers
from validator.figures.spanish.places import demonyms, find_places, is_demonym

_UPPER = "A-ZÁÉÍÓÚÑÜ"
_SENTENCE_END = re.compile(rf"(?<=[.!?])[\"'’”»)]*\s+(?=[\"'‘“«(¿¡]?[{_UPPER}0-9])|\n+")
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]{1,2}\.\s?){1,3}|\b(?:Sr|Sra|Srta|Dr|Dra|Dña|D|núm|art|arts|pág|tel|"
                           r"aprox|etc|Avda|Excmo|Ilmo|Uds?)\.)$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Words that stand between a number and its noun ("dos nuevos detenidos", "otras cinco personas").
_BEFORE_NOUN = frozenset("presunto presunta supuesto supuesta principal nuevo nueva otro otra único única "
                         "nuevos nuevas otros otras presuntos presuntas supuestos supuestas posibles "
                         "principales diferentes distintos distintas varios varias pequeños pequeñas "
                         "grandes jóvenes últimos últimas primeros primeras".split())
# Words after a number that are not its noun.
_NOT_NOUN = frozenset("en de del y e o u a al con por para sin sobre entre tras desde hasta que se le les lo la "
                      "los las el un una unos unas fue fueron ha han había habían son eran era está están es "
                      "estaban estaba estuvieron tenían tenía tienen tiene serán sería serían fueran "
                      "ya más menos casi cerca millones mil según como durante ante cada restantes demás".split())
_SINGULAR_BEFORE_NOUN = frozenset("presunto presunta supuesto supuesta principal nuevo nueva otro otra "
                                  "joven único única".split())
_PLACE_COUNTS = frozenset({"countries", "provinces", "cities", "member_countries"})
_PERSONS_HEADS = frozenset({"suspects", "members", "victims"})
_THINGS_COUNTED_AS_EVENTS = frozenset({"arrests"})  # "27 detenciones" are events, not persons
_CHILDREN = frozenset("menores menor niños niño niñas niña menores de edad adolescentes".split())
_CHILD_VICTIM_CUES = frozenset("identificados identificadas identificado identificada identificaron identificó "
                               "identificar identificación".split())
# Between an event and the number it governs: the personal "a", articles, "otros", "un total
# de", adverbs, a place ("detuvieron en Sevilla a 12 personas"), the "de" of an event noun.
_GOVERN_GAP = re.compile(
    rf"(?:\s+(?:a|al|ya|también|tambien|ayer|hoy|además|finalmente|posteriormente|otros|otras|otro|otra|"
    rf"los|las|sus|su|de|del|un\s+total\s+de|en\s+total|en\s+(?:la\s+|el\s+)?(?:[a-záéíóú]+\s+(?:de|del)\s+)?[{_UPPER}][\w.]*(?:\s+(?:de\s+|del\s+|y\s+)?[{_UPPER}][\w.]*)*))*\s*\Z")
_PERSONAL_A = re.compile(r"(?:\s+(?:(?-i:[a-záéíóúñü]+)|\d{1,2}|\d{4})){1,14}\s+a\s+"
                         r"(?:(?:otros|otras|los|las|un\s+total\s+de)\s+)?", re.I)  # "detuvieron entre el 3 de ... a 27"
# Between a noun phrase (or a bare number) and the participle telling what happened to it.
_PREDICATE_GAP = re.compile(
    r"\A(?:\s*,?\s*de\s+\d{1,3}\s+años\s*,?)?"
    r"(?:\s+de\s+(?:la|el|los|las|una|un)\s+[^\d,;:()]{1,60}?(?=\s+(?:fueron|han\s+sido|fue|ha\s+sido)\s))?"  # "de la banda conocida como ..."
    r"\s+(?:(?:que\s+)?(?:ya\s+)?(?:han|habían|habian|fueron|fue|ha|había|resultaron|resultó|quedaron|quedó|son|eran|"
    r"serán|están|estan|permanecen|se\s+encuentran|han\s+sido|ha\s+sido|habían\s+sido|fueron\s+también|"
    r"figuran\s+como|figuraban\s+como|constan\s+como|"
    r"están\s+siendo|han\s+quedado|quedaron)\s+)?(?:(?:también|presuntamente|ya|finalmente|posteriormente)\s+)?(?:sido\s+)?\Z",
    re.I)
_BREAKDOWN_OPEN = re.compile(r"(?:\(|:|\bde\s+(?:los|las)\s+cuales|\bentre\s+(?:ellos|ellas|los\s+que|las\s+que)"
                             r"(?:\s+(?:figuran|figuraban|hay|había|habia|se\s+encuentran|se\s+encontraban|se\s+cuentan|"
                             r"destacan|están|estaban))?|"
                             r"\bde\s+ellos|\bde\s+ellas|\bincluidos?|\bincluidas?)\s*\Z", re.I)
# From a count of persons to the first of the persons in apposition after it: "dos víctimas, " (then
# "una niña"); or from one of them to the next: "una niña en Badalona y " (then "un niño").
_APPOSED_PART = re.compile(r"\s+[^\W\d_]+(?:\s+(?-i:[a-záéíóúñ]+))?\s*,\s*"
                           r"|\s+[^\W\d_]+\s+en\s+(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]+(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]+)*"
                           r"(?:\s*\([^()]*\))?\s*(?:,\s*|\s+y\s+)")
# "unos 176.000 eran imágenes y casi 38.000, vídeos": the copula of the first left out of the second.
_ELIDED_COPULA = re.compile(r"\s*,\s*([^\W\d_]+)\s*(?=[.;,)]|\s+y\s|\Z)")
_COPULA_BEFORE = re.compile(r"\b(?:eran|son|fueron|era|es)\s+[^\W\d_]+\s+(?:y|e)\s+(?:(?:casi|unos|unas|más\s+de|cerca\s+de|"
                            r"alrededor\s+de|otros|otras)\s+)?\Z", re.I)
_WEIGHTS = frozenset({"metric_ton", "kilogram", "gram"})
# The "hasta" of a figure that something rose or fell to.
_REACHED = re.compile(r"\bhasta\s+(?:(?:los|las|el|la|un\s+total\s+de)\s+)?\Z", re.I)
# "son ya 12 los detenidos", "ascienden a 40 las víctimas": the number, then what it counts.
_ARE_N_THE = re.compile(r"\s+(?:los|las)\s+(?:(?:presuntos|presuntas|nuevos|nuevas)\s+)?([^\W\d_]+)\b", re.I)
# A number of millions with no noun after it.
_SCALED = re.compile(r"\b(?:millones|millón|mil\s+millones)\Z", re.I)
_NOTHING_AFTER = re.compile(r"\s*(?:[.,;:)]|\Z|\s(?:y|e|o|en|para|por|como|que)\b)", re.I)
# A plural noun and the comma of the apposition a number opens: "Las víctimas, once chicas".
_APPOSED_TO = re.compile(r"\b(?:las|los)\s+([^\W\d_]+)\s*,\s*\Z", re.I)
# An active verb in the past right after "N de ellas": the part did something ("le hicieron").
_ACTS = re.compile(r"\s*,?\s*(?:(?:le|les|se|lo|la|los|las)\s+)?(?:(?:también|además)\s+)?"
                   r"(?-i:[a-záéíóúñ]+(?:aron|ieron|yeron))\b(?<!fueron)(?<!estaron)", re.I)
# Ages or other figures joined by "y" ("de entre 12 y 15 años"): no coordination of clauses.
_AGES = re.compile(r"\d+\s+y\s+\d+")
_PERSON_MEASURES = frozenset({"arrests", "suspects", "victims", "people", "members"})
# "los otros seis", "las restantes cuatro", "los demás": a number going on from persons counted before.
_OTHERS = re.compile(r"\b(?:(?:los|las)\s+(?:otros|otras|restantes|demás)|otros|otras)\s+\Z", re.I)
_PARTITIVE = re.compile(r"\s+de\s+(?:(?:los|las|esos|esas|estos|estas|aquellos|aquellas)\s+(?!(?:que|cuales)\b)"
                        r"([^\W\d_]+)|ellos|ellas|estos|estas)\b", re.I)
# "De ellos, alrededor de medio millón son vídeos": a copula names what the number counts.
_COPULA = re.compile(r"\s+(?:son|eran|fueron|serían|serian|corresponden\s+a)\s+(?:(?:de\s+)?(?:los|las)\s+)?([^\W\d_]+)", re.I)
# "el número real asciende a decenas de miles": a figure of the measure named before it.
_FIGURE_OF = re.compile(r"\b(?:n[úu]mero|cifra|total|balance|recuento)\b[^.;\d]{0,40}?\b(?:asciende|ascendía|ascendería|"
                        r"alcanza|alcanzó|alcanzaría|es|sería|era|supera|superaría|eleva|elevan)\s+(?:a|de|los|las)?\s*\Z",
                        re.I)
# "entre los arrestados hay 14 en Madrid", "De los detenidos, 12": the whole a bare number is part of.
_AMONG = re.compile(r"\b(?:entre|de)\s+(?:los|las|estos|estas)\s+(?:\d[\d.,]*\s+)?([^\W\d_]+)(?:\s+[^\W\d_]+)?\s*,?\s*"
                    r"(?:(?:hay|había|habia|figuran|figuraban|se\s+encuentran|están|estaban)\s+)?\Z", re.I)
# Nouns for places that are searched: "registros en cinco inmuebles", "registraron 12 viviendas".
# A sentence opening on "the persons of the sentence before": "Entre ellos figuran dos españoles".
_THEM_OPENING = re.compile(r"\s*(?:de|entre)\s+(?:ellos|ellas|estos|estas)\s*,?\s*(?:(?:figuran|figuraban|hay|había|"
                           r"se\s+encuentran|se\s+encontraban|están|estaban|se\s+cuentan)\s+)?\Z", re.I)
_OF_THEM_FRONTED = re.compile(r"\b(?:de|entre)\s+(?:ellos|ellas|estos|estas)\s*,?\s*\Z", re.I)
# "Las denuncias ... sumaron 2.870", "frente a las 1.940": a figure of the noun named before it.
# A list of figures by place after what they count: ", nueve en León, cuatro en Irapuato y ".
_ITEMS_SO_FAR = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+en\s+[^,;:()\d]+?\s*(?:,|\by\b)\s*)*")
_PLACE_ITEM = re.compile(r"\s+en\s+(?:(?:la|el)\s+)?(?-i:[A-ZÁÉÍÓÚÑ])")
# Between one item of a list of figures and the next: "26 son guatemaltecas, nueve".
_LISTED_AFTER = re.compile(r"[^\d;:()]{0,40}?(?:,|\by\b|\be\b)\s*", re.I)
_ONE_MORE = re.compile(r"(?:,|\by)\s+(otr[oa])\s+(?=en\s+(?:(?:la|el)\s+)?(?-i:[A-ZÁÉÍÓÚÑ]))", re.I)
_NATIONWIDE = re.compile(r"\ben\s+todo\s+el\s+pa[ií]s\b|\ba\s+nivel\s+nacional\b|\ben\s+el\s+conjunto\s+del\s+pa[ií]s\b"
                         r"|\ben\s+(?:los\s+|las\s+)?(?:puertos|terminales(?:\s+portuarias)?|aeropuertos|aduanas|"
                         r"cárceles|fronteras|provincias|ciudades)\s+del\s+pa[ií]s\b",
                         re.I)  # "en terminales portuarias del país", in a report about one country
_SHARE_OF = re.compile(r"\s*(?:de|entre)\s+(?:los|las)\s+(?:\d[\d.,]*\s+)?([^\W\d_]+)[^,;:]{0,40},\s*(?:el\s+|un\s+)?",
                       re.I)
_GAPPED = re.compile(r"\s*,\s*(?:(?:las|los|otr[oa]s)\s+)?")
_EN_BEFORE = re.compile(r"(?:^|[;,]\s*|\by\s+)en\s+(?:(?:la|el)\s+)?\Z", re.I)
_LIVE_IN = re.compile(r"\s+(?:viven|residen|vive|reside|vivían|residían)\s+en\b", re.I)
_NATIONAL_GROUND = re.compile(r"\ben\s+(?:(?:el|la|los|las|todo\s+el|toda\s+la)\s+)?(?:\d[\d.]*\s+|[a-záéíóú]+\s+)?"
                              r"(?:provincias?|puertos?|ciudades|localidades|regiones|comunidades(?:\s+autónomas)?|"
                              r"aguas|costas?|aeropuertos?|cárceles|territorio|suelo)\s+\Z", re.I)
_TOTALLED = re.compile(r"\b(?:sum(?:a|an|aron|ó|ar)|alcanz(?:a|an|aron|ó|ar)|ascend(?:ía|ió|ieron)\s+a|llegaron\s+a|"
                       r"llegar\s+a|situarse\s+en|hasta)\s+"
                       r"(?:(?:los|las)\s+)?\Z", re.I)
_COMPARED = re.compile(r"\b(?:frente\s+a|respecto\s+a|comparad[oa]s?\s+con|que)\s+(?:los|las)\s+\Z", re.I)
_SEARCHED = frozenset("inmuebles inmueble viviendas vivienda domicilios domicilio pisos piso locales local naves nave "
                      "casas casa propiedades establecimientos establecimiento centros oficinas sedes fincas "
                      "garajes almacenes trasteros".split())
_FURTHER = re.compile(r"\b(?:otros|otras|otro|otra|además\s+de|nuevos|nuevas)\s+\Z", re.I)
_CLAUSE_BREAK = re.compile(r"[;:()\[\]\u2013\u2014]|\s-\s|,|\b(?:mientras|aunque|pero|donde|que)\b", re.I)
_PLACE_LEAD = re.compile(
    r"\A(?:\s*(?:(?:fueron|han\s+sido|han|fue|ha\s+sido|están|quedaron)\s+)?"
    r"(?:(?!(?:mientras|que|pero|aunque|donde|y|e|o|cuando)\b)[^\W\d_]+\s+){0,2}?)?"
    r"\s*(?:en|desde|de)\s+(?:(?:la|el|los|las|todo|toda|todo\s+el|toda\s+la)\s+)?(?:(?:provincias?|localidad(?:es)?|ciudad(?:es)?|municipios?|"
    r"comunidad(?:es)?(?:\s+autónomas?)?|regi[oó]n|regiones|estados?|departamentos?|pa[ií]s(?:es)?|capital|"
    r"islas?|barrio|pueblo|villa|puerto|domicilios?|viviendas?|inmuebles?|locales|local|naves?|establecimientos?|"
    r"oficinas?|casas?|fincas?|almacenes|almacén|pisos?)\s+(?:[^\W\d_]+\s+)?(?:de\s+)?)?\Z", re.I)
_COORDINATED = re.compile(r"\b(?:y|e|o|u|pero|mientras|que|donde)\s", re.I)
_HEADLINE_PLACE = re.compile(r"\ben\s+(?:(?:la|el)\s+)?\Z", re.I)
_COLON_AFTER = re.compile(r"\s*:")
_OPENING = re.compile(r"\s*(?:(?:Solo|Sólo|Únicamente|También|Además|Ya|Solamente)\s+en\b|En|Desde)\b[^,;:()\d]{0,70}\Z")
_ORIGIN = re.compile(r"\b(?:procedentes?\s+de|originari[oa]s?\s+de|oriund[oa]s?\s+de|natural(?:es)?\s+de|"
                     r"vecin[oa]s?\s+de|con\s+destino\s+a|rumbo\s+a|desde|nacionalidad|"
                     r"(?:cruzar|llevar(?:las|los)?|enviar|enviad[oa]s|trasladar|trasladad[oa]s|exportar|exportad[oa]s|"
                     r"viajar|llegar|dirigid[oa]s|destinad[oa]s)\s+(?:a|hacia))\s+(?:(?:la|el|los|las)\s+)?\Z",
                     re.I)  # and where it was going: "listas para cruzar a Arizona"
_PLACE_TAIL = re.compile(r"\b(?:en|a)\s+(?:(?:el|la|los|las)\s+)?(?:(?:puerto|aeropuerto|provincias?|localidad(?:es)?|"
                         r"ciudad(?:es)?|municipios?|estados?|regi[oó]n(?:es)?|comunidad(?:es)?|barrio|muelle|frontera|costa|"
                         r"islas?)\s+(?:[^\W\d_]+\s+)?de\s+)?\Z"
                         r"|\ben\s+(?:un|una|unos|unas)\s+(?-i:[a-záéíóúñ]+)\s+(?:(?-i:[a-záéíóúñ]+)\s+)?de\s+\Z",
                         re.I)  # "almacenados ... en una nave de Écija"
_JOIN = re.compile(r"\A\s*(?:,\s*(?:y\s+|e\s+)?|\s+(?:y|e|o)\s+(?:(?:en|de)\s+)?)(?:(?:la|el|los|las)\s+)?\Z", re.I)
# "en un campo de Pergamino", "en el resto de España": a noun of place between "en" and the place.
_PLACE_OF = re.compile(r"\A\s*(?:en|desde)\s+(?:(?:la|el|los|las|un|una|unos|unas|todo|toda)\s+)?"
                       r"(?:[^\W\d_]+\s+){1,2}?(?:de|del)\s+(?:(?:la|el|los|las)\s+)?\Z", re.I)
_FRONTED = re.compile(r"(?:\A|[,;:]\s*|\b(?:mientras\s+que|mientras|y|pero|que)\s+)(?:en|desde)\s+(?:(?:la|el)\s+)?"
                      r"(?:(?:provincia|ciudad|localidad|comunidad|región|capital|estado|departamento|municipio|"
                      r"distrito|isla|comarca)\s+(?:[^\W\d_]+\s+)?de\s+|(?-i:[a-záéíóúñ]+)\s+(?:del?\s+)?)?\Z"
                      r"|(?:\A|[,;:]\s*)(?:en|durante|tras)\s+(?:un|una|el|la|los|las)\s+[^,;:()\d]{1,40}?\ben\s+"
                      r"(?:(?:la|el)\s+)?\Z", re.I)
_AGENCY = re.compile(r"\b(?:polic[ií]as?|autoridades|agentes|investigadores|fiscal[ií]a|fuerzas|cuerpos|"
                     r"gendarmer[ií]a|carabineros|guardia|justicia|tribunales|jueces|fiscales|ministerio|"
                     r"polic[ií]a\s+(?:nacional|federal|judicial))\s+(?:[\w]+\s+)?(?:(?:de|del)\s+(?:la\s+|el\s+)?"
                     r"(?:(?:Estado|Provincia|Departamento|Región|Distrito)\s+de\s+)?)?\Z", re.I)
_SEAT = re.compile(r"\b(?:sede|sedes|oficinas?|embajada|cuartel\s+general)\s+(?:\w+\s+)?(?:en|de)\s+(?:la\s+|el\s+)?\Z",
                   re.I)
_VALUED = re.compile(r"\b([^\W\d_]+)(?:\s+[^\W\d_]+)?\s+(?:valorad[oa]s?\s+en|tasad[oa]s?\s+en|por\s+(?:un\s+)?valor\s+de|"
                     r"que\s+ascienden?\s+a|por\s+importe\s+de|(?:de\s+)?m[aá]s\s+de)\s+(?:(?:unos|unas|m[aá]s\s+de|"
                     r"cerca\s+de|casi|alrededor\s+de)\s+)?\Z", re.I)
_WEIGHT_OF = re.compile(r"\b(?:peso|valor|volumen|cantidad)\s+(?:total\s+)?(?:de\s+)?(?:(?:más\s+de|unos|unas|cerca\s+de|"
                        r"casi|alrededor\s+de)\s+)?\Z", re.I)
_AMOUNT_OF = re.compile(r"\s*(?:%|por\s*cien(?:to)?)?\s*(?:[^\W\d_]+(?:dos|das)\s+)?(?:de|en)\s+"
                        r"(?:(?:la|el|los|las|su|sus|esa|ese|esas|esos|esta|este|estas|estos|dicha|dicho)\s+)?", re.I)  # "128.400 euros intervenidos en efectivo"
def _ends_collective(written: str) -> bool:
    """Whether a number ends in a word that takes "de" before its noun ("1,7 millones de
    archivos", "una cuarentena de denuncias", "miles de imágenes")."""
    last = written.split()[-1].lower() if written.split() else ""
    return last in SCALES or last.rstrip("s") in COLLECTIVES or last in VAGUE_PLURALS
# "Alemania registró el mayor número de detenciones, con 14, seguida de Polonia, con once".
# "Hidalgo concentró el 38 %", "; Sevilla sumó 14": a place that is the subject of a verb of share.
_CLAUSE_OPEN = re.compile(r"[;:]\s*(?:(?:el|la)\s+)?\Z", re.I)
_SHARE_VERB = re.compile(r"\s+(?:concentr(?:ó|a|aba)|acumul(?:ó|a|aba)|sum(?:ó|a|aba)|registr(?:ó|a|aba)|aport(?:ó|a)|"
                         r"encabez(?:ó|a)|lider(?:ó|a)|reuni(?:ó|a)|cont(?:ó|aba)\s+con|cuenta\s+con|"
                         r"cerr(?:ó|aba)\s+(?:(?-i:[^\W\d_A-ZÁÉÍÓÚÑ]+)\s+){0,3}?con)\s+"
                         r"(?:(?:con|casi|más\s+de|cerca\s+de)\s+)?(?:(?:el|la|los|las|un|una)\s+)?\Z", re.I)
# A noun of ground opening a sentence, its place the sentence's subject: "La provincia de Valladolid".
_GROUND_SUBJECT = re.compile(r"\s*(?:La|El)\s+(?:provincia|ciudad|comunidad|región|capital|isla|localidad|"
                             r"municipio|estado|departamento|comarca)\s+(?:de\s+)?")
_WITH = re.compile(r"(?:\s+[^\d;:()]{0,70}?)?\s*,\s*con\s+\Z|\s*,?\s*con\s+\Z", re.I)
_ASIDE = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s*(?:\(|[\u2013\u2014]|\s-\s)[^()\u2013\u2014]{0,160}?(?:\)|[\u2013\u2014]|\s-\s|(?=[.;]))")
_APPOSED_PLACE = re.compile(r"\s*,\s*(?:se\s+)?[^\W\d_]+\s+(?:en|a)\s+(?:(?:la|el)\s+)?", re.I)
_ELLIPTIC_PLACE = re.compile(r"\s*,\s*(?:en|desde)\s+(?:(?:la|el|los|las)\s+)?", re.I)
# "El presunto cabecilla, un vecino de 41 años, fue detenido": one person and the event of the
# singular passive that follows, across an apposition.
_SINGULAR_EVENT = re.compile(r"[^;:\d]{0,120}?(?:\d{1,3}\s+años[^;:\d]{0,80}?)?\b(?:que\s+)?"
                             r"(?:fue|ha\s+sido|había\s+sido|resultó|quedó)\s+\Z", re.I)
_ARTICLE_ONE = re.compile(r"(?<!\w)(un|una|el|la|otro|otra)\s+(?=[^\W\d_])", re.I)  # "otro hombre": one more


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a Spanish text; never after "EE. UU.", "Sr." or "núm."."""
    return [(a, b) for a, b in english_sentences(text, _SENTENCE_END, _ABBREVIATION) if text[a:b].strip()]


@dataclass
class _Phrase:
    end: int
    head: str | None
    measure: str | None


@dataclass
class _Sentence:
    text: str
    start: int
    end: int
    cues: list[Cue]
    places: list[Place]
    agencies: list[Place]
    carried: list[Place]
    previous: list[Evidence] = field(default_factory=list)
    last_person: Evidence | None = None  # the last figure of persons before this sentence
    home: str | None = None  # the country the text is about, if one stands out
    before_start: int | None = None  # where the sentence before starts, within the paragraph


@lru_cache(maxsize=256)
def evidence(text: str) -> tuple[Evidence, ...]:
    """Every number of a Spanish `text` that can support a claim, with its measures and places."""
    places = find_places(text)
    peso = _local_peso(places)
    numbers = [_peso(text, n, peso) for n in read_numbers(text) if n.kind in AMOUNT_KINDS]
    numbers = sorted(numbers + _articles(text, numbers), key=lambda n: n.start)
    cues = find_cues(text, "es")
    agencies = demonyms(text)
    out: list[Evidence] = []
    carried: list[Place] = []
    last_person: Evidence | None = None
    home = home_country(places)
    last = 0
    paragraph = 0  # where the paragraph's figures start in `out`
    before_start: int | None = None
    for start, end in split_sentences(text):
        if "\n" in text[last:start]:
            carried = []
            paragraph = len(out)
            before_start = None
        last = end
        # "Fueron detenidas seis personas. Los arrestos se concretaron en Zárate"
        place_the_count_before(text, start, end, places, out, paragraph, "es")
        sentence = _Sentence(text, start, end, [c for c in cues if start <= c.start < end],
                             [p for p in places if start <= p.start < end],
                             [p for p in agencies if start <= p.start < end], carried)
        sentence.last_person = last_person
        sentence.home = home
        sentence.before_start = before_start
        before_start = start
        for number in (n for n in numbers if start <= n.start < end):
            found = _read(sentence, number)
            sentence.previous.append(found)
            if found.number.kind == "count" and found.measures & {"arrests", "suspects", "victims", "people"}:
                last_person = found
        _share_tails(sentence)
        out.extend(each(text, respectively(text, start, end, share_nouns(text, sentence.previous), sentence.places),
                        sentence.places))
        carried = _scope_left(sentence) or carried
    return tuple(out)


def _local_peso(places: list[Place]) -> str | None:
    """The peso a bare "$" is in a report about one peso country ("$48.650.000" in Rosario)."""
    return currencies.local_currency([p.country for p in places], currencies.PESO_COUNTRIES)


def _peso(text: str, number: Number, peso: str | None) -> Number:
    """A bare "$" or "pesos" in a report about one peso country is that country's peso."""
    if peso is None or number.kind != "money" or number.unit not in ("USD", "MXN"):
        return number
    if number.unit == "MXN":
        bare = _BARE_PESOS.match(text, number.end)
        return replace(number, unit=peso) if bare else number
    sign = re.search(r"(?<![A-Za-z])\$\s?\Z", text[max(0, number.start - 3):number.start])
    return replace(number, unit=peso) if sign else number


_BARE_PESOS = re.compile(r"\s*(?:(?:millones|mil|millón)\s+)?(?:de\s+)?pesos\b(?!\s+(?:mexicanos|argentinos|colombianos|"
                         r"chilenos|uruguayos|filipinos|cubanos|dominicanos))", re.I)


def _share_tails(s: _Sentence) -> None:
    """"S/ 86.300 y 2.400 dólares en efectivo": amounts joined by "y" share what the last is of."""
    found = s.previous
    for i in range(len(found) - 2, -1, -1):
        a, b = found[i], found[i + 1]
        if a.number.kind == b.number.kind and a.number.kind in ("money", "quantity") and not a.measures \
                and b.measures and re.fullmatch(r"\s*(?:[^\W\d_]+\s*)?(?:y|e)\s*(?:[^\W\d_$€/]+\s*)?",
                                                 s.text[_after_unit(s.text, a.number):b.number.start]):
            shared = replace(a, measures=b.measures, noun=b.noun, reason=f"{a.reason}, of '{b.noun}' as what follows")
            found[i] = shared


def _articles(text: str, numbers: list[Number]) -> list[Number]:
    """"un detenido", "una víctima", "un agente": the article as one, before a noun the
    vocabulary lists (never "un total de", "una operación")."""
    out = []
    taken = [(n.start, n.qualifier_end) for n in numbers if n.qualifier_end is not None]
    for m in _ARTICLE_ONE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue  # the "un" of "15 años y un día"
        pos = m.end()
        word = _WORD.match(text, pos)
        while word is not None and word.group().lower() in _BEFORE_NOUN:
            pos = word.end() + 1
            word = _WORD.match(text, pos)
        if word is None or word.group().lower().endswith("s"):
            continue
        measure = noun_of(word.group())
        definite = m.group(1).lower() in ("el", "la")
        if measure is None and not definite and word.group().islower() and _person_object(text, m.start()):
            measure = "people"  # "capturaron a un exempleado": the personal "a" makes the noun a person
        if measure is None or (definite and (measure not in ("suspects", "people")
                                             or not _SINGULAR_AHEAD.match(text, word.end()))):
            continue
        out.append(Number(m.start(), m.start() + len(m.group(1)), 1.0, "count", text=m.group(1)))
    for m in _ONE_MORE.finditer(text):  # "uno en Mataró y otro en Granollers": one more
        out.append(Number(m.start(1), m.end(1), 1.0, "count", text=m.group(1)))
    return out


_VERB_AND_A = re.compile(r"([^\W\d_]+)\s+a\s+\Z")


def _person_object(text: str, at: int) -> bool:
    """Whether the article at `at` opens the object of an arrest, a charge or a rescue, marked
    as a person by the personal "a" ("detuvieron a un exempleado")."""
    verb = _VERB_AND_A.search(text, max(0, at - 40), at)
    return verb is not None and _cue_of(verb.group(1)) in ("arrests", "suspects", "victims")


def _cue_of(word: str) -> str | None:
    """The measure of an event word used as a noun ("de los rescatados")."""
    found = find_cues(word, "es")
    return found[0].measure if found and found[0].text == word else None


def noun_of(word: str) -> str | None:
    """The measure a Spanish noun counts, singular or plural ("vecino" as "vecinos")."""
    found = noun_measure(word, "es")
    if found is None and not word.lower().endswith("s"):
        found = noun_measure(word + "s", "es") or noun_measure(word + "es", "es")
    return found


def _read(s: _Sentence, number: Number) -> Evidence:
    if number.kind == "count" and _SCALED.search(number.text) and _NOTHING_AFTER.match(s.text, number.end) \
            and (money := next((e for e in reversed(s.previous) if e.number.kind == "money"), None)) is not None:
        # "su familia pagó 150 millones de pesos; los captores habían exigido 500 millones": pesos too
        number = replace(number, kind="money", unit=money.number.unit)
    if number.kind == "count" and s.previous and s.previous[-1].number.kind in ("money", "quantity") \
            and _PARTITIVE.match(s.text, number.end):
        whole = s.previous[-1]  # "unas 620 hectáreas de bosque, 410 de ellas en ...": 410 hectares
        number = replace(number, kind=whole.number.kind, unit=whole.number.unit, qualifier=None)
        evidence_of = _amount(s, number)
        return replace(evidence_of, measures=whole.measures, noun=whole.noun, partial=True,
                       reason=f"part of '{whole.number.text}'")
    if number.kind in ("money", "quantity", "percent"):
        return _amount(s, number)
    if number.kind == "duration":
        unit = number.unit or ""
        measures = frozenset({unit}) if unit in vocabulary() else frozenset()
        return Evidence(number, measures, place_names(_where(s, number, number.end)), unit, "duration")
    phrase = _phrase(s, number)
    begin = number.qualifier_start if number.qualifier_start is not None else number.start
    partitive = _PARTITIVE.match(s.text, number.end) if phrase.head is None else None
    cue_after = _cue_after(s, partitive.end() if partitive else phrase.end)
    if cue_after is None and number.text.lower() in ("un", "una", "el", "la"):
        cue_after = _singular_event(s, phrase.end)
    cue_before = _cue_before(s, begin)
    measures, reason, event, partial = _measures(s, number, phrase, cue_before, cue_after, begin)
    end = max(phrase.end, partitive.end() if partitive else 0, cue_after.end if cue_after is not None else 0)
    group = _where(s, number, end, elliptic=phrase.head is None)
    joint = _joint(s, group)
    partial = partial or bool(_FURTHER.search(s.text, max(s.start, begin - 20), begin))
    if measures & {"arrests", "suspects", "victims"} and phrase.measure not in _THINGS_COUNTED_AS_EVENTS:
        measures = measures | {"people"}  # arrested, investigated or rescued: persons all
    return Evidence(number, measures, place_names(group), phrase.head, reason, joint, event,
                    holding(group) if joint else (), partial)


def _phrase(s: _Sentence, number: Number) -> _Phrase:
    """The head noun after a number: the longest noun the vocabulary lists, after words such as
    "nuevos" or "otras"; else the first word, if it can be a noun."""
    pos = number.qualifier_end or number.end
    if number.vague or _ends_collective(number.text):
        linked = re.match(r"\s+de\s+", s.text[pos:pos + 6])  # "1,7 millones de archivos", "una docena de registros"
        pos += linked.end() if linked else 0
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(s.text, pos, min(s.end, pos + 80))]
    i = 0
    gap_end = pos
    while i < len(words) and words[i][2].lower() in _BEFORE_NOUN and s.text[gap_end:words[i][0]].strip() == "":
        gap_end = words[i][1]
        i += 1
    if i >= len(words) or s.text[gap_end:words[i][0]].strip():
        return _Phrase(number.end, None, None)
    copula = _COPULA.match(s.text, pos)
    if copula is not None and (measure := noun_of(copula.group(1))) is not None:
        return _Phrase(copula.end(), copula.group(1).lower(), measure)
    longest = longest_noun("es")
    for n in range(min(longest, len(words) - i), 0, -1):
        a, b = words[i][0], words[i + n - 1][1]
        if re.search(r"[,;:()]", s.text[a:b]):
            continue
        measure = noun_measure(s.text[a:b], "es")
        if measure is not None:
            return _Phrase(b, s.text[a:b].lower(), measure)
    word = words[i][2]
    if word.lower() in _NOT_NOUN or word[:1].isupper():
        return _Phrase(number.end, None, None)
    if number.value != 1 and not word.lower().endswith("s"):
        return _Phrase(number.end, None, None)  # "21 residen en España": Spanish plurals end in -s; this is a verb
    if is_demonym(word):
        return _Phrase(words[i][1], word.lower(), "people")  # "cuatro paraguayos"
    return _Phrase(words[i][1], word.lower(), None)


def _cue_before(s: _Sentence, begin: int) -> Cue | None:
    """The event governing a number from before it: the nearest cue whose gap to the number holds
    only the personal "a", articles, adverbs, a place or an event noun's "de"; or a few lower-case
    words and then the personal "a" ("han detenido hasta ahora a once personas")."""
    for cue in reversed(s.cues):
        if cue.end > begin:
            continue
        gap = s.text[cue.end:begin]
        if _GOVERN_GAP.fullmatch(gap) or _PERSONAL_A.fullmatch(gap):
            return cue
        return None  # a nearer word breaks the link
    return None


def _cue_after(s: _Sentence, end: int) -> Cue | None:
    """The participle or predicate after a phrase: "personas detenidas", "fueron arrestados"."""
    for cue in s.cues:
        if cue.start < end:
            continue
        return cue if _PREDICATE_GAP.match(s.text[end:cue.start]) else None
    return None


def _measures(s: _Sentence, number: Number, phrase: _Phrase, before: Cue | None, after: Cue | None,
              begin: int) -> tuple[frozenset[str], str, Cue | None, bool]:
    head = phrase.measure
    event = after or before
    if event is not None and event.measure == "searches" and phrase.head in _SEARCHED:
        return frozenset({head or "searches", "searches"}), f"searched '{phrase.head}'", event, False
    if head is not None and head != "people":
        if head in _PERSONS_HEADS and event is not None and event.measure in ("arrests", "suspects", "victims",
                                                                                 "convictions") \
                and event.measure != head \
                and not (head == "victims" and event.measure == "suspects"):
            # "detuvo a otros dos integrantes": members, and arrests; "identificar a 23 víctimas": victims only
            return frozenset({head, event.measure}), f"event '{event.text}' on '{phrase.head}'", event, False
        pills = {"pills"} if head != "pills" and noun_of((phrase.head or "-").split()[0]) == "pills" else set()
        return frozenset({head} | pills), f"noun '{phrase.head}'", None, False  # "pastillas de fentanilo": pills too
    if head == "people":
        if event is None and (parent := _aside_parent(s, begin)) is not None:
            # "13 personas —seis españoles, cuatro paraguayos...—": a breakdown of the 13
            return frozenset({"people"} | (parent.measures & {"arrests", "suspects", "victims"})), \
                f"breakdown of '{parent.number.text}'", None, True
        if event is not None:
            measure = event.measure
            if phrase.head in _CHILDREN and event.text.lower() in _CHILD_VICTIM_CUES:
                measure = "victims"  # "14 menores identificados": children identified are victims
            elif measure == "seized_items":
                measure = "arrests"  # "fueron aprehendidas 12 personas": persons seized are arrested
            return frozenset({"people", measure}), f"event '{event.text}' on '{phrase.head}'", event, False
        parent = _parent(s, begin)
        if parent is not None and (_BREAKDOWN_OPEN.search(s.text, max(s.start, begin - 45), begin) or (
                parent.partial and _LISTED_AFTER.fullmatch(s.text, parent.number.end, begin))):
            # "de las víctimas rescatadas, 26 son guatemaltecas, nueve hondureñas": the list goes on
            return frozenset({"people"} | (parent.measures & {"arrests", "suspects", "victims"})), \
                f"breakdown of '{parent.number.text}'", None, True
        if parent is not None and parent.measures & {"arrests", "suspects", "victims"} \
                and _APPOSED_PART.fullmatch(s.text, parent.number.end, begin):
            # "identificar a dos víctimas, una niña en Badalona y un niño en Perpiñán": who they are
            return frozenset({"people"} | (parent.measures & {"arrests", "suspects", "victims"})), \
                f"breakdown of '{parent.number.text}'", None, True
        among = _AMONG.search(s.text, max(s.start, begin - 60), begin)
        if among is not None and (named := noun_of(among.group(1)) or _cue_of(among.group(1))) in (
                "arrests", "suspects", "victims"):  # "Entre los capturados figuran dos ciudadanos ecuatorianos"
            return frozenset({"people", named}), f"part of the '{among.group(1)}'", None, True
        apposed = _APPOSED_TO.search(s.text, max(s.start, begin - 40), begin)
        if apposed is not None and (apposed_to := noun_of(apposed.group(1))) in ("arrests", "suspects", "victims"):
            # "Las víctimas, once chicas de entre 12 y 15 años": the persons the noun before names
            return frozenset({"people", apposed_to}), f"'{apposed.group(1)}', in apposition", None, False
        if s.last_person is not None and not s.previous and _THEM_OPENING.match(s.text, s.start, begin):
            whole = s.last_person  # "... detuvieron a cinco implicados. Entre ellos figuran dos españoles"
            return whole.measures | {"people"}, f"part of '{whole.number.text}'", None, True
        return frozenset({"people"}), f"noun '{phrase.head}'", None, False
    if phrase.head is not None:
        if before is not None and before.measure == "victims" and _PERSONAL_A.fullmatch(s.text[before.end:begin]) \
                or (before is not None and before.measure == "victims" and re.fullmatch(r"\s+a\s+", s.text[before.end:begin])):
            return frozenset({"victims"}), f"event '{before.text}' on '{phrase.head}'", before, False  # "atacó a 60 empresas"
        if before is not None and before.measure in ("arrests", "suspects") \
                and re.fullmatch(r"\s+a\s+(?:(?:sus|los|las|otros|otras)\s+)?", s.text[before.end:begin]):
            # "capturaron a un exempleado", "detuvieron a tres vigilantes": the personal "a" makes them persons
            return frozenset({"people", before.measure}), f"event '{before.text}' on '{phrase.head}'", before, False
        return frozenset(), f"counts '{phrase.head}', which the vocabulary does not list", None, False
    elided = _ELIDED_COPULA.match(s.text, number.end)
    if elided is not None and _COPULA_BEFORE.search(s.text, s.start, begin) \
            and (named := noun_measure(elided.group(1), "es")) is not None:
        return frozenset({named}), f"'{elided.group(1)}', its verb left out", None, False  # "y casi 38.000, vídeos"
    if _OF_THEM_FRONTED.search(s.text, max(s.start, begin - 20), begin) and s.last_person is not None \
            and not s.previous:  # "De ellos, 41 residían en España": the persons of the sentence before
        whole = s.last_person
        return whole.measures | {"people"}, f"part of '{whole.number.text}'", None, True
    among = _AMONG.search(s.text, max(s.start, begin - 60), begin)
    if among is not None and (named := noun_of(among.group(1)) or _cue_of(among.group(1))) is not None \
            and after is None:
        return frozenset({named}), f"part of the '{among.group(1)}'", None, True
    partitive = _PARTITIVE.match(s.text, number.end)
    if partitive is not None:  # "cinco de ellos fueron detenidos", "tres de los detenidos"
        named = noun_measure(partitive.group(1) or "", "es")
        if after is not None:
            of_them = _parent(s, begin) if partitive.group(1) is None else None
            if after.measure == "seized_items" and (named in _PERSON_MEASURES
                                                    or (of_them is not None and of_them.measures & _PERSON_MEASURES)):
                # "Seis de los detenidos fueron aprehendidos en Cartagena": persons seized are arrested
                return frozenset({"arrests", "people"}), f"event '{after.text}' on persons", after, True
            return frozenset({after.measure}), f"event '{after.text}' on part", after, True
        parent = _parent(s, begin, feminine=partitive.group().strip().lower().endswith("ellas"))
        if named is not None:
            return frozenset({named}), f"part of the '{partitive.group(1)}'", None, True
        acting = _persons_before(s, begin, specific=True) if partitive.group(1) is None else None
        if acting is not None and _ACTS.match(s.text, partitive.end()):
            # "... 56 vídeos, y tres de ellas le hicieron transferencias": persons act, things do not
            return frozenset({acting[1], "people"}), f"part of the '{acting[0]}', who acted", None, True
        persons = _persons_before(s, begin)
        if parent is not None:
            return parent.measures, f"part of '{parent.number.text}'", None, True
        if persons is not None:  # "la mayoría de los arrestados ..., doce de ellos residen en ..."
            return frozenset({persons[1], "people"}), f"part of the '{persons[0]}'", None, True
    if after is not None:  # "12 fueron detenidos"
        if after.measure == "seized_items" and _OTHERS.search(s.text, max(s.start, begin - 30), begin) \
                and s.last_person is not None:
            # "Los otros seis fueron intervenidos en Trujillo": the rest of the persons before
            return frozenset({"arrests", "people"}), f"event '{after.text}' on the other persons", after, True
        return frozenset({after.measure}), f"event '{after.text}'", after, False
    parent = _parent(s, begin)
    colon = s.text.rfind(":", s.start, begin)
    if parent is not None and parent.measures <= _PLACE_COUNTS and parent.number.end <= colon \
            and not re.search(r"\d", s.text[colon:begin]) and (earlier := _measure_before(s, parent.number.start)):
        # "Las detenciones se produjeron en tres provincias: 14 en Cádiz": arrests, not provinces
        return frozenset({earlier[1]}), f"'{earlier[0]}' before the colon", None, True
    if before is not None and (parent is None or before.start > parent.number.end):
        return frozenset({before.measure}), f"event '{before.text}'", before, False  # "e investigaron a otros 5"
    if parent is not None:  # "17 detenidos, 12 en Sevilla y 5 en Huelva"
        return parent.measures, f"breakdown of '{parent.number.text}'", parent.event, True
    if before is not None:  # "detuvieron a 17"
        return frozenset({before.measure}), f"event '{before.text}'", before, False
    colon = s.text.rfind(":", s.start, begin)
    if colon >= 0 and not re.search(r"\d", s.text[colon:begin]) and (earlier := _measure_before(s, colon)):
        # "Las detenciones se produjeron el pasado 25 de marzo: nueve en Granada y tres en Málaga"
        return frozenset({earlier[1]}), f"'{earlier[0]}' before the colon", None, True
    if _COMPARED.search(s.text, max(s.start, begin - 30), begin) and s.previous and s.previous[-1].measures:
        whole = s.previous[-1]  # "sumaron 2.870 ..., frente a las 1.940 del año anterior"
        return whole.measures, f"compared with '{whole.number.text}'", None, False
    if (reached := _REACHED.search(s.text, max(s.start, begin - 20), begin)) is not None \
            and (moved := MOVED.search(s.text, max(s.start, reached.start() - 90), reached.start())) is not None \
            and (subject := _subject_before(s, moved.start())) is not None:
        # "las detenciones ... crecieron un 21 % el año pasado, hasta las 1.042": what rose
        return frozenset({subject[1]}), f"'{subject[0]}', which rose or fell to it", None, False
    if _TOTALLED.search(s.text, max(s.start, begin - 30), begin) and (earlier := _measure_before(s, begin)):
        return frozenset({earlier[1]}), f"'{earlier[0]}' totalled", None, False
    if _FIGURE_OF.search(s.text, max(s.start, begin - 80), begin) and (earlier := _measure_before(s, begin)):
        return frozenset({earlier[1]}), f"the figure of '{earlier[0]}' named before", None, False
    if _with_place(s, begin) is not None and (earlier := _measure_before(s, begin) or (
            _measure_before(s, s.start, lo=s.before_start) if s.before_start is not None else None)) is not None:
        # "La Rioja, con 2.980", in the sentence after the one naming the cybercrimes
        return frozenset({earlier[1]}), f"'{earlier[0]}' named before, 'con {number.text}'", None, False
    if _LIVE_IN.match(s.text, number.end) and (earlier := _measure_before(s, begin)) is not None:
        # "La mayoría de los damnificados reside en la capital, aunque 34 viven en Villa Carlos Paz"
        return frozenset({earlier[1], "people"}), f"'{earlier[0]}' named before", None, True
    if any(re.fullmatch(r"\s*\(\s*", s.text[p.end:begin]) for p in s.places if p.end <= begin) \
            and (earlier := _measure_before(s, begin, places_too=False)) is not None:
        # "los perjudicados reside en la Comunidad de Madrid (118), Andalucía (96)"
        return frozenset({earlier[1]}), f"'{earlier[0]}' named before, by place", None, True
    if _PLACE_ITEM.match(s.text, number.end) and (listed := _listed_after_comma(s, begin)) is not None:
        # "En los inmuebles cateados, nueve en León, cuatro en Irapuato": the searches, by place
        return frozenset({listed[1]}), f"'{listed[0]}', by place", None, True
    if (named_after := _ARE_N_THE.match(s.text, number.end)) is not None \
            and (counted := noun_of(named_after.group(1)) or _cue_of(named_after.group(1))) is not None:
        # "son ya 12 los detenidos", "fueron 30 las víctimas": the noun the number is predicated of
        return frozenset({counted} | ({"people"} if counted in _PERSON_MEASURES else set())), \
            f"'{named_after.group().strip()}'", None, False
    return frozenset(), "no noun", None, False


def _listed_after_comma(s: _Sentence, begin: int) -> tuple[str, str] | None:
    """The measure named right before a comma that opens a list of "N en PLACE" items ending at `begin`."""
    for cue in reversed(s.cues):
        if cue.end <= begin:
            return (cue.text, cue.measure) if _ITEMS_SO_FAR.fullmatch(s.text, cue.end, begin) else None
    return None


def _governing_place(s: _Sentence, begin: int) -> list[Place]:
    """A place between a number's event and the number: "liberaron en Galicia a 100 víctimas"."""
    cue = _cue_before(s, begin)
    if cue is None:
        return []
    inside = [p for p in s.places if cue.end <= p.start and p.end <= begin]
    if inside:
        return _group(s, inside[0])
    # "en Hidalgo, Puebla y el Estado de México, fueron detenidas 36 personas": the places
    # the clause opens with, right before its event
    for place in s.places:
        if place.end > cue.start:
            break
        if not re.search(r"\ben\s+(?:(?:el|la|los|las)\s+)?\Z", s.text[max(s.start, place.start - 8):place.start]):
            continue
        group = _group(s, place)
        if _BEFORE_EVENT.fullmatch(s.text, group[-1].end, cue.start) and not _SEAT.search(
                s.text[max(s.start, place.start - 60):place.start]):
            return group
    return []


_BEFORE_EVENT = re.compile(r"\s*,\s*(?:(?:ya\s+)?(?:fueron|han\s+sido|habían\s+sido|resultaron|quedaron|se)\s+)?", re.I)


_SINGULAR_AHEAD = re.compile(r"[^;:.]{0,160}?\b(?:que\s+)?(?:fue|ha\s+sido|había\s+sido|resultó|quedó)\s+", re.I)


def _singular_event(s: _Sentence, end: int) -> Cue | None:
    for cue in s.cues:
        if cue.start >= end:
            return cue if _SINGULAR_EVENT.fullmatch(s.text, end, cue.start) else None
    return None


def _persons_before(s: _Sentence, begin: int, specific: bool = False) -> tuple[str, str] | None:
    """The last word for persons named before `begin` in the sentence ("los arrestados",
    "los rescatados"), with the measure it names; with `specific`, the last that says more
    than persons, if any ("Las víctimas, once chicas ... residentes": the victims)."""
    found = None
    for m in reversed(list(_WORD.finditer(s.text, s.start, begin))):
        measure = noun_of(m.group()) or _cue_of(m.group())
        if measure in ("arrests", "suspects", "victims", "people", "members"):
            if not specific or measure != "people":
                return m.group(), measure
            found = found or (m.group(), measure)
    return found


def _with_place(s: _Sentence, begin: int) -> Place | None:
    """The place a "PLACE, con N" or "PLACE concentró el N" names as the number's subject."""
    for place in reversed(s.places):
        if place.end <= begin:
            if re.search(r"\d", s.text[place.end:begin]):
                return None
            if _WITH.fullmatch(s.text, place.end, begin):
                return place
            subject = (_CLAUSE_OPEN.search(s.text, max(s.start, place.start - 12), place.start) or place.start == s.start
                       or _GROUND_SUBJECT.fullmatch(s.text, s.start, place.start))  # "La provincia de Valladolid cerró"
            return place if subject and _SHARE_VERB.fullmatch(s.text, place.end, begin) else None
    return None


def _subject_before(s: _Sentence, verb: int) -> tuple[str, str] | None:
    """The first counted noun of the clause before `verb` (after its last comma), and its measure."""
    clause = max(s.start, s.text.rfind(",", s.start, verb) + 1)
    for m in _WORD.finditer(s.text, clause, verb):
        measure = noun_measure(m.group(), "es")
        if measure is not None and measure != "people" and vocabulary()[measure].kind == "count":
            return m.group(), measure
    return None


def _measure_before(s: _Sentence, begin: int, places_too: bool = True, lo: int | None = None) -> tuple[str, str] | None:
    """The last noun or event of a measure before `begin` in the sentence, and its measure; with
    `places_too` False, not a count of places ("en las provincias de Cádiz (nueve)": the
    arrests before it)."""
    for m in reversed(list(_WORD.finditer(s.text, s.start if lo is None else lo, begin))):
        measure = noun_measure(m.group(), "es")
        if measure is not None and measure != "people" and (places_too or measure not in _PLACE_COUNTS):
            return m.group(), measure
    return None


def _aside_parent(s: _Sentence, begin: int) -> Evidence | None:
    """The whole a number in a bracket, dash aside or colon list after it breaks down."""
    for found in reversed(s.previous):
        if found.number.kind != "count" or not found.measures or found.partial:
            continue
        between = s.text[found.number.end:begin]
        opened = re.search(r"[(\u2013\u2014:]", between)
        return found if opened and not re.search(r"\)", between) else None
    return None


def _parent(s: _Sentence, begin: int, feminine: bool = False) -> Evidence | None:
    """The counted figure a bare number breaks down: the last one before it in the sentence,
    passing over a count of places ("detenidos en tres provincias: 14 en Cádiz"), and for "de
    ellas" over a masculine noun ("56 vídeos, y tres de ellas": the girls, not the videos)."""
    counted = [f for f in s.previous if f.number.kind == "count" and f.measures and f.number.start < begin]
    for found in reversed(counted):
        if found.measures <= _PLACE_COUNTS and any(not f.measures <= _PLACE_COUNTS for f in counted):
            continue
        if feminine and found.noun is not None and found.noun.lower().endswith("os"):
            continue
        return found
    return None


# A place and the "donde" clause that says what happened there.
_WHERE_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:en\s+)?donde\b", re.I)


def _where(s: _Sentence, number: Number, end: int, elliptic: bool = False) -> list[Place]:
    """Where a number happened: its own place, else the clause's or sentence's opening place,
    else an agency's country, else the place carried from earlier in the paragraph. A number
    with no noun takes a place after a comma ("y los otros dos, en Oporto")."""
    begin = number.qualifier_start if number.qualifier_start is not None else number.start
    gapped = [p for p in s.places if p.end <= begin and _GAPPED.fullmatch(s.text, p.end, begin)
              and _EN_BEFORE.search(s.text, max(s.start, p.start - 8), p.start)]
    if gapped:  # "En Medellín fueron capturadas cinco personas; en Pereira, cuatro, y en Cali, las tres"
        return gapped[-1:]
    own = _own_places(s, end, elliptic) or _national_ground(s, end, min(s.end, end + 60), right_after=True)
    if own:
        return own
    subject = _with_place(s, begin)
    if subject is not None:
        return [subject]
    bracketed = [p for p in s.places if re.fullmatch(r"\s*\(\s*", s.text[p.end:begin])]
    if bracketed:  # "Francia (5), Alemania (4)"
        return bracketed
    governed = _governing_place(s, begin) or _national_ground(s, max(s.start, begin - 60), begin)
    if governed:
        return governed
    fronted = _fronted(s, begin)
    if fronted:
        return fronted
    where = [p for p in s.places if p.end <= begin and _WHERE_AFTER.match(s.text, p.end, begin)
             and not re.search(r"\d", s.text[p.end:begin])]
    if where:  # "en una terminal de Cartagena, donde ... permitió incautar 6,2 toneladas"
        return _group(s, where[-1])
    agency = [p for p in s.agencies if p.start < begin and _AGENCY.search(s.text, max(s.start, p.start - 40), p.start)]
    agency += [p for p in s.places if p.start < begin
               and _AGENCY.search(s.text, max(s.start, p.start - 50), p.start)]
    agency = [p for p in agency if len(_group(s, p)) == 1 and not _listed_after(s, p)]
    if agency:
        return [max(agency, key=lambda p: p.start)]
    nationwide = _NATIONWIDE.search(s.text, s.start, s.end)
    if s.home is not None and nationwide is not None and not s.carried:
        # "se rescató en todo el país a 1.180 víctimas", in a report about Argentina
        return [Place(nationwide.start(), nationwide.end(), nationwide.group(), s.home, s.home, "country")]
    return list(s.carried)


def _national_ground(s: _Sentence, lo: int, hi: int, right_after: bool = False) -> list[Place]:
    """A country named by its adjective on a noun of ground: "en 16 provincias españolas",
    "en los puertos españoles" (not "tres ciudadanos colombianos", a nationality)."""
    for place in s.agencies:
        if lo <= place.start and place.end <= hi:
            ground = _NATIONAL_GROUND.search(s.text, max(lo, place.start - 50), place.start)
            if ground is not None and (not right_after or not s.text[lo:ground.start()].strip()):
                return [place]
    return []


def _joint(s: _Sentence, group: list[Place]) -> bool:
    """Several places holding a figure together; not a city and the region or country after it
    ("Lázaro Cárdenas, Michoacán", "Oporto (Portugal)"), which only says where the city is."""
    return len(group) > 1 and not city_and_its_region(s.text, group)


def _listed_after(s: _Sentence, place: Place) -> bool:
    """Whether a place is one of a list ("las autoridades de Alemania, Bulgaria y Chipre")."""
    return any(p.start < place.start and _JOIN.match(s.text[p.end:place.start]) for p in s.places)


def _own_places(s: _Sentence, end: int, elliptic: bool = False) -> list[Place]:
    aside = _ASIDE.match(s.text, end)
    if aside is not None:  # "los ocho registros —en tres locales de La Coruña y Lugo—"
        inside = [p for p in s.places if aside.start() <= p.start < aside.end()]
        if inside:
            return _group(s, inside[0])
    for place in s.places:
        if place.start < end:
            continue
        gap = s.text[end:place.start]
        if elliptic and _ELLIPTIC_PLACE.fullmatch(gap):
            return _group(s, place)
        if _APPOSED_PLACE.fullmatch(gap):  # "El fraude, cerca de 2,1 millones de euros, se concentró en Extremadura"
            return _group(s, place)
        if _CLAUSE_BREAK.search(gap):
            return []
        lead = s.text[max(s.start, place.start - 40):place.start]
        if _ORIGIN.search(lead):
            continue  # "procedente de Ecuador": where it came from, not where it was found
        long_lead = len(gap) <= 120 and _PLACE_TAIL.search(gap) and not _COORDINATED.search(_AGES.sub("", gap))
        if (_PLACE_LEAD.match(gap) or _PLACE_OF.match(gap) or long_lead) and not _SEAT.search(lead):
            return _group(s, place)
        if len(gap) > 120:
            return []
    return []


def _group(s: _Sentence, first: Place) -> list[Place]:
    """A place and those joined to it ("en Cádiz, Málaga y Huelva")."""
    out = [first]
    for place in s.places:
        if place.start <= out[-1].start:
            continue
        if _JOIN.match(s.text[out[-1].end:place.start]):
            out.append(place)
        else:
            break
    return out


def _fronted(s: _Sentence, begin: int) -> list[Place]:
    """The place that opens the number's clause or sentence: "En Italia, ...", "mientras que en
    Rumanía ...", with no other number between it and this one."""
    best: list[Place] = []
    for place in s.places:
        if place.start >= begin:
            break
        if _OPENING.match(s.text[s.start:place.start]) or (
                _HEADLINE_PLACE.search(s.text[s.start:place.start]) and _COLON_AFTER.match(s.text, place.end)):
            best = _group(s, place)  # "En una acción en el puerto de Lázaro Cárdenas, ...", "Golpe en Rosario: ..."
            continue
        lead = s.text[max(s.start, place.start - 60):place.start]
        if _FRONTED.search(lead) and not _SEAT.search(lead):
            between = s.text[place.end:begin]
            if not re.search(r";|\bmientras\b", between, re.I):
                best = _group(s, place)
    return best


def _scope_left(s: _Sentence) -> list[Place]:
    """The place a sentence leaves open for the next ones of its paragraph: one it opens with
    ("En Italia, ..."), or a headline's ("Golpe al narcotráfico en Rosario: ...")."""
    for place in s.places:
        before = s.text[s.start:place.start]
        if _OPENING.match(before) or (_HEADLINE_PLACE.search(before) and _COLON_AFTER.match(s.text, place.end)):
            return _group(s, place)
        break
    return []


# The drug as the subject of the verb that weighs it: "la droga sumaba 6.214 kilos".
_DRUG_SUBJECT = re.compile(r"\b(?:la|las)\s+(drogas?|sustancias?)\s+(?:incautadas?\s+)?[^\W\d_]+\s+(?:un\s+total\s+de\s+)?\Z",
                           re.I)


def _amount(s: _Sentence, number: Number) -> Evidence:
    """Money, a quantity or a percentage, and what it is an amount of: "300 kilos de hachís",
    "1,2 millones de euros en efectivo", "el 20 % de los archivos", "bienes valorados en"."""
    pos = _after_unit(s.text, number)
    begin = number.qualifier_start if number.qualifier_start is not None else number.start
    head: str | None = None
    measure: str | None = None
    tail = _AMOUNT_OF.match(s.text, pos, s.end)
    if tail is not None:
        words = [m for m in _WORD.finditer(s.text, tail.end(), min(s.end, tail.end() + 40))]
        for n in range(min(len(words), 3), 0, -1):
            if s.text[tail.end():words[0].start()].strip():
                break
            phrase = s.text[words[0].start():words[n - 1].end()]
            found = noun_measure(phrase, "es")
            if found is not None:
                head, measure, pos = phrase.lower(), found, words[n - 1].end()
                break
    if measure is None:
        valued = _VALUED.search(s.text, max(s.start, begin - 60), begin)
        if valued is not None and (found := noun_measure(valued.group(1), "es")) is not None:
            head, measure = valued.group(1).lower(), found
        elif _WEIGHT_OF.search(s.text, max(s.start, begin - 40), begin) and (named := _measure_before(s, begin)):
            head, measure = named[0].lower(), named[1]  # "87 fardos de hachís con un peso total de 2.610 kilos"
        elif number.kind == "quantity" and (subject := _DRUG_SUBJECT.search(s.text, max(s.start, begin - 40), begin)):
            head, measure = subject.group(1).lower(), "drugs"  # "la droga sumaba 6.214 kilos"
        elif number.kind == "quantity" and number.unit in _WEIGHTS and tail is None \
                and not re.match(r"\s*(?:y|e|o|,)\s*\d", s.text[number.end:number.end + 12]) \
                and drug_named_before(s.text, begin, "es") is not None:  # not "2.140 y 1.720 kilos de hachís"
            measure = "drugs"  # a bare weight in a text about a drug: "En Galicia se interceptaron 31 toneladas"
    reason = f"{number.kind} of '{head}'" if head else number.kind
    if measure is None and number.kind == "percent" and (among := _SHARE_OF.fullmatch(s.text, s.start, begin)) is not None \
            and (found := noun_of(among.group(1))) is not None:
        # "De las 412 víctimas identificadas, el 62 % son hombres": a share of the victims
        head, measure, reason = among.group(1).lower(), found, f"percent of the '{among.group(1)}'"
    if measure == "drugs" and (named := drug_named_before(s.text, begin, "es")) is not None:
        # "87 fardos de hachís ... La droga arrojó un peso total de 2.640 kilos"
        measure, reason = named[1], f"{reason}, the '{named[0]}' named before"
    measures = frozenset({measure}) if measure else frozenset()
    group = _where(s, number, pos)
    joint = _joint(s, group)
    part = None
    if measure is None and _BREAKDOWN_OPEN.search(s.text, max(s.start, begin - 45), begin):
        # "11,6 toneladas de cocaína, de las cuales 7,2 toneladas": cocaine too, a part of it
        part = next((f for f in reversed(s.previous) if f.number.kind == number.kind and f.measures
                     and f.number.end <= begin), None)
    if part is not None:
        measures, reason = part.measures, f"{number.kind}, part of '{part.number.text}'"
    return Evidence(number, measures, place_names(group), head, reason, joint, None,
                    holding(group) if joint else (), part is not None)


_UNIT_END = re.compile(
    r"\s*(?:%|por\s+cien(?:to)?|(?:de\s+)?(?:" + "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in (*UNIT_WORDS, *CURRENCY_WORDS)), key=len, reverse=True))
    + r"))(?!\w)", re.I)


def _after_unit(text: str, number: Number) -> int:
    m = _UNIT_END.match(text, number.end)
    return m.end() if m is not None else number.end
