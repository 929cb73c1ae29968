"""Every rule question has enough varied training examples and a held-out one, and no more keys.

FAQ examples are intent blocks whose metadata names the FAQ key (`faq: <key>`); the intent is the
kind of question (one of the fixed ask_* intents), so one key may span several blocks."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from knowledge.faq import load_faq

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "nlu_data" / "train" / "faq.yml"
HELDOUT = ROOT / "nlu_data" / "heldout" / "faq.yml"
MIN_TRAIN_EXAMPLES = 4


QUESTION_INTENTS = {
    "ask_program_info", "ask_eligibility", "ask_amount", "ask_how_to_apply", "ask_deadline",
    "ask_employer_obligation", "ask_refusal_rule", "ask_penalty", "ask_employer_subsidy", "ask_what_if",
}


def blocks_of(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]


def examples_by_key(path: Path) -> dict[str, list[str]]:
    """FAQ key → example texts of one Rasa NLU file (every block must name its key)."""
    found: dict[str, list[str]] = {}
    for block in blocks_of(path):
        key = (block.get("metadata") or {}).get("faq")
        assert key, f"{path.name}: block of {block['intent']} without metadata faq"
        found.setdefault(key, []).extend(
            line[2:].strip() for line in block["examples"].splitlines() if line.startswith("- "))
    return found


@pytest.mark.parametrize("path", [TRAIN, HELDOUT], ids=["train", "heldout"])
def test_every_block_is_a_question_intent_with_one_key(path: Path) -> None:
    pairs = [(block["intent"], (block.get("metadata") or {}).get("faq")) for block in blocks_of(path)]
    assert {intent for intent, _ in pairs} <= QUESTION_INTENTS
    assert len(pairs) == len(set(pairs)), "one block per (intent, key)"


def normalised(text: str) -> str:
    return re.sub(r"[\s?!.~]", "", text)


@pytest.fixture(scope="module")
def train() -> dict[str, list[str]]:
    return examples_by_key(TRAIN)


@pytest.fixture(scope="module")
def heldout() -> dict[str, list[str]]:
    return examples_by_key(HELDOUT)


def test_train_and_heldout_cover_exactly_the_knowledge_keys(train: dict, heldout: dict) -> None:
    keys = set(load_faq())
    assert set(train) == keys
    assert set(heldout) == keys


def test_every_key_has_at_least_four_training_examples(train: dict) -> None:
    thin = {key: len(texts) for key, texts in train.items() if len(texts) < MIN_TRAIN_EXAMPLES}
    assert thin == {}


def test_every_key_has_one_or_two_heldout_examples(heldout: dict) -> None:
    assert all(1 <= len(texts) <= 2 for texts in heldout.values())


def test_heldout_examples_never_appear_in_training(train: dict, heldout: dict) -> None:
    trained = {normalised(text) for texts in train.values() for text in texts}
    leaked = [text for texts in heldout.values() for text in texts if normalised(text) in trained]
    assert leaked == []


def test_no_example_is_used_for_two_keys(train: dict, heldout: dict) -> None:
    counts = Counter(normalised(text) for source in (train, heldout)
                     for texts in source.values() for text in set(texts))
    assert [text for text, count in counts.items() if count > 1] == []


def test_examples_are_varied_phone_korean(train: dict) -> None:
    """Informal forms are present: 반말 endings, no-space spellings and abbreviations."""
    texts = [text for texts in train.values() for text in texts]
    assert sum(not text.endswith(("요", "요?", "까?", "나요?")) for text in texts) >= len(texts) // 4
    for abbreviation in ("육휴", "출휴", "배출휴가", "육단", "임단"):
        assert any(abbreviation in text for text in texts), abbreviation


def test_no_faq_example_repeats_an_example_of_another_intent(train: dict, heldout: dict) -> None:
    """The same text in an FAQ block and in another intent's examples would teach two labels."""
    annotation = re.compile(r"\[([^\]]*)\](?:\{[^}]*\}|\([^)]*\))")
    others: dict[str, str] = {}
    for path in sorted((ROOT / "nlu_data").glob("*/*.yml")):
        if path.name == "faq.yml":
            continue
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            for line in str(block.get("examples", "")).splitlines():
                if "intent" in block and line.startswith("- "):
                    others[normalised(annotation.sub(r"\1", line[2:]))] = block["intent"]
    clashes = [(text, others[normalised(text)]) for source in (train, heldout)
               for texts in source.values() for text in texts if normalised(text) in others]
    assert clashes == []
