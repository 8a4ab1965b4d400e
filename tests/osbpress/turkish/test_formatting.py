"""Dates, times, lists, numbers and percentages through babel in Turkish."""

import datetime as dt

import pytest

from osbpress.turkish import (
    format_date,
    format_datetime,
    format_list,
    format_number,
    format_percent,
    format_time,
)

DAY = dt.date(2024, 11, 24)


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("long", "24 Kasım 2024"),
        ("full", "24 Kasım 2024 Pazar"),
        ("medium", "24 Kas 2024"),
        ("short", "24.11.2024"),
    ],
)
def test_format_date(style: str, written: str) -> None:
    assert format_date(DAY, style) == written  # type: ignore[arg-type]


def test_format_date_defaults_to_long_and_names_every_month() -> None:
    assert format_date(DAY) == "24 Kasım 2024"
    months = [format_date(dt.date(2025, month, 1)).split()[1] for month in range(1, 13)]
    assert months == [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ]


def test_times() -> None:
    assert format_time(dt.time(14, 30)) == "14:30"
    assert format_time(dt.time(9, 5)) == "09:05"
    assert format_datetime(dt.datetime(2024, 11, 24, 14, 30)) == "24 Kasım 2024 14:30"


@pytest.mark.parametrize(
    ("items", "written"),
    [
        ([], ""),
        (["JICA"], "JICA"),
        (["JICA", "KOSGEB"], "JICA ve KOSGEB"),
        (["JICA", "KOSGEB", "TÜBİTAK"], "JICA, KOSGEB ve TÜBİTAK"),
        (["A", "B", "C", "D"], "A, B, C ve D"),
    ],
)
def test_format_list(items: list[str], written: str) -> None:
    assert format_list(items) == written


@pytest.mark.parametrize(
    ("value", "written"),
    [(1234567.89, "1.234.567,89"), (1234567, "1.234.567"), (0.5, "0,5"), (-1500, "-1.500")],
)
def test_format_number(value: float, written: str) -> None:
    assert format_number(value) == written


def test_format_percent() -> None:
    assert format_percent(0.25) == "%25"
    assert format_percent(1) == "%100"
