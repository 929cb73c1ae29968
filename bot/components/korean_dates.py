"""Resolve Korean date expressions against the date a message was written.

Rules (nlu_data/README.md, message date 2026-11-24 as the example):
- 오늘/내일/모레/어제 → that day; 다음 주 → Monday of next week; 이번 달/다음 달 → first day of that month.
- 올해/작년/내년 3월 → the first of that month in that year; a day given → that day.
- A month without a year is the next occurrence (from the message's month on) for future
  events (예정, 복직) and the latest occurrence (up to the message's month) for past events (생, 태어났).
- Months and days read out in Hangul are numbers too: 일월 이십일 = 1월 20일, 유월 = 6월.
- An impossible date (2월 30일) resolves to ``None``: the rule layer drops the entity.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Mapping, Optional

from bot.components.korean_numbers import parse_korean_number

FUTURE = "future"
PAST = "past"

RELATIVE_YEARS = {"재작년": -2, "작년": -1, "지난해": -1, "올해": 0, "올": 0, "금년": 0,
                  "내년": 1, "후년": 2, "내후년": 2}
RELATIVE_MONTHS = {"지난달": -1, "저번달": -1, "이번달": 0, "이달": 0, "다음달": 1, "담달": 1, "다다음달": 2}
RELATIVE_WEEKS = {"이번주": 0, "다음주": 1, "담주": 1}
RELATIVE_DAYS = {"그저께": -2, "어제": -1, "오늘": 0, "내일": 1, "모레": 2}
# months read out in Hangul drop a final consonant: 육월 is said 유월, 십월 시월
SPOKEN_MONTHS = {"유": 6, "시": 10}


def _squash(text: Optional[str]) -> str:
    """Remove spaces so 다음 달 and 다음달 read alike."""
    return re.sub(r"\s+", "", text or "")


def add_months(day: dt.date, months: int) -> dt.date:
    """First day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def resolve_date(groups: Mapping[str, Optional[str]], message_date: dt.date, direction: str) -> Optional[dt.date]:
    """Resolve the named groups of a DATE match (see nlu_data/patterns/quantities.yml)."""
    if groups.get("iy"):
        return _safe_date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
    if groups.get("rel_day"):
        return message_date + dt.timedelta(days=RELATIVE_DAYS[_squash(groups["rel_day"])])
    if groups.get("rel_week"):
        monday = message_date - dt.timedelta(days=message_date.weekday())
        return monday + dt.timedelta(weeks=RELATIVE_WEEKS[_squash(groups["rel_week"])])
    if groups.get("rel_month"):
        first = add_months(message_date, RELATIVE_MONTHS[_squash(groups["rel_month"])])
        return _safe_date(first.year, first.month, int(groups.get("day") or 1))
    if groups.get("month"):
        return _resolve_month(groups, message_date, direction)
    return None


def _resolve_month(groups: Mapping[str, Optional[str]], message_date: dt.date, direction: str) -> Optional[dt.date]:
    """A month with an optional year (2027년, 27년, 내년) and an optional day."""
    month, day = _month_number(groups["month"]), _month_number(groups.get("day") or "1")
    if month is None or day is None:
        return None
    if groups.get("year"):
        year = int(groups["year"])
        return _safe_date(year + 2000 if year < 100 else year, month, day)
    if groups.get("rel_year"):
        return _safe_date(message_date.year + RELATIVE_YEARS[_squash(groups["rel_year"])], month, day)
    return _safe_date(_implied_year(month, message_date, direction), month, day)


def _month_number(text: str) -> Optional[int]:
    """A month or day number in digits (3, 03) or Hangul (삼, 이십일, 유월's 유)."""
    if text.isdigit():
        return int(text)
    if text in SPOKEN_MONTHS:
        return SPOKEN_MONTHS[text]
    value = parse_korean_number(text)
    return int(value) if isinstance(value, int) else None


def _implied_year(month: int, message_date: dt.date, direction: str) -> int:
    """Next occurrence for future events, latest occurrence for past ones."""
    if direction == PAST:
        return message_date.year - 1 if month > message_date.month else message_date.year
    return message_date.year + 1 if month < message_date.month else message_date.year


def _safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    """A real calendar date, or ``None`` for 2월 30일 and the like."""
    if not (1 <= month <= 12 and dt.MINYEAR <= year <= dt.MAXYEAR):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)
