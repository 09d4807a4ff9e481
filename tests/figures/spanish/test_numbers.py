"""The Spanish number reader: digits as Spanish groups them, words through text2num's Spanish,
qualifiers, kinds. Properties check it against Python's own formatting and num2words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from validator.figures.spanish.numbers import convention, read_numbers


def _one(text: str):
    found = read_numbers(text)
    assert len(found) == 1, found
    return found[0]


def _spanish_grouping(value: int) -> str:
    return f"{value:,}".replace(",", ".")


@given(st.integers(1000, 999_999_999))
def test_grouped_digits_read_back_whatever_their_size(value: int) -> None:
    number = _one(f"Los agentes intervinieron {_spanish_grouping(value)} archivos.")
    assert number.value == value and number.kind == "count"


@given(st.integers(1, 999), st.integers(1, 9))
def test_a_decimal_comma_is_a_decimal(whole: int, tenth: int) -> None:
    number = _one(f"Se incautaron {whole},{tenth} toneladas de hachís.")
    assert number.value == pytest.approx(whole + tenth / 10) and number.kind == "quantity"


@given(st.integers(1, 999_999))
def test_number_words_read_as_num2words_writes_them(value: int) -> None:
    words = num2words(value, lang="es")
    number = _one(f"La policía detuvo a {words} personas.")
    assert number.value == value


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("más de 41.000 archivos", 41000, "more than"),
    ("unas 300 personas", 300, "about"),
    ("cerca de 50 detenidos", 50, "almost"),
    ("al menos 12 registros", 12, "at least"),
    ("hasta 3.000 kilos", 3000, "at most"),
    ("un total de 23 detenidos", 23, None),
    ("en torno a los 200 agentes", 200, "about"),
    ("más de un centenar de víctimas", 100, "more than"),
    ("una veintena de detenidos", 20, "about"),
    ("medio millón de imágenes", 500_000, None),
    ("dos docenas de teléfonos", 24, None),
    ("superan los 10 millones de euros", 10_000_000, "more than"),
    ("la droga habría superado los 250 millones de dólares", 250_000_000, "more than"),
    ("los casos rozaron los 2.300", 2300, "almost"),
    ("el botín rondaba las 400 piezas", 400, "about"),
    ("3.000 plantas o más", 3000, "at least"),
])
def test_qualifiers_and_collective_numbers(text: str, value: float, qualifier: str | None) -> None:
    number = _one(text)
    assert (number.value, number.qualifier) == (value, qualifier)


@pytest.mark.parametrize(("text", "kind"), [
    ("un hombre de 45 años", "age"),
    ("fue condenado a 12 años de prisión", "duration"),
    ("el 14 de marzo", "date"),
    ("en 2021", "year"),
    ("el 20 % de los casos", "percent"),
    ("el 20 por ciento de los casos", "percent"),
    ("1,2 millones de euros", "money"),
    ("US$ 3 millones", "money"),
    ("a las 10.30 horas", "time"),
    ("quedó en 1.º lugar", "ordinal"),
])
def test_kinds(text: str, kind: str) -> None:
    assert _one(text).kind == kind


@pytest.mark.parametrize("text", [
    "Llame al 091 o al 900 123 456.",
    "el artículo 189 del Código Penal",
    "el Juzgado de Instrucción número 4",
    "a través del 112",
])
def test_labels_and_telephone_numbers_are_not_figures(text: str) -> None:
    assert read_numbers(text) == []


def test_a_range_takes_the_kind_and_scale_of_its_second_number() -> None:
    number = _one("entre 2 y 3 millones de euros")
    assert (number.value, number.high, number.kind, number.unit) == (2_000_000, 3_000_000, "money", "EUR")
    percent = _one("Entre el 30 y el 40 % de las víctimas")
    assert (percent.value, percent.high, percent.kind) == (30, 40, "percent")


def test_a_change_is_not_a_range() -> None:
    assert len(read_numbers("los robos pasaron de 50 a 60")) == 2


def test_a_report_from_the_americas_groups_with_commas() -> None:
    text = "Se aseguraron 1,674,200 pesos y 2.5 toneladas de cocaína."
    assert convention(text) == "en"
    money, quantity = read_numbers(text)
    assert money.value == 1_674_200 and money.unit == "MXN"
    assert quantity.value == 2.5 and quantity.unit == "metric_ton"


def test_vague_plurals_are_lower_bounds() -> None:
    tens = _one("decenas de víctimas")
    assert tens.vague and tens.value == 20
    many = _one("decenas de miles de archivos")
    assert many.vague and many.value == 20_000
