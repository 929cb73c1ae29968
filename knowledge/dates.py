"""Calendar arithmetic the rules need: months, ages (만 나이) and school grades."""
from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day (1월 31일 + 1개월 = 2월 28/29일)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    if day.day <= 28:  # every month has the day: skip the calendar look-up (hot path)
        return date(year, month, day.day)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def age_in_months(birth: date, on: date) -> int:
    """Completed months of age on `on` (18개월 = 18 full months since birth)."""
    months = (on.year - birth.year) * 12 + (on.month - birth.month)
    if on.day < birth.day:
        months -= 1
    return months


def age_in_years(birth: date, on: date) -> int:
    """만 나이 on `on`."""
    return age_in_months(birth, on) // 12


def school_grade(birth: date, on: date, entry_age: int, school_year_start_month: int) -> int:
    """Elementary grade on `on` (0 before school) for a child entering at `entry_age`.

    Korean children enter elementary school in the school year (starting in March) of the year
    they turn `entry_age` by Korean calendar-year counting: born in year Y → 1학년 from March Y+7.
    """
    first_year = birth.year + entry_age
    school_year = on.year if on.month >= school_year_start_month else on.year - 1
    return max(0, school_year - first_year + 1)


def months_between(start: date, end: date) -> int:
    """Whole months from `start` to `end` (end exclusive)."""
    return age_in_months(start, end)


def first_month_from(start: date, day: date) -> int:
    """The first month index k with `add_months(start, k) >= day` (0 when `day <= start`)."""
    if day <= start:
        return 0
    months = max((day.year - start.year) * 12 + day.month - start.month - 1, 0)
    while add_months(start, months) < day:
        months += 1
    return months
