"""Korean number words as language data (Sino-Korean and native Korean numerals)."""
from __future__ import annotations

from typing import Dict

# Sino-Korean digits (일, 이, 삼 ...); 공/영 are zero as read out in phone numbers and prices.
SINO_DIGITS: Dict[str, int] = {
    "영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5,
    "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9,
}

# Units that multiply the digit before them within one 만-section.
SMALL_UNITS: Dict[str, int] = {"십": 10, "백": 100, "천": 1000}

# Units that close a section (3천5백만 = 3500 × 10 000).
LARGE_UNITS: Dict[str, int] = {"만": 10_000, "억": 100_000_000}  # law-data-ok (numeral unit)

# Native Korean numerals, in their attributive forms too (한 살, 두 달, 세 살, 스무 살).
NATIVE_NUMBERS: Dict[str, int] = {
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "넷": 4, "네": 4, "넉": 4,
    "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
    "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50,
}

# Fractions spoken with a unit: 1년 반 = 1.5 years.
HALF = "반"
