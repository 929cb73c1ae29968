"""Benchmark of the rule-question knowledge: strict load time and answer rendering time.

    python bench/faq.py [--repeat 20] [--model build/models/worklife-….tar.gz]

Prints figures only (no assertions): keys, versions, cold load of all topic files, the mean time
to render one answer (what `action_answer_faq` does per message), and with `--model` the
accuracy of a trained model on the held-out rule questions (`nlu_data/heldout/faq.yml`): the
question intent of the block, the FAQ key chosen by the FaqTopicSelector (top 1 and top 3), and
how often the actions would answer from the FAQ (key confident and agreeing with the program) and
were right then.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import time
from datetime import date
from pathlib import Path

import sys

import yaml

ROOT = Path(__file__).resolve().parent.parent
# bench/knowledge.py would shadow the package when this file is run as a script.
sys.path.insert(0, str(ROOT))

from knowledge.faq.loader import DATA_DIR, load_directory  # noqa: E402
from knowledge.faq.render import render_answer  # noqa: E402
from knowledge.law import default_law  # noqa: E402


def time_load(repeat: int) -> list[float]:
    """Seconds per cold strict load of every FAQ file (parameters already loaded)."""
    law = default_law()
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        load_directory(DATA_DIR, law)
        durations.append(time.perf_counter() - start)
    return durations


def time_render(repeat: int, as_of: date) -> tuple[int, list[float]]:
    """Seconds per rendered answer, over every key."""
    entries = load_directory(DATA_DIR, default_law())
    durations = []
    for _ in range(repeat):
        for entry in entries.values():
            start = time.perf_counter()
            render_answer(entry, as_of)
            durations.append(time.perf_counter() - start)
    return len(entries), durations


HELDOUT = ROOT / "nlu_data" / "heldout" / "faq.yml"


TRAIN = ROOT / "nlu_data" / "train" / "faq.yml"


def faq_blocks(path: Path) -> list[tuple[str, str, str]]:
    """(text, intent, key) of one rule-question NLU file (blocks carry `metadata: faq: <key>`)."""
    rows = []
    for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
        key = block["metadata"]["faq"]
        rows += [(line[2:].strip(), block["intent"], key)
                 for line in block["examples"].splitlines() if line.startswith("- ")]
    return rows


def faq_examples(path: Path) -> list[tuple[str, str]]:
    """(text, key) pairs of one rule-question NLU file."""
    return [(text, key) for text, _, key in faq_blocks(path)]


def heldout_examples() -> list[tuple[str, str]]:
    """(text, key) pairs of the held-out rule questions."""
    return faq_examples(HELDOUT)


def baseline_top1() -> float:
    """Held-out key accuracy of a character n-gram TF-IDF + linear SVM trained on the FAQ data.

    Not the bot's pipeline: a seconds-long check that the keys are separable from their examples.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    train, heldout = faq_examples(TRAIN), heldout_examples()
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True)
    model = LinearSVC().fit(vectorizer.fit_transform([text for text, _ in train]), [key for _, key in train])
    predicted = model.predict(vectorizer.transform([text for text, _ in heldout]))
    return sum(guess == key for guess, (_, key) in zip(predicted, heldout)) / len(heldout)


def retrieved(parse: dict) -> tuple[str, list[str]]:
    """The predicted intent and the ranked FAQ keys of one parse result."""
    ranking = [item["key"] for item in (parse.get("faq_topic") or {}).get("ranking", [])]
    return parse["intent"]["name"], ranking


async def faq_scores(model: Path) -> dict[str, float]:
    """Held-out rule questions: right intent, right key (top 1/3), answered from the FAQ and right."""
    from rasa.core.agent import Agent

    from actions.faq import confident_faq_key

    agent = Agent.load(str(model))
    rows = faq_blocks(HELDOUT)
    intent_hits = top1 = top3 = answered = answered_right = 0
    for text, gold_intent, key in rows:
        parse = await agent.parse_message(text)
        intent, ranking = retrieved(parse)
        chosen = confident_faq_key(parse)
        intent_hits += intent == gold_intent
        top1 += ranking[:1] == [key]
        top3 += key in ranking[:3]
        answered += chosen is not None
        answered_right += chosen == key
    return {"examples": len(rows), "intent": intent_hits / len(rows), "key_top1": top1 / len(rows),
            "key_top3": top3 / len(rows), "answered": answered / len(rows),
            "answered_right": answered_right / max(answered, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--model", type=Path, help="trained Rasa model for the FAQ topic figures")
    args = parser.parse_args()
    logging.getLogger("rasa").setLevel(logging.WARNING)
    loads = time_load(args.repeat)
    keys, renders = time_render(args.repeat, date.today())
    versions = sum(len(entry.versions) for entry in load_directory(DATA_DIR, default_law()).values())
    print(f"keys: {keys}, dated versions: {versions}")
    print(f"load all files: median {statistics.median(loads) * 1000:.1f} ms (n={len(loads)})")
    print(f"render one answer: median {statistics.median(renders) * 1e6:.0f} µs, "
          f"p95 {statistics.quantiles(renders, n=20)[-1] * 1e6:.0f} µs (n={len(renders)})")
    print(f"held-out key top-1, char n-gram baseline (not the bot's pipeline): {baseline_top1():.1%}")
    if args.model:
        scores = asyncio.run(faq_scores(args.model))
        print(f"held-out rule questions: {scores['examples']}, question intent {scores['intent']:.1%}, "
              f"key top-1 {scores['key_top1']:.1%}, key top-3 {scores['key_top3']:.1%}, "
              f"answered from the FAQ {scores['answered']:.1%} (right key {scores['answered_right']:.1%})")


if __name__ == "__main__":
    main()
