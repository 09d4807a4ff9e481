"""Dates of a Spanish quote, against the source's publication date (for C004)."""

from __future__ import annotations

import pytest

from validator.dates import parse
from validator.figures.spanish.dates import quote_dates

PUBLISHED = parse("2024-10-17")


@pytest.mark.parametrize(("text", "reading"), [
    ("el pasado mes de septiembre", "2024-09"),
    ("el pasado mes de noviembre", "2023-11"),
    ("El año pasado", "2023"),
    ("las fiestas del Pilar del año pasado", "2023"),
    ("a mediados de 2016", "2016-04-01 to 2016-09-30"),
    ("del 13 al 24 de mayo", "2024-05-13 to 2024-05-24"),
    ("entre el 3 y el 9 de junio de 2022", "2022-06-03 to 2022-06-09"),
    ("el pasado 3 de junio", "2024-06-03"),
    ("en julio del año pasado", "2023-07"),
    ("en marzo de 2023", "2023-03"),
    ("en 2021", "2021"),
    ("en diciembre", "2023-12"),
    ("este año", "2024"),
    ("el último lunes", "2024-10-14"),
    ("el lunes pasado", "2024-10-14"),
])
def test_dates_read_against_publication(text: str, reading: str) -> None:
    found = quote_dates(text, PUBLISHED)
    assert [str(d.range) for d in found] == [reading]


def test_without_a_publication_date_only_dates_with_their_year_are_read() -> None:
    assert [str(d.range) for d in quote_dates("el año pasado y en marzo de 2023", None)] == ["2023-03"]


@pytest.mark.parametrize(("text", "reading"), [
    ("respecto al año pasado, cuando se detuvo a 74 personas", "2023"),
    ("en lo que va de 2024 ha obtenido 11 sentencias", "2024-01-01 to 2024-10-17"),
    ("intervino el pasado día 18 un total de 1.740 kilos", "2024-09-18"),
    ("detuvieron la semana pasada a 21 personas", "2024-10-06 to 2024-10-14"),
    # 17 October 2024 is a Thursday: the weekend before it
    ("en acciones realizadas el pasado fin de semana", "2024-10-12 to 2024-10-13"),
    ("durante el fin de semana pasado", "2024-10-12 to 2024-10-13"),
])
def test_more_relative_dates(text: str, reading: str) -> None:
    assert [str(d.range) for d in quote_dates(text, PUBLISHED)] == [reading]
