"""What a number of a Spanish source counts and where, from the structure of its sentence."""

from __future__ import annotations

import pytest

from validator.figures.attribution import evidence


def _read(text: str) -> dict[str, tuple[frozenset[str], tuple[str, ...], bool]]:
    return {e.number.text: (e.measures, e.places, e.partial) for e in evidence(text, "es")}


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Los agentes detuvieron a 17 personas.", "17", "arrests"),
    ("Han sido detenidas 23 personas.", "23", "arrests"),
    ("Se investiga a otras diecinueve personas.", "diecinueve", "suspects"),
    ("Fueron liberadas 20 mujeres.", "20", "victims"),
    ("12 personas fueron arrestadas ayer.", "12", "arrests"),
    ("Se intervinieron 41.000 archivos.", "41.000", "files"),
    ("La operación permitió rescatar a 14 menores.", "14", "victims"),
    ("Se practicaron 30 registros domiciliarios.", "30", "searches"),
    ("Agentes federales catearon cinco inmuebles.", "cinco", "searches"),
    ("Participaron unos 300 agentes de 11 países.", "11", "countries"),
    ("Se localizaron cerca de 1,7 millones de archivos.", "1,7 millones", "files"),
    ("De ellos, alrededor de medio millón son vídeos.", "medio millón", "videos"),
])
def test_what_a_number_counts(text: str, number: str, measure: str) -> None:
    assert measure in _read(text)[number][0]


def test_coordinated_events_each_govern_their_own_number() -> None:
    read = _read("Se ha detenido a once personas y se investiga a otras diecinueve.")
    assert "arrests" in read["once"][0] and "arrests" not in read["diecinueve"][0]
    assert "suspects" in read["diecinueve"][0]


def test_a_breakdown_inherits_the_measure_and_each_part_its_place() -> None:
    read = _read("Han sido detenidas 23 personas, 14 en Sevilla, seis en Cádiz y dos en Huelva.")
    assert read["23"][1] == () and not read["23"][2]
    assert "arrests" in read["14"][0] and read["14"][1][:1] == ("Seville",) and read["14"][2]
    assert read["seis"][1][0] in ("Cadiz", "Cádiz") and "arrests" in read["dos"][0]


def test_a_fronted_place_and_a_clause_of_its_own() -> None:
    read = _read("En Italia, las autoridades identificaron a 75 posibles víctimas, mientras que en "
                 "Rumanía fueron detenidas ocho personas.")
    assert read["75"][1] == ("Italy",) and read["ocho"][1] == ("Romania",)


def test_an_agency_named_by_its_country_places_what_it_did() -> None:
    assert _read("La policía francesa arrestó a 23 sospechosos.")["23"][1] == ("France",)


def test_an_origin_and_a_seat_are_not_where_it_happened() -> None:
    read = _read("Se aseguraron 2,7 toneladas de cocaína procedentes de Ecuador.")
    assert read["2,7"][1] == ()


def test_nationalities_break_down_a_total_but_place_nothing() -> None:
    read = _read("La detención de 13 personas —seis españoles, cuatro paraguayos y tres rumanos— se produjo ayer.")
    assert "arrests" in read["cuatro"][0] and read["cuatro"][1] == ()


def test_one_person_written_with_an_article_and_a_singular_passive() -> None:
    read = _read("El presunto cabecilla, un vecino de 41 años, fue arrestado en Chipiona.")
    (measures, places, _), = [v for k, v in read.items() if k.lower() in ("el", "un")][:1]
    assert "arrests" in measures and places[0] == "Chipiona"


def test_subjects_with_con_in_a_ranking() -> None:
    read = _read("Alemania registró el mayor número de detenciones, con 14, seguida de Polonia, con once.")
    assert "arrests" in read["14"][0] and read["14"][1] == ("Germany",)
    assert read["once"][1] == ("Poland",)


def test_amounts_and_what_they_are_of() -> None:
    read = _read("Se intervinieron más de 4,2 toneladas de hachís y 1,2 millones de euros en efectivo; "
                 "el 20 % de los archivos.")
    assert read["4,2"][0] == {"cannabis"}
    assert read["1,2 millones"][0] == {"cash"}
    assert read["20"][0] == {"files"}


@pytest.mark.parametrize(("text", "number", "measures"), [
    ("Otras 12 personas son investigadas por blanqueo.", "12", {"people", "suspects"}),
    ("El tribunal condenó este miércoles a 11 integrantes de la banda.", "11", {"members", "convictions"}),
    ("Se incautaron 11,6 toneladas de cocaína, de las cuales 7,2 toneladas estaban en un semisumergible.",
     "7,2", {"cocaine"}),
    ("De los detenidos, 13 fueron capturados en Córdoba y los nueve restantes en Santa Fe.", "nueve",
     {"arrests", "people"}),
    ("Fueron detenidas 22 personas; entre ellos figuran cuatro ciudadanos albaneses.", "cuatro",
     {"arrests", "people"}),
    ("Hay capacidad para procesar hasta 4 toneladas de clorhidrato de cocaína al mes.", "4", {"cocaine"}),
])
def test_breakdowns_copulas_and_events_on_persons(text: str, number: str, measures: set[str]) -> None:
    assert _read(text)[number][0] == measures


def test_years_and_a_day_are_more_than_the_years_and_no_count_of_days() -> None:
    found = {e.number.text: e.number for e in evidence("La jueza impuso la pena de 15 años y un día de presidio.", "es")}
    assert list(found) == ["15"]
    assert found["15"].kind == "duration" and found["15"].qualifier == "more than"


@pytest.mark.parametrize(("text", "number", "place"), [
    ("Hubo cateos en Hidalgo y Puebla. Se detectaron 6.318 tomas en el país; Hidalgo concentró el 38 % de ellas.",
     "38", "Hidalgo"),
    ("De los detenidos, 13 fueron capturados en territorio cordobés y seis en Santa Fe.", "13", "Córdoba"),
    ("En cateos en Hidalgo, Puebla y el Estado de México, fueron detenidas 36 personas.", "36", "State of Mexico"),
])
def test_places_by_subject_adjective_and_a_list_before_the_event(text: str, number: str, place: str) -> None:
    assert place in _read(text)[number][1]


def test_a_bare_peso_is_the_peso_of_the_country_the_report_is_about() -> None:
    read = {e.number.text: e.number.unit for e in evidence(
        "La Fiscalía de Colombia dijo que en Bogotá pagaban 40 millones de pesos por viaje.", "es")}
    assert read["40 millones"] == "COP"


@pytest.mark.parametrize(("text", "number", "place"), [
    ("En Málaga se practicaron 612 detenciones, la cifra más alta.", "612", "Málaga"),  # a place opening the text
    ("Solo en la provincia de Valladolid se han contabilizado 58 víctimas.", "58", "Valladolid"),
    ("En los once registros practicados en domicilios de Madrid y Alicante se hallaron armas.", "once", "Spain"),
    ("El mes pasado, en un operativo similar en Celaya, la Fiscalía detuvo a otros nueve integrantes.", "nueve",
     "Celaya"),
    ("Elementos de la Fiscalía General del Estado de Guanajuato detuvieron a 27 presuntos integrantes.", "27",
     "Guanajuato"),
    ("Corea del Sur y Singapur registraron 412 y 266 detenciones, respectivamente.", "266", "Singapore"),
])
def test_places_of_fronted_phrases_agencies_and_lists(text: str, number: str, place: str) -> None:
    assert place in _read(text)[number][1]


@pytest.mark.parametrize(("text", "number", "measures"), [
    ("En las diligencias fueron aprehendidas 12 personas.", "12", {"people", "arrests"}),
    ("En Cádiz los arrestos aumentaron un 21 % hasta alcanzar los 389.", "389", {"arrests", "people"}),
    ("En los inmuebles cateados, nueve en León, cuatro en Irapuato y tres en Celaya, se hallaron armas.", "cuatro",
     {"searches"}),
    ("Corea del Sur y Singapur registraron 412 y 266 detenciones, respectivamente.", "412", {"arrests"}),
])
def test_what_lists_and_totals_count(text: str, number: str, measures: set[str]) -> None:
    assert _read(text)[number][0] == measures


def test_a_quetzal_letter_and_a_term_changed_from_one_length_to_another() -> None:
    found = {e.number.text: e.number for e in evidence(
        "En Guatemala se incautaron alrededor de Q185 mil en efectivo. La Fiscalía rebajó de nueve a seis años "
        "su petición.", "es")}
    assert found["185 mil"].unit == "GTQ" and found["185 mil"].value == 185_000
    assert found["nueve"].kind == "duration" and found["nueve"].unit == "years"


def test_ages_joined_by_y_and_a_list_of_nationalities_that_goes_on() -> None:
    found = evidence("Lo dirigían dos hermanos, de 34 y 29 años. Había fotos de niños de entre 3 y 12 años. "
                     "De las víctimas rescatadas, 26 son guatemaltecas, nueve hondureñas y tres nicaragüenses. "
                     "Entre los capturados figuran dos ciudadanos ecuatorianos.", "es")
    read = {e.number.text: e.measures for e in found}
    assert "34" not in read and "3 y 12" not in read  # ages are no figures
    assert read["nueve"] == {"people", "victims"} and read["dos"] == {"people", "arrests"}


def test_one_more_a_short_number_word_and_figures_by_place_in_brackets() -> None:
    read = _read("Hubo nueve registros: cinco en Sabadell, dos en Terrassa, uno en Mataró y otro en Granollers. "
                 "Se intervinieron veintiún ordenadores portátiles. La mayoría de los perjudicados reside en "
                 "la Comunidad de Madrid (118) y Andalucía (96).")
    assert read["otro"][0] == {"searches"} and "Granollers" in read["otro"][1]
    assert "veintiún" in read and read["118"][0] >= {"victims"} and "Andalusia" in read["96"][1]


def test_the_drug_referred_back_to_persons_rescued_together_and_a_country_as_a_whole() -> None:
    read = _read("Interceptaron una narcolancha con 87 fardos de hachís. La droga arrojó un peso total de 2.640 "
                 "kilos. En Tehuacán y Atlixco fueron rescatadas cinco y dos personas, respectivamente. "
                 "")
    assert read["2.640"][0] == {"cannabis"}
    assert read["cinco"][0] == {"people", "victims"} == read["dos"][0]
    argentine = _read("La Policía Federal detuvo a 12 personas en Mendoza y a otras tres en Salta, en Argentina.\n\n"
                      "Según la Procuraduría, el año pasado se rescató en todo el país a 1.180 víctimas.")
    assert argentine["1.180"][1] == ("Argentina",)


def test_a_country_named_by_its_adjective_on_a_noun_of_ground() -> None:
    read = _read("La Policía Nacional ha arrestado a 34 personas en 16 provincias españolas. En 2024 se "
                 "intervinieron en los puertos españoles casi 42 toneladas de cocaína. Entre ellos hay tres "
                 "ciudadanos colombianos.")
    assert read["34"][1] == ("Spain",) and read["42"][1] == ("Spain",)
    assert read["tres"][1] == ()  # a nationality names no place


def _one(text: str, number: str):
    (found,) = [e for e in evidence(text, "es") if e.number.text == number]
    return found


@pytest.mark.parametrize(("text", "number", "measures"), [
    # persons "aprehendidos" or "intervenidos" are arrested, not seized
    ("Seis de los detenidos fueron aprehendidos en Cartagena y cuatro en Barranquilla.", "Seis", {"arrests"}),
    ("La policía detuvo a 12 personas en Lima. Los otros seis fueron intervenidos en Trujillo.", "seis", {"arrests"}),
    ("Se hallaron 40 paquetes y 30 de ellos fueron incautados.", "30", {"seized_items"}),
    # the personal "a" makes an unknown noun a person
    ("En Cali los uniformados capturaron a un exempleado de una empresa portuaria.", "un", {"arrests", "people"}),
    ("La policía detuvo a tres vigilantes del puerto.", "tres", {"arrests", "people"}),
    # the drug as the subject of the verb that weighs it
    ("Se incautaron 6,2 toneladas de cocaína. Según el informe, la droga sumaba 6.214 kilos.", "6.214", {"cocaine"}),
    # persons in apposition after a count break it down
    ("Los agentes lograron identificar a dos víctimas, una niña en Badalona y un niño en Mataró.", "una",
     {"victims", "people"}),
    # a count in brackets after a place of a list of provinces: the arrests, not the provinces
    ("Las detenciones se practicaron en las provincias de Cádiz (nueve), Málaga (cinco) y Sevilla (tres).", "cinco",
     {"arrests"}),
    # a copula left out of the second of two clauses
    ("De ellos, unos 176.000 eran imágenes y casi 38.000, vídeos.", "38.000", {"videos"}),
])
def test_persons_drugs_and_elided_verbs(text: str, number: str, measures: set[str]) -> None:
    assert measures <= _one(text, number).measures


@pytest.mark.parametrize(("text", "number", "qualifier"), [
    ("Los análisis indican una pureza superior al 88 %.", "88", "more than"),
    ("El negocio dejaba un margen cercano al 50 por ciento.", "50", "almost"),
    # "hasta" after a verb of rising or falling is the figure reached, not a bound
    ("En Medina del Campo los delitos crecieron un 6 %, hasta 1.018.", "1.018", None),
    ("Los casos han aumentado un 31 por ciento en lo que va de año, hasta los 126 casos.", "126", None),
    ("Los delitos están castigados con penas de hasta 18 años de prisión.", "18", "at most"),
])
def test_qualifiers_of_bounds_and_of_figures_reached(text: str, number: str, qualifier: str | None) -> None:
    assert _one(text, number).number.qualifier == qualifier


def test_a_range_with_a_currency_sign_at_each_end() -> None:
    found = _one("Cada migrante pagaba entre US$4,000 y US$6,500 a la red.", "4,000 y US$6,500")
    assert (found.number.value, found.number.high, found.number.unit) == (4000, 6500, "USD")


@pytest.mark.parametrize(("text", "number", "place"), [
    ("La provincia de Valladolid cerró el año pasado con 17.846 infracciones penales.", "17.846", "Valladolid"),
    ("Mientras, en la vecina Palencia la criminalidad creció un 1,8 %, hasta 5.402 infracciones.", "5.402",
     "Palencia"),
    ("Mientras, en el estado mexicano de Chiapas, el instituto informó del rescate de 130 migrantes.", "130",
     "Chiapas"),
    ("El alijo apareció en una terminal de Cartagena, donde una inspección permitió incautar 6,2 toneladas de "
     "cocaína.", "6,2", "Cartagena"),
    ("Se intervinieron unos 86.000 litros de gasóleo almacenados en cisternas ocultas en una nave de Écija.",
     "86.000", "Écija"),
])
def test_places_of_subjects_neighbours_and_where_clauses(text: str, number: str, place: str) -> None:
    assert place in _one(text, number).places


def test_a_namesake_beside_towns_of_the_texts_country_is_that_countrys() -> None:
    text = ("La Policía Nacional ha detenido en Castilla-La Mancha a doce personas. Los arrestos se han producido "
            "en Toledo, Ciudad Real y Albacete y en Guadalajara: cuatro en Toledo, tres en Ciudad Real, dos en "
            "Albacete, dos en Guadalajara y uno en Cuenca.")
    read = [(e.number.text, e.places) for e in evidence(text, "es")]
    assert ("uno", ("Cuenca", "Castilla-La Mancha", "Spain")) in read
    # far from any town of the text's country, a namesake keeps its own reading
    chile = "La Fiscalía de Perú, en Lima y Cusco y Arequipa, pidió ayuda. La policía chilena detuvo en Santiago a dos."
    assert "Peru" not in _one(chile, "dos").places


@pytest.mark.parametrize(("text", "number", "measures"), [
    # a subject with a complement before its passive predicate
    ("Un total de 14 presuntos integrantes de la banda conocida como 'Los del Puente' fueron capturados ayer.", "14",
     {"arrests", "members"}),
    # a part that acts is a part of the persons, whatever counted thing is nearer
    ("Las víctimas, once chicas de entre 12 y 15 años, enviaron 56 vídeos, y tres de ellas le hicieron "
     "transferencias.", "tres", {"victims"}),
    ("Las víctimas, once chicas de entre 12 y 15 años residentes en Zaragoza, denunciaron los hechos.", "once",
     {"victims", "people"}),
    # "procedimientos" are cases; "esa droga" the drug named before
    ("Las causas crecieron un 22 % en Aragón el año pasado, hasta los 147 procedimientos.", "147", {"cases"}),
    ("Se incautaron 2.184 kilos de cocaína. En 2024 se incautaron 7,4 toneladas de esa droga.", "7,4", {"cocaine"}),
])
def test_subjects_parts_that_act_and_nouns_of_cases(text: str, number: str, measures: set[str]) -> None:
    assert measures <= _one(text, number).measures


def test_millions_with_no_noun_after_money_are_that_money() -> None:
    found = _one("Su familia pagó 150 millones de pesos; los captores habían exigido 500 millones.", "500 millones")
    assert (found.number.kind, found.number.value) == ("money", 500_000_000)


@pytest.mark.parametrize(("text", "number", "place"), [
    ("Fuentes de la investigación indicaron que en Bélgica ya fueron arrestadas otras dos personas.", "dos",
     "Belgium"),
    ("En Argentina, en 2024, las fuerzas federales incautaron 7,4 toneladas de cocaína en terminales portuarias "
     "del país. En Rosario y Zárate hubo más registros.", "7,4", "Argentina"),
])
def test_places_of_reported_speech_and_of_the_country(text: str, number: str, place: str) -> None:
    assert place in _one(text, number).places


def test_millions_and_thousands_written_in_words_as_mexico_writes_them() -> None:
    found = _one("Fuerzas federales aseguraron un millón 120 mil pastillas de fentanilo.", "un millón 120 mil")
    assert found.number.value == 1_120_000 and {"fentanyl", "pills"} <= found.measures


@pytest.mark.parametrize(("text", "number", "expected"), [
    ("Sus beneficios superarían los 2,8 millones de euros.", "2,8 millones", "more than"),
    ("En Almuñécar los casos se han duplicado hasta los 140.", "140", None),
])
def test_conditional_bounds_and_a_doubling_reached(text: str, number: str, expected: str | None) -> None:
    assert _one(text, number).number.qualifier == expected


def test_a_crew_detained_with_a_possessive_are_arrests() -> None:
    assert "arrests" in _one("Los agentes interceptaron la lancha y detuvieron a sus seis tripulantes.", "seis").measures


def test_where_it_was_going_and_towns_listed_with_their_figures() -> None:
    going = _one("En Sonora, los agentes localizaron 780 mil pastillas listas para cruzar a Arizona.", "780 mil")
    assert "Arizona" not in going.places
    listed = _one("Por partidos judiciales destacan Motril (512), Baza (198) y Loja (163), en la provincia de Granada.",
                  "198")
    assert "Baza" in listed.places


@pytest.mark.parametrize(("text", "number", "measure"), [
    # the number, then the noun it is predicated of
    ("Con la operación de ayer, son ya 31 los arrestados por la trama.", "31", "arrests"),
    ("Ascienden a 58 las víctimas identificadas en la provincia.", "58", "victims"),
    # kidnapped persons are victims; "otro" as one more person
    ("La banda tenía secuestradas a tres personas en una finca.", "tres", "victims"),
    ("En una vivienda de Cuenca, los agentes detuvieron a otro hombre.", "otro", "arrests"),
    # the figure something rose to, with a time between the change and the figure
    ("Las denuncias por estafa en la región crecieron un 14 % el año pasado, hasta las 2.315.", "2.315",
     "complaints"),
    # new words of the field
    ("Se intervinieron 1.480 panes de droga y 14 contenedores.", "1.480", "packages"),
    ("La Fiscalía ha abierto 96 carpetas de investigación.", "96", "investigations"),
    ("Los ladrones se llevaron 87 joyas y 12 relojes.", "87", "jewellery"),
])
def test_what_a_number_counts_in_constructions_met_later(text: str, number: str, measure: str) -> None:
    assert measure in _read(text)[number][0]


def test_a_rise_to_a_figure_is_no_bound() -> None:
    read = evidence("Las denuncias por estafa en la región crecieron un 14 % el año pasado, hasta las 2.315.", "es")
    assert [e.number.qualifier for e in read if e.number.text == "2.315"] == [None]


def test_a_term_range_of_years_is_a_duration_not_an_age() -> None:
    read = evidence("El código prevé penas de 10 a 13 años de privación de libertad.", "es")
    assert [(e.number.kind, e.number.value, e.number.high) for e in read] == [("duration", 10.0, 13.0)]


def test_a_department_of_paraguay_named_after_departamento_de() -> None:
    read = _read("Fueron erradicadas 155 hectáreas en el departamento de Concepción y 40 en Amambay.")
    assert read["155"][1][-1] == "Paraguay"


def test_victims_identified_are_no_suspects() -> None:
    assert _read("Los investigadores lograron identificar a 23 víctimas.")["23"][0] == {"people", "victims"}


def test_a_place_with_con_takes_the_measure_of_the_sentence_before() -> None:
    read = _read("Andalucía encabeza la estadística con 7.310 diligencias. En el extremo opuesto figuran "
                 "La Rioja, con 286, y Cantabria, con 412.")
    assert "investigations" in read["286"][0] and read["286"][1][0] == "La Rioja"
    assert "investigations" in read["412"][0] and read["412"][1][0] == "Cantabria"


def test_a_bare_weight_is_of_the_drug_named_before() -> None:
    read = _read("La cocaína incautada sumó 118,4 toneladas. En Galicia se interceptaron 31 toneladas.")
    assert read["118,4"][0] == {"cocaine"} and read["31"][0] == {"cocaine"}
    assert _read("Los agentes pesaron 40 kilos.")["40"][0] == frozenset()  # no drug named: nothing


def test_a_weight_shares_the_noun_of_the_weight_it_is_joined_to() -> None:
    read = _read("Se incautó cocaína. En dos naves se hallaron 2.140 y 1.720 kilos de hachís.")
    assert read["2.140"][0] == {"cannabis"} and read["1.720"][0] == {"cannabis"}
