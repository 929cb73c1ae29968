"""The surface character featurizer: n-grams of the message as typed, whatever its spacing."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.components.surface_char_featurizer import most_common_ngrams, surface_ngrams

TRAINING_TEXTS = ["육휴 얼마 나와요?", "육휴얼마나와요", "출산휴가 언제까지 신청해요?", "안녕하세요"]


def test_ngrams_do_not_depend_on_spacing_and_cross_word_boundaries() -> None:
    spaced, unspaced = surface_ngrams("얼마 나와요", 2, 3), surface_ngrams("얼마나와요", 2, 3)
    assert spaced == unspaced
    assert spaced == ["얼마", "마나", "나와", "와요", "얼마나", "마나와", "나와요"]
    assert surface_ngrams("How MUCH", 4, 4) == ["howm", "owmu", "wmuc", "much"]


@pytest.mark.parametrize("text", ["", "   ", "요", "\n\t"])
def test_texts_shorter_than_the_shortest_ngram_have_none(text: str) -> None:
    assert surface_ngrams(text, 2, 4) == []


def test_the_vocabulary_keeps_ngrams_of_several_messages_most_frequent_first() -> None:
    per_message = [["가나", "나다", "가나"], ["가나", "다라"], ["다라", "나다"], ["마바"]]
    assert most_common_ngrams(per_message, 10, 2) == ["가나", "나다", "다라"]
    assert most_common_ngrams(per_message, 1, 2) == ["가나"]  # in 2 messages, ties by the n-gram
    assert most_common_ngrams(per_message, 10, 1) == ["가나", "나다", "다라", "마바"]
    assert most_common_ngrams(per_message, 0, 1) == []


def _context():
    from rasa.engine.graph import ExecutionContext, GraphSchema

    return ExecutionContext(GraphSchema({}), node_name="surface")


@pytest.fixture(scope="module")
def featurizer(tmp_path_factory: pytest.TempPathFactory):
    """Trained on four messages and loaded back from its model storage."""
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot.components.surface_char_featurizer import SurfaceCharFeaturizer

    storage = LocalModelStorage(Path(tmp_path_factory.mktemp("surface")))
    resource = Resource("surface")
    trained = SurfaceCharFeaturizer.create({}, storage, resource, _context())
    trained.train(TrainingData([Message.build(text=text, intent="x") for text in TRAINING_TEXTS]))
    return SurfaceCharFeaturizer.load({}, storage, resource, _context())


def _row(featurizer, text: str) -> dict:
    from rasa.shared.nlu.constants import TEXT
    from rasa.shared.nlu.training_data.message import Message

    message = Message.build(text=text)
    featurizer.process([message])
    sequence, sentence = message.get_sparse_features(TEXT)
    assert sequence is None  # a sentence feature only
    row = sentence.features.toarray()[0]
    return {gram: row[column] for gram, column in featurizer._column.items() if row[column]}


def test_columns_are_the_ngrams_two_training_messages_share(featurizer) -> None:
    assert sorted(featurizer._column) == sorted(most_common_ngrams(
        [surface_ngrams(text, 2, 4) for text in TRAINING_TEXTS], 20000, 2))
    assert "얼마나와" in featurizer._column and "언제까" not in featurizer._column  # one message only


def test_a_differently_spaced_message_gets_the_same_counts(featurizer) -> None:
    counts = _row(featurizer, "육 휴 얼 마 나 와 요")
    assert counts == _row(featurizer, "육휴얼마나와요")
    assert counts["얼마나와"] == 1 and counts["육휴"] == 1


def test_values_are_counts_and_unknown_ngrams_count_nothing(featurizer) -> None:
    assert _row(featurizer, "육휴 육휴")["육휴"] == 2
    assert _row(featurizer, "ㅋㅋㅋ") == {}
