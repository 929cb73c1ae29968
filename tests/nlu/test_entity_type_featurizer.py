"""The entity-type featurizer and the rule layer it shares with the entity extractor.

The featurizer gives the intent classifier one binary sentence column per kind of entity the
rule layer finds; the extractor later in the pipeline must take those same findings (the rules
run once per message) and give them as its entities.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.paths import ROOT

CONFIG = {
    "backend": "kiwi",
    "dictionary_path": str(ROOT / "nlu_data" / "dictionary"),
    "patterns_path": str(ROOT / "nlu_data" / "patterns"),
    "program_synonyms_path": str(ROOT / "nlu_data" / "train" / "program_synonyms.yml"),
}
TRAINING_TEXTS = ["안녕하세요", "애가 18개월이에요", "직원 40명 제조업이에요", "월급 300인데 육휴 얼마 나와요"]
MESSAGE_DATE = {"message_date": "2026-11-24"}


def _context(name: str):
    from rasa.engine.graph import ExecutionContext, GraphSchema

    return ExecutionContext(GraphSchema({}), node_name=name)


@pytest.fixture(scope="module")
def components(tmp_path_factory: pytest.TempPathFactory):
    """A featurizer trained on four messages and loaded back, and an extractor, one model storage."""
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot.components.entity_type_featurizer import EntityTypeFeaturizer
    from bot.components.korean_entity_extractor import KoreanRuleEntityExtractor

    storage = LocalModelStorage(Path(tmp_path_factory.mktemp("entity-types")))
    resource = Resource("entity_types")
    trained = EntityTypeFeaturizer.create(CONFIG, storage, resource, _context("types"))
    trained.train(TrainingData([Message.build(text=text, intent="x") for text in TRAINING_TEXTS]))
    featurizer = EntityTypeFeaturizer.load(CONFIG, storage, resource, _context("types"))
    extractor_config = {**KoreanRuleEntityExtractor.get_default_config(), **CONFIG}  # as the graph merges them
    extractor = KoreanRuleEntityExtractor.create(extractor_config, storage, Resource("extractor"), _context("extractor"))
    return featurizer, extractor


def _sentence_row(message) -> np.ndarray:
    from rasa.shared.nlu.constants import TEXT

    sequence, sentence = message.get_sparse_features(TEXT)
    assert sequence is None  # token rows stay the other featurizers' own
    return sentence.features.toarray()[0]


def test_columns_are_the_entity_types_found_in_training(components) -> None:
    featurizer, _ = components
    assert list(featurizer._column) == ["child_age_months", "headcount", "industry", "monthly_wage", "program"]


@pytest.mark.parametrize("text,types", [
    ("안녕하세요 애가 14개월이에요", {"child_age_months"}),
    ("우리 회사 직원 12명 제조업", {"headcount", "industry"}),
    ("안녕하세요", set()),
    ("출산예정일이 3월 2일이에요", set()),  # a type the training messages never had: no column
])
def test_a_message_gets_one_binary_column_per_type_found(components, text: str, types: set) -> None:
    from rasa.shared.nlu.training_data.message import Message

    featurizer, _ = components
    message = Message.build(text=text)
    featurizer.process([message])
    row = _sentence_row(message)
    assert {name for name, column in featurizer._column.items() if row[column]} == types
    assert set(row) <= {0.0, 1.0}


@pytest.mark.parametrize("text", ["", "😀😀😀"])
def test_messages_without_words_get_no_type(components, text: str) -> None:
    from rasa.shared.nlu.training_data.message import Message

    featurizer, _ = components
    message = Message.build(text=text)
    featurizer.process([message])
    if text:
        assert not _sentence_row(message).any()


def test_the_extractor_takes_what_the_featurizer_found(components, monkeypatch) -> None:
    """The rules run once per message: the extractor reads the featurizer's findings."""
    from rasa.shared.nlu.constants import ENTITIES
    from rasa.shared.nlu.training_data.message import Message

    featurizer, extractor = components
    assert featurizer.layer is extractor.layer  # one spaCy pipeline for both
    message = Message.build(text="월급 300인데 애가 18개월이에요", metadata=MESSAGE_DATE)
    featurizer.process([message])
    monkeypatch.setattr(type(extractor.layer), "find", lambda *args: pytest.fail("rules ran twice"))
    extractor.process([message])
    assert [(e["entity"], e["value"], e["extractor"]) for e in message.get(ENTITIES)] == [
        ("monthly_wage", 3000000, "KoreanRuleEntityExtractor"),
        ("child_age_months", 18, "KoreanRuleEntityExtractor"),
    ]


def test_the_extractor_alone_still_runs_the_rules(components) -> None:
    from rasa.shared.nlu.constants import ENTITIES
    from rasa.shared.nlu.training_data.message import Message

    _, extractor = components
    message = Message.build(text="다음 달에 복직해요", metadata=MESSAGE_DATE)
    extractor.process([message])
    assert [(e["entity"], e["value"]) for e in message.get(ENTITIES)] == [("date", "2026-12-01")]


def test_an_unknown_backend_is_refused() -> None:
    from bot.components.entity_type_featurizer import EntityTypeFeaturizer

    with pytest.raises(ValueError, match="backend"):
        EntityTypeFeaturizer.validate_config({"backend": "mecab"})


def test_the_model_keeps_its_rule_data_and_types(components) -> None:
    """A loaded model parses with the rules it was trained with, not the files of the machine."""
    from bot.components.entity_type_featurizer import TYPES_FILE
    from bot.components.rule_layer_store import RULE_DATA_FILE

    featurizer, _ = components
    with featurizer._model_storage.read_from(featurizer._resource) as directory:
        assert sorted(path.name for path in directory.iterdir()) == sorted([RULE_DATA_FILE, TYPES_FILE])
