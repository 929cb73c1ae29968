"""Korean particles for generated sentences: 이/가 and 은/는 depend on the word's last syllable."""
from __future__ import annotations

from datetime import date

HANGUL_FIRST, HANGUL_LAST = "가", "힣"
FINALS_PER_SYLLABLE = 28  # Unicode Hangul: 28 final-consonant slots per syllable block


def has_final_consonant(word: str) -> bool:
    """Whether a Korean word ends in a 받침 (a final consonant); other scripts count as open."""
    last = word[-1]
    return HANGUL_FIRST <= last <= HANGUL_LAST and (ord(last) - ord(HANGUL_FIRST)) % FINALS_PER_SYLLABLE != 0


def subject_particle(word: str) -> str:
    """이/가 after a Korean word."""
    return "이" if has_final_consonant(word) else "가"


def topic_particle(word: str) -> str:
    """은/는 after a Korean word."""
    return "은" if has_final_consonant(word) else "는"


def korean_date(day: date) -> str:
    """A date as Korean users write it: 2026년 11월 27일 (for dates read from law data)."""
    return f"{day.year}년 {day.month}월 {day.day}일"
