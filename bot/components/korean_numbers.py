"""Read numbers written the way people type them: 300, 4,200, 2.5, 삼백, 사천이백, 3천5백, 열두."""
from __future__ import annotations

import re
from typing import List, Optional, Union

from bot.components.ko_number_words import LARGE_UNITS, NATIVE_NUMBERS, SINO_DIGITS, SMALL_UNITS

Number = Union[int, float]

_DIGIT_RUN = re.compile(r"\d+(?:\.\d+)?")
_NATIVE_WORDS = sorted(NATIVE_NUMBERS, key=len, reverse=True)


def parse_korean_number(text: str) -> Optional[Number]:
    """Value of a number in digits, Sino-Korean words, a mix of both, or native words.

    Returns ``None`` when ``text`` is not a number, so callers can drop a false match.
    """
    compact = text.replace(",", "").replace(" ", "")
    if not compact:
        return None
    native = _parse_native(compact)
    if native is not None:
        return native
    return _parse_sino(compact)


def _parse_native(text: str) -> Optional[int]:
    """Native numerals are additive: 열 + 두 = 12, 스물 + 한 = 21."""
    total, rest = 0, text
    while rest:
        word = next((w for w in _NATIVE_WORDS if rest.startswith(w)), None)
        if word is None:
            return None
        total, rest = total + NATIVE_NUMBERS[word], rest[len(word):]
    return total


def _parse_sino(text: str) -> Optional[Number]:
    """Sino-Korean with digits allowed for any digit: 사천이백 = 4200, 3천5백만 = 35 000 000."""
    total: Number = 0
    section: Number = 0
    digit: Optional[Number] = None
    for piece in _pieces(text):
        if piece is None:
            return None
        if isinstance(piece, str) and piece in SMALL_UNITS:
            section, digit = section + (1 if digit is None else digit) * SMALL_UNITS[piece], None
        elif isinstance(piece, str) and piece in LARGE_UNITS:
            total, section, digit = total + (section + (digit or 0) or 1) * LARGE_UNITS[piece], 0, None
        else:
            digit = piece
    value = total + section + (digit or 0)
    return int(value) if float(value).is_integer() else value


def _pieces(text: str) -> List[Union[str, Number, None]]:
    """Split into digit runs (as numbers), unit characters, and Sino digits; None = not a number."""
    pieces: List[Union[str, Number, None]] = []
    position = 0
    while position < len(text):
        match = _DIGIT_RUN.match(text, position)
        if match:
            pieces.append(float(match.group()) if "." in match.group() else int(match.group()))
            position = match.end()
            continue
        char = text[position]
        pieces.append(SINO_DIGITS.get(char, char if char in SMALL_UNITS or char in LARGE_UNITS else None))
        position += 1
    return pieces
