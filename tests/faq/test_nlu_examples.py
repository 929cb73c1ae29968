"""Every rule question has enough varied training examples and a held-out one, and no more keys."""
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


def examples_by_key(path: Path) -> dict[str, list[str]]:
    """`faq/<key>` → example texts of one Rasa NLU file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for block in data["nlu"]:
        intent, _, key = block["intent"].partition("/")
        assert intent == "faq" and key, block["intent"]
        assert key not in found, f"{path.name}: faq/{key} twice"
        found[key] = [line[2:].strip() for line in block["examples"].splitlines() if line.startswith("- ")]
    return found


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
    """Identical text under `faq` and e.g. `ask_amount` would make both unlearnable."""
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
