"""Fixtures of the Korean NLU tests: analysers and the rule layer, built once per session."""
from __future__ import annotations

import datetime as dt
from typing import Tuple

import pytest

from bot.components.korean_morphology import UserWord, read_user_dictionary
from bot.paths import ROOT

MESSAGE_DATE = dt.date(2026, 11, 24)  # the fixed message date of nlu_data (a Tuesday)


@pytest.fixture(scope="session")
def user_words() -> Tuple[UserWord, ...]:
    return read_user_dictionary(ROOT / "nlu_data" / "dictionary")


@pytest.fixture(scope="session")
def rule_layer(user_words):
    """The Kiwi-backed rule layer with the repository's pattern data."""
    from bot.components.korean_rules import KoreanRuleLayer, load_rule_data
    from bot.components.spacy_korean import make_korean_nlp

    data = load_rule_data(ROOT / "nlu_data" / "patterns", ROOT / "nlu_data" / "train" / "program_synonyms.yml")
    return KoreanRuleLayer(make_korean_nlp("kiwi", user_words), data)


def entity_values(layer, text: str, message_date: dt.date = MESSAGE_DATE) -> list:
    """(entity, value) pairs the rule layer finds, in text order."""
    return [(e.entity, e.value) for e in layer.find(text, message_date)]
