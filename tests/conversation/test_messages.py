"""Wording helpers: exact won, Korean dates, month ranges, phone-sized bubbles."""
from __future__ import annotations

from datetime import date

from knowledge.result import MonthlyAmount

from actions.messages import korean_date, month_ranges, split_for_phone, won


def test_won_is_exact_with_thousands_separators():
    assert won(1684210) == "1,684,210원"


def test_korean_date():
    assert korean_date(date(2026, 11, 24)) == "2026년 11월 24일"
    assert korean_date("2027-01-01") == "2027년 1월 1일"


def test_equal_consecutive_months_are_grouped():
    months = [MonthlyAmount(m, a) for m, a in [(1, 2500000), (2, 2500000), (3, 2500000), (4, 2000000),
                                               (5, 1600000), (6, 1600000)]]
    assert month_ranges(months) == ["1~3개월 월 2,500,000원", "4개월 월 2,000,000원",
                                    "5~6개월 월 1,600,000원"]


def test_bubbles_never_exceed_the_limit_and_never_cut_a_line():
    lines = [f"{i}번째 줄 " + "가" * 30 for i in range(20)]
    bubbles = split_for_phone(lines, limit=100)
    assert all(len(b) <= 100 for b in bubbles)
    assert "\n".join(bubbles).split("\n") == lines
