"""The linear intent classifier, the FAQ topic selector and the question focus, trained for real.

A tiny Rasa NLU model (WhitespaceTokenizer, CountVectors, the two components) is trained on a
handful of Korean examples and loaded back from disk, so persistence, parsing and the output
format are exercised as in the bot. That the question of a long story decides its intent is
checked on the real model (tests/nlu/test_trained_model.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import numpy as np
import pytest
import scipy.sparse

from bot.components.fingerprints import files_fingerprint
from bot.components.linear_text_model import weighted
from bot.components.question_focus import question_span

STORY = ("안녕하세요. 저는 제조업 회사 다니는 직장맘이고 아이는 작년 3월생이에요. 회사는 직원이 45명이고 "
         "월급은 300 정도예요. 남편은 지방에서 일해서 평일에는 혼자 봐요. 어린이집 적응 기간이라 아이가 "
         "자주 아파요. 그럼 제가 육아휴직 쓰면 한 달에 얼마 받을 수 있어요? 답변 부탁드려요.")


@pytest.mark.parametrize("text,question", [
    ("육휴 얼마 나와요?", "육휴 얼마 나와요?"),
    (STORY, "그럼 제가 육아휴직 쓰면 한 달에 얼마 받을 수 있어요?"),
    # no question mark: the last sentence; a very short last one takes the one before too
    ("아이는 두 살이고 회사는 30명이에요. 회사 분위기가 안 좋아서 걱정이 많아요 "
     "남편도 같이 쓸 수 있는지 알고 싶어요 감사해요", "남편도 같이 쓸 수 있는지 알고 싶어요 감사해요"),
])
def test_question_span_finds_the_question_of_a_long_story(text: str, question: str) -> None:
    start, end = question_span(text, min_chars=60)
    assert text[start:end] == question


def test_short_message_is_its_own_question() -> None:
    assert question_span("배출휴가 며칠?", min_chars=120) == (0, len("배출휴가 며칠?"))
    assert question_span("", min_chars=120) == (0, 0)


def test_fingerprint_changes_with_a_data_file(tmp_path: Path) -> None:
    (tmp_path / "words.tsv").write_text("육휴\tNNP\n", encoding="utf-8")
    before = files_fingerprint([tmp_path])
    (tmp_path / "words.tsv").write_text("육휴\tNNP\n배출휴가\tNNP\n", encoding="utf-8")
    assert files_fingerprint([tmp_path]) != before


def test_weighting_matches_sklearn_tfidf_within_each_block() -> None:
    """Sublinear TF-IDF with L2 rows, as sklearn's TfidfTransformer does, but per block: the
    whole-message block and the question block are each normalised on their own."""
    from sklearn.feature_extraction.text import TfidfTransformer

    counts = scipy.sparse.csr_matrix(np.array([[1, 0, 2, 3, 0], [0, 0, 0, 0, 0], [4, 1, 0, 0, 2]], dtype=float))
    widths = (3, 2)
    tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
    expected = np.hstack([TfidfTransformer(sublinear_tf=True).fit(counts[:, :3]).transform(counts[:, :3]).toarray(),
                          TfidfTransformer(sublinear_tf=True).fit(counts[:, 3:]).transform(counts[:, 3:]).toarray()])
    result = weighted(counts, tfidf.idf_, widths).toarray()
    assert np.allclose(result, expected)
    assert result[0, :3] @ result[0, :3] == pytest.approx(1.0) and result[0, 3:] @ result[0, 3:] == pytest.approx(1.0)
    assert not result[1].any()
    assert counts[0, 2] == 2  # the caller's counts are not changed in place


CONFIG = """
recipe: default.v1
language: ko
assistant_id: linear-components-test
pipeline:
  - name: WhitespaceTokenizer
  - name: CountVectorsFeaturizer
    alias: words
  - name: CountVectorsFeaturizer
    alias: word_chars
    analyzer: char_wb
    min_ngram: 1
    max_ngram: 3
  - name: bot.components.linear_intent_classifier.LinearIntentClassifier
    question_focus_min_chars: 60
  - name: bot.components.faq_topic_selector.FaqTopicSelector
    featurizers: [words]
"""
DATA = """
version: "3.1"
nlu:
- intent: greet
  examples: |
    - 안녕하세요
    - 안녕
    - 하이
    - 반가워요
- intent: ask_amount
  examples: |
    - 육휴 얼마 나와요
    - 월급 300인데 육아휴직 급여 얼마예요
- intent: ask_amount
  metadata:
    faq: spouse_leave_pay
  examples: |
    - 배우자 출산휴가 유급이에요
    - 배출휴가 돈 나와요
- intent: ask_program_info
  metadata:
    faq: spouse_leave_days
  examples: |
    - 배우자 출산휴가 며칠이에요
    - 배출휴가 기간 알려줘
- intent: ask_program_info
  examples: |
    - 육아휴직이 뭐예요
    - 6+6 제도 설명해줘
"""


@pytest.fixture(scope="module")
def tiny_agent(tmp_path_factory: pytest.TempPathFactory):
    from rasa.core.agent import Agent
    from rasa.model_training import train_nlu

    folder = tmp_path_factory.mktemp("linear")
    (folder / "config.yml").write_text(CONFIG, encoding="utf-8")
    (folder / "nlu.yml").write_text(DATA, encoding="utf-8")
    model = train_nlu(str(folder / "config.yml"), str(folder / "nlu.yml"), str(folder / "models"))
    return Agent.load(model)



async def test_intent_ranking_is_a_probability_ranking(tiny_agent) -> None:
    parsed = await tiny_agent.parse_message("배출휴가 며칠이에요")
    ranking = parsed["intent_ranking"]
    assert parsed["intent"] == ranking[0] and parsed["intent"]["name"] == "ask_program_info"
    confidences = [item["confidence"] for item in ranking]
    assert confidences == sorted(confidences, reverse=True)
    assert sum(confidences) == pytest.approx(1.0)
    assert {item["name"] for item in ranking} == {"greet", "ask_amount", "ask_program_info"}


async def test_faq_topic_names_the_entry_with_its_probability(tiny_agent) -> None:
    topic = (await tiny_agent.parse_message("배출휴가 며칠이에요"))["faq_topic"]
    assert topic["key"] == "spouse_leave_days"
    assert [item["key"] for item in topic["ranking"]] == ["spouse_leave_days", "spouse_leave_pay"]
    assert 0.5 < topic["confidence"] <= 1.0 and topic["confidence"] == topic["ranking"][0]["confidence"]


@pytest.mark.parametrize("text", ["", "😀😀", "ㅋ" * 3000])
async def test_odd_messages_parse_to_some_intent_without_error(tiny_agent, text: str) -> None:
    parsed = await tiny_agent.parse_message(text)
    assert parsed["intent"]["name"] in {"greet", "ask_amount", "ask_program_info", None}


def _messages_with_features(rows: np.ndarray, origin: str = "test", other_rows: Optional[np.ndarray] = None):
    """Messages carrying only sentence-level sparse feature rows (what the model reads): ``rows``
    from the featurizer ``origin`` and, when given, ``other_rows`` from one called ``other``."""
    from rasa.shared.nlu.constants import TEXT
    from rasa.shared.nlu.training_data.features import Features
    from rasa.shared.nlu.training_data.message import Message

    messages = []
    for i, row in enumerate(rows):
        message = Message(data={TEXT: "x"})
        message.add_features(Features(scipy.sparse.coo_matrix(row), "sentence", TEXT, origin))
        if other_rows is not None:
            message.add_features(Features(scipy.sparse.coo_matrix(other_rows[i]), "sentence", TEXT, "other"))
        messages.append(message)
    return messages


def test_a_model_reads_only_the_featurizers_it_names_and_remembers_them(tmp_path: Path) -> None:
    """``featurizers: [words]`` fits on the words' columns alone, and what another featurizer
    adds to a message changes nothing; the names are saved with the model."""
    from bot.components.linear_text_model import LinearModel, fit_linear_model

    rows = np.array([[3, 0], [2, 1], [0, 3], [1, 2]], dtype=float)
    noise = np.random.default_rng(7).integers(0, 4, size=(4, 5)).astype(float)
    config = {"C": 10.0, "max_iter": 1000, "featurizers": ["words"]}
    model = fit_linear_model(_messages_with_features(rows, "words", noise), ["a", "a", "b", "b"], config)
    assert model.featurizers == ("words",) and model.widths == (2,)

    probe = np.array([[1, 0], [0, 1]], dtype=float)
    alone = model.probabilities(_messages_with_features(probe, "words"))
    assert np.allclose(model.probabilities(_messages_with_features(probe, "words", noise[:2])), alone)
    everything = fit_linear_model(_messages_with_features(rows, "words", noise), ["a", "a", "b", "b"],
                                  {**config, "featurizers": []})
    assert everything.featurizers == () and everything.widths == (7,)

    model.save(tmp_path)
    read = LinearModel.read(tmp_path)
    assert read.featurizers == ("words",)
    assert np.allclose(read.probabilities(_messages_with_features(probe, "words", noise[:2])), alone)


def test_a_misspelt_featurizer_name_stops_training() -> None:
    from bot.components.linear_text_model import fit_linear_model

    messages = _messages_with_features(np.array([[1, 0], [0, 1]], dtype=float), "words")
    with pytest.raises(ValueError, match="wordz"):
        fit_linear_model(messages, ["a", "b"], {"C": 1.0, "max_iter": 100, "featurizers": ["wordz"]})


def test_svm_probabilities_are_the_mean_of_two_softmaxes_and_survive_saving(tmp_path: Path) -> None:
    """With ``svm_C`` the probabilities are (softmax(regression) + softmax(scale × SVM margins)) / 2,
    and a saved model reads back with the same SVM; without it the regression stands alone."""
    from bot.components.linear_text_model import LinearModel, fit_linear_model

    rows = np.array([[3, 0, 0], [2, 1, 0], [0, 3, 0], [0, 2, 1], [0, 0, 3], [1, 0, 2]], dtype=float)
    labels = ["a", "a", "b", "b", "c", "c"]
    config = {"C": 10.0, "max_iter": 1000, "class_weight": None, "svm_C": 0.5, "svm_scale": 2.0}
    model = fit_linear_model(_messages_with_features(rows), labels, config)
    alone = fit_linear_model(_messages_with_features(rows), labels, {**config, "svm_C": 0})
    assert alone.svm_coef is None and model.svm_coef.shape == (3, 3)

    probe = _messages_with_features(np.array([[1, 1, 0], [0, 0, 1]], dtype=float))
    features = weighted(scipy.sparse.csr_matrix(np.array([[1, 1, 0], [0, 0, 1]], dtype=float)), model.idf, model.widths)

    def softmax(scores: np.ndarray) -> np.ndarray:
        exp = np.exp(scores - scores.max(axis=1, keepdims=True))
        return exp / exp.sum(axis=1, keepdims=True)

    expected = (softmax(features @ model.coef.T + model.intercept)
                + softmax(2.0 * (features @ model.svm_coef.T + model.svm_intercept))) / 2
    assert np.allclose(model.probabilities(probe), expected)
    assert np.allclose(alone.probabilities(probe), softmax(features @ alone.coef.T + alone.intercept))
    assert model.probabilities(probe)[1].argmax() == model.labels.index("c")

    model.save(tmp_path)
    assert np.allclose(LinearModel.read(tmp_path).probabilities(probe), model.probabilities(probe))
    alone.save(tmp_path)
    assert LinearModel.read(tmp_path).svm_coef is None
