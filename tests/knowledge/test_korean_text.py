"""Particles chosen by the last syllable of real program words."""
from __future__ import annotations

import pytest

from knowledge.korean_text import subject_particle, topic_particle


@pytest.mark.parametrize("word, subject, topic", [
    ("육아휴직", "이", "은"),
    ("출산전후휴가", "가", "는"),
    ("육아기 근로시간 단축", "이", "은"),
    ("서울디지털산업단지", "가", "는"),
    ("G밸리", "가", "는"),
])
def test_particle_follows_the_last_syllable(word: str, subject: str, topic: str) -> None:
    assert (subject_particle(word), topic_particle(word)) == (subject, topic)
