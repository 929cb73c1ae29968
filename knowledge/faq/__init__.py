"""Rule questions (FAQ) answered from dated knowledge data, with article and effective date.

    from knowledge.faq import load_faq, answer_faq
    answer = answer_faq("spouse_leave_days", as_of=date(2026, 11, 24))
    answer.text   # answer + "근거: …, 시행일 …" + "예전에는 …" + 1350 caveat for C/UNVERIFIED

Plain Python: no Rasa import. Data: `knowledge/faq/data/*.yaml` (format in `loader.py`).
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from knowledge.faq.loader import DATA_DIR, load_directory
from knowledge.faq.model import FaqAnswer, FaqEntry, FaqVersion
from knowledge.faq.render import UnknownFaqKeyError, render_answer

__all__ = ["FaqAnswer", "FaqEntry", "FaqVersion", "UnknownFaqKeyError", "answer_faq", "load_faq"]


@lru_cache(maxsize=4)
def _load_cached(directory: Path) -> dict[str, FaqEntry]:
    return load_directory(directory)


def load_faq(directory: Path = DATA_DIR) -> dict[str, FaqEntry]:
    """Every rule question by key (loaded strictly once per process and directory)."""
    return dict(_load_cached(Path(directory)))


def answer_faq(key: str, as_of: date, directory: Path = DATA_DIR) -> FaqAnswer:
    """The rendered answer to question `key` under the rules in force on `as_of`.

    Raises `UnknownFaqKeyError` for an unknown key and `NotInForceError` for a date before the
    first modelled rule of that question.
    """
    entries = _load_cached(Path(directory))
    if key not in entries:
        raise UnknownFaqKeyError(key)
    return render_answer(entries[key], as_of)
