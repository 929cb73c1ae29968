"""NLU evaluation (`make nlu-eval`): the pipelines side by side on held-out data and k-fold CV.

For each pipeline of bench/configs/ it trains an NLU model on nlu_data/train, parses every
example of nlu_data/heldout (never trained on), and runs k-fold cross-validation on
nlu_data/train. Pipelines: `whitespace` (Rasa's stock WhitespaceTokenizer + DIET, the baseline),
`whitespace_linear` (the same tokenizer with this project's linear intent classifier, no entity
extractor: isolates the tokenizer), `kiwi_diet` (Kiwi + rule layer with DIET: isolates the
classifier), `okt` and `kiwi` (the Korean tokenizer, rule layer, linear intents, FAQ topics).
It prints:
- intent macro-F1 (and accuracy); the intent is the top classifier intent, nlu_fallback aside
  (the fallback rate is printed separately);
- entity precision/recall/F1 where an entity counts only when its type AND normalised value are
  right (per message, as a multiset of (entity, value); spans are not compared);
- per-intent errors (gold → predicted, counts);
- for pipelines with the FAQ topic selector, the share of FAQ examples whose key is ranked first
  (top-1) or among the first three (top-3).
Relative dates are resolved against the data's fixed message date 2026-11-24 (nlu_data/README.md).

    .venv/bin/python bench/nlu_eval.py [--pipelines whitespace okt kiwi] [--folds 5] [--epochs N]
                                       [--train DIR] [--heldout DIR] [--results FILE]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import yaml  # noqa: E402

CONFIGS = ROOT / "bench" / "configs"
TRAIN_DIR = ROOT / "nlu_data" / "train"
HELDOUT_DIR = ROOT / "nlu_data" / "heldout"
RESULTS_FILE = ROOT / "build" / "nlu_eval.json"
MESSAGE_DATE = "2026-11-24"
FALLBACK_INTENT = "nlu_fallback"
PIPELINES = ("whitespace", "whitespace_linear", "kiwi_diet", "okt", "kiwi")


@dataclass(frozen=True)
class Gold:
    """One test example: text, intent and (entity, normalised value) pairs.

    FAQ examples (intent blocks with metadata ``faq: <key>``) carry no entity annotations by
    design, so they are left out of the entity figures (``annotated`` is False) but count for
    intents, and their key is the gold FAQ topic.
    """

    text: str
    intent: str
    entities: Tuple[Tuple[str, str], ...]
    annotated: bool = True
    faq_key: Optional[str] = None
    source: str = ""  # data file (held-out set only): paragraphs, faq, employer …
    part: str = ""  # part of the held-out set: the writer round it comes from (HELDOUT_PARTS)


@dataclass(frozen=True)
class Prediction:
    """What a model answered for one example."""

    intent: str
    fell_back: bool
    entities: Tuple[Tuple[str, str], ...]
    faq_keys: Tuple[str, ...] = ()  # FAQ topic ranking, best first (empty without a topic selector)
    confidence: float = 0.0  # of the top classifier intent
    margin: float = 0.0  # top minus second confidence


@dataclass
class Scores:
    """Figures for one pipeline on one test set."""

    examples: int
    intent_macro_f1: float
    intent_accuracy: float
    entity_precision: float
    entity_recall: float
    entity_f1: float
    fallback_rate: float
    errors: Dict[str, int] = field(default_factory=dict)
    per_intent_f1: Dict[str, float] = field(default_factory=dict)
    entity_errors: Dict[str, int] = field(default_factory=dict)
    faq_examples: int = 0
    faq_top1: Optional[float] = None
    faq_top3: Optional[float] = None
    accuracy_by_source: Dict[str, float] = field(default_factory=dict)
    macro_f1_by_part: Dict[str, float] = field(default_factory=dict)
    # [text, gold intent, predicted intent, part] of every example, for figures on any subset later
    intent_predictions: List[List[str]] = field(default_factory=list)
    fallback_table: List[Dict[str, float]] = field(default_factory=list)
    seconds: float = 0.0


def value_text(value: Any) -> str:
    """Normalised values compare as text: an int 300 equals the text "300", 18.0 == "18"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def load_folder(directory: Path) -> "TrainingData":  # noqa: F821
    """The NLU data of every YAML file of a folder (a README beside them is not data)."""
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.shared.nlu.training_data.training_data import TrainingData

    files = sorted(p for p in directory.rglob("*") if p.suffix in (".yml", ".yaml"))
    return TrainingData().merge(*(load_data(str(path)) for path in files))


# writer round of held-out lines (the merge comment above them, bench/nlu_rounds.py) → the part
# docs/nlu.md and nlu_data/heldout/README name; lines before any round comment are parts A and B
HELDOUT_PARTS = {"base": "A+B", "C": "C", "D": "D", "E": "E", "F": "F", "R8": "G", "R11": "H", "R12": "I",
                 "R14": "J", "R15": "K"}


def load_gold(directory: Path) -> List[Gold]:
    """Examples of a Rasa NLU data folder, each tagged with the file and the part it comes from."""
    from rasa.shared.nlu.training_data.loading import load_data

    from nlu_rounds import rounds_of_lines  # imports this module: not at the top

    rounds = rounds_of_lines(directory)
    files = sorted(p for p in directory.rglob("*") if p.suffix in (".yml", ".yaml"))
    examples = [replace(_gold_of(example), source=path.stem)
                for path in files for example in load_data(str(path)).intent_examples]
    return [replace(gold, part=_part_of(rounds.get(gold.text.strip(), ""))) for gold in examples]


def _part_of(round_name: str) -> str:
    return HELDOUT_PARTS.get(round_name, round_name)


def capped_config(config: Path, epochs: Optional[int], workdir: Path) -> Path:
    """The config with every `epochs` capped (same rule as bot/train.py)."""
    if epochs is None:
        return config
    from bot.train import cap_epochs

    capped = cap_epochs(yaml.safe_load(config.read_text(encoding="utf-8")), epochs)
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / config.name
    path.write_text(yaml.safe_dump(capped, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def train(config: Path, data_dir: Path, out_dir: Path, name: str) -> Path:
    """Train an NLU-only model in this process; returns the model archive."""
    from rasa.model_training import train_nlu

    model = train_nlu(str(config), str(data_dir), str(out_dir), fixed_model_name=name)
    if model is None:
        raise RuntimeError(f"training {name} with {config} produced no model")
    return Path(model)


async def predict(model: Path, examples: Sequence[Gold]) -> List[Prediction]:
    """Parse every example with the model, at the data's fixed message date."""
    from rasa.core.agent import Agent
    from rasa.core.channels.channel import UserMessage

    agent = Agent.load(str(model))
    predictions = []
    for example in examples:
        parsed = await agent.processor.parse_message(UserMessage(example.text, metadata={"message_date": MESSAGE_DATE}))
        predictions.append(_prediction(parsed))
    return predictions


def _prediction(parsed: Dict[str, Any]) -> Prediction:
    """Top classifier intent (nlu_fallback aside) and entity values of a parse result."""
    ranked = [item for item in parsed.get("intent_ranking", []) if item["name"] != FALLBACK_INTENT]
    ranking = [item["name"] for item in ranked]
    confidences = [float(item.get("confidence") or 0.0) for item in ranked] + [0.0, 0.0]
    top = parsed["intent"]["name"]
    intent = ranking[0] if ranking else top
    entities = tuple(sorted((e["entity"], value_text(e["value"])) for e in parsed.get("entities", [])))
    faq_keys = tuple(item["key"] for item in (parsed.get("faq_topic") or {}).get("ranking", []))
    return Prediction(intent, top == FALLBACK_INTENT, entities, faq_keys, confidences[0],
                      confidences[0] - confidences[1])


def score(examples: Sequence[Gold], predictions: Sequence[Prediction]) -> Scores:
    """Intent macro-F1 over the gold intents, entity F1 on (type, value), error counts."""
    from sklearn.metrics import accuracy_score, f1_score

    gold_intents = [e.intent for e in examples]
    predicted = [p.intent for p in predictions]
    labels = sorted(set(gold_intents))
    true_positive, gold_total, predicted_total, entity_errors = _entity_counts(examples, predictions)
    precision = true_positive / predicted_total if predicted_total else 0.0
    recall = true_positive / gold_total if gold_total else 0.0
    errors = Counter(f"{g} → {p}" for g, p in zip(gold_intents, predicted) if g != p)
    faq_pairs = [(e.faq_key, p.faq_keys) for e, p in zip(examples, predictions) if e.faq_key]
    has_topics = any(keys for _, keys in faq_pairs)
    return Scores(
        examples=len(examples),
        intent_macro_f1=f1_score(gold_intents, predicted, labels=labels, average="macro", zero_division=0),
        intent_accuracy=accuracy_score(gold_intents, predicted),
        entity_precision=precision,
        entity_recall=recall,
        entity_f1=2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        fallback_rate=sum(p.fell_back for p in predictions) / max(len(predictions), 1),
        errors=dict(errors.most_common()),
        per_intent_f1=dict(zip(labels, f1_score(gold_intents, predicted, labels=labels, average=None,
                                                zero_division=0).round(3).tolist())),
        entity_errors=dict(entity_errors.most_common(40)),
        faq_examples=len(faq_pairs),
        faq_top1=sum(keys[:1] == (key,) for key, keys in faq_pairs) / len(faq_pairs) if has_topics else None,
        faq_top3=sum(key in keys[:3] for key, keys in faq_pairs) / len(faq_pairs) if has_topics else None,
        accuracy_by_source=_accuracy_by_source(examples, predicted),
        macro_f1_by_part=_macro_f1_by_part(examples, predicted),
        intent_predictions=[[e.text, e.intent, p, e.part] for e, p in zip(examples, predicted)],
        fallback_table=_fallback_table(examples, predictions),
    )


FALLBACK_THRESHOLDS = (0.2, 0.3, 0.4, 0.5)
AMBIGUITY_THRESHOLDS = (0.0, 0.05, 0.1)


def _fallback_table(examples: Sequence[Gold], predictions: Sequence[Prediction]) -> List[Dict[str, float]]:
    """For FallbackClassifier settings: share of messages falling back, of wrong intents caught,
    of right intents lost (to choose the thresholds by cross-validation, never on held-out data)."""
    right = [e.intent == p.intent for e, p in zip(examples, predictions)]
    wrong_total, right_total = max(right.count(False), 1), max(right.count(True), 1)
    table = []
    for threshold in FALLBACK_THRESHOLDS:
        for ambiguity in AMBIGUITY_THRESHOLDS:
            falls = [p.confidence < threshold or p.margin < ambiguity for p in predictions]
            table.append({"threshold": threshold, "ambiguity": ambiguity,
                          "fallback": sum(falls) / max(len(falls), 1),
                          "wrong_caught": sum(f and not r for f, r in zip(falls, right)) / wrong_total,
                          "right_lost": sum(f and r for f, r in zip(falls, right)) / right_total})
    return table


def _accuracy_by_source(examples: Sequence[Gold], predicted: Sequence[str]) -> Dict[str, float]:
    """Intent accuracy per data file (long story paragraphs, FAQ questions …)."""
    hits: Dict[str, List[bool]] = {}
    for example, intent in zip(examples, predicted):
        if example.source:
            hits.setdefault(example.source, []).append(example.intent == intent)
    return {source: sum(flags) / len(flags) for source, flags in sorted(hits.items())}


def _macro_f1_by_part(examples: Sequence[Gold], predicted: Sequence[str]) -> Dict[str, float]:
    """Intent macro-F1 of each part of the held-out set (the writer rounds split into it)."""
    from sklearn.metrics import f1_score

    parts: Dict[str, List[int]] = {}
    for index, example in enumerate(examples):
        if example.part:
            parts.setdefault(example.part, []).append(index)
    return {part: float(f1_score([examples[i].intent for i in rows], [predicted[i] for i in rows],
                                 labels=sorted({examples[i].intent for i in rows}), average="macro", zero_division=0))
            for part, rows in sorted(parts.items())}


def _entity_counts(examples: Sequence[Gold], predictions: Sequence[Prediction]) -> Tuple[int, int, int, Counter]:
    """Multiset matches of (entity, value) per message, plus the missed/spurious ones by type."""
    true_positive = gold_total = predicted_total = 0
    entity_errors: Counter = Counter()
    for example, prediction in zip(examples, predictions):
        if not example.annotated:
            continue
        gold, found = Counter(example.entities), Counter(prediction.entities)
        true_positive += sum((gold & found).values())
        gold_total += sum(gold.values())
        predicted_total += sum(found.values())
        entity_errors.update(f"missed {k}={v}" for (k, v) in (gold - found).elements())
        entity_errors.update(f"spurious {k}={v}" for (k, v) in (found - gold).elements())
    return true_positive, gold_total, predicted_total, entity_errors


def evaluate_heldout(pipeline: str, epochs: Optional[int], workdir: Path,
                     train_dir: Path = TRAIN_DIR, heldout_dir: Path = HELDOUT_DIR) -> Scores:
    """Train on nlu_data/train, test on nlu_data/heldout."""
    started = time.perf_counter()
    config = capped_config(CONFIGS / f"{pipeline}.yml", epochs, workdir)
    model = train(config, train_dir, workdir / "models", f"{pipeline}-heldout")
    examples = load_gold(heldout_dir)
    scores = score(examples, asyncio.run(predict(model, examples)))
    scores.seconds = time.perf_counter() - started
    return scores


def evaluate_cross_validation(pipeline: str, folds: int, epochs: Optional[int], workdir: Path,
                              train_dir: Path = TRAIN_DIR) -> Scores:
    """Stratified k-fold CV on nlu_data/train; predictions of all folds are scored together."""
    from sklearn.model_selection import StratifiedKFold

    started = time.perf_counter()
    config = capped_config(CONFIGS / f"{pipeline}.yml", epochs, workdir)
    data = load_folder(train_dir)
    examples = data.intent_examples
    labels = [ex.get("intent") for ex in examples]
    all_gold: List[Gold] = []
    all_predictions: List[Prediction] = []
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=42)
    for fold, (_, test_index) in enumerate(splitter.split(labels, labels)):
        test_ids = {id(examples[i]) for i in test_index}
        fold_dir = workdir / f"fold{fold}"
        fold_dir.mkdir(parents=True, exist_ok=True)
        train_part = [ex for ex in examples if id(ex) not in test_ids]
        (fold_dir / "nlu.yml").write_text(nlu_yaml(train_part), encoding="utf-8")
        model = train(config, fold_dir, workdir / "models", f"{pipeline}-fold{fold}")
        gold = [_gold_of(examples[i]) for i in test_index]
        all_gold += gold
        all_predictions += asyncio.run(predict(model, gold))
    scores = score(all_gold, all_predictions)
    scores.seconds = time.perf_counter() - started
    return scores


def nlu_yaml(examples: Sequence[Any]) -> str:
    """Rasa NLU YAML of the examples, one block per (intent, FAQ key).

    Rasa's own writer merges all blocks of an intent and keeps only the first block's metadata,
    which would give every example of the intent the same FAQ key.
    """
    from rasa.shared.nlu.training_data.formats.readerwriter import TrainingDataWriter

    blocks: Dict[Tuple[str, Optional[str]], List[str]] = {}
    for example in examples:
        blocks.setdefault((example.get("intent"), faq_key_of(example)), []).append(
            TrainingDataWriter.generate_message(example.as_dict_nlu()))
    lines = ['version: "3.1"', "nlu:"]
    for (intent, key), texts in blocks.items():
        lines.append(f"- intent: {intent}")
        if key:
            lines += ["  metadata:", f"    faq: {key}"]
        lines.append("  examples: |")
        lines += [f"    - {text}" for text in texts]
    return "\n".join(lines) + "\n"


def faq_key_of(example: Any) -> Optional[str]:
    """The FAQ key of an example's intent block (see bot/components/faq_topic_selector.py)."""
    from bot.components.faq_topic_selector import faq_key_of as key_of

    return key_of(example)


def _gold_of(example: Any) -> Gold:
    """A Rasa Message as a Gold example."""
    key = faq_key_of(example)
    return Gold(example.get("text"), example.get("intent"),
                tuple(sorted((e["entity"], value_text(e["value"])) for e in example.get("entities") or [])),
                annotated=key is None, faq_key=key)


def print_table(title: str, results: Dict[str, Scores]) -> None:
    """Side-by-side figures, then each pipeline's intent errors."""
    print(f"\n## {title}\n")
    print("| pipeline | examples | intent macro-F1 | intent acc | entity P | entity R | entity F1 | fallback "
          "| FAQ key top-1 | top-3 | time |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, s in results.items():
        faq = (f"{s.faq_top1:.3f} | {s.faq_top3:.3f}" if s.faq_top1 is not None else "– | –")
        print(f"| {name} | {s.examples} | {s.intent_macro_f1:.3f} | {s.intent_accuracy:.3f} | {s.entity_precision:.3f} "
              f"| {s.entity_recall:.3f} | {s.entity_f1:.3f} | {s.fallback_rate:.1%} | {faq} | {s.seconds:.0f} s |")
    for name, s in results.items():
        print(f"\n{name}: per-intent F1")
        print("  " + ", ".join(f"{intent} {f1:.2f}" for intent, f1 in sorted(s.per_intent_f1.items(), key=lambda i: i[1])))
        if s.fallback_table and any(row["fallback"] for row in s.fallback_table):
            print(f"{name}: fallback settings (threshold/ambiguity → falls back, wrong caught, right lost)")
            print("  " + "; ".join(f"{r['threshold']}/{r['ambiguity']} → {r['fallback']:.1%}, {r['wrong_caught']:.0%}, "
                                   f"{r['right_lost']:.1%}" for r in s.fallback_table))
        if s.accuracy_by_source:
            print(f"{name}: intent accuracy per data file")
            print("  " + ", ".join(f"{source} {accuracy:.2f}" for source, accuracy in s.accuracy_by_source.items()))
        if s.macro_f1_by_part:
            print(f"{name}: intent macro-F1 per part of the held-out set (writer round)")
            print("  " + ", ".join(f"{part} {f1:.3f}" for part, f1 in s.macro_f1_by_part.items()))
        print(f"{name}: intent errors (gold → predicted)")
        for pair, count in list(s.errors.items())[:25]:
            print(f"  {count:3d}  {pair}")
        print(f"{name}: entity errors (first 20)")
        for pair, count in list(s.entity_errors.items())[:20]:
            print(f"  {count:3d}  {pair}")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pipelines", nargs="+", default=list(PIPELINES), choices=PIPELINES)
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds; 0 skips CV")
    parser.add_argument("--no-heldout", action="store_true", help="only the cross-validation")
    parser.add_argument("--epochs", type=int, default=None, help="cap every epochs value (faster, rougher)")
    parser.add_argument("--train", type=Path, default=TRAIN_DIR, help="training data folder")
    parser.add_argument("--heldout", type=Path, default=HELDOUT_DIR, help="held-out data folder")
    parser.add_argument("--results", type=Path, default=RESULTS_FILE, help="JSON file for the figures")
    args = parser.parse_args(argv)
    logging.getLogger("rasa").setLevel(logging.WARNING)
    heldout: Dict[str, Scores] = {}
    cross: Dict[str, Scores] = {}
    with tempfile.TemporaryDirectory(prefix="nlu-eval-") as tmp:
        for pipeline in args.pipelines if not args.no_heldout else ():
            heldout[pipeline] = evaluate_heldout(pipeline, args.epochs, Path(tmp) / pipeline, args.train, args.heldout)
        if heldout:
            print_table(f"held-out set ({args.heldout}), trained on {args.train}, epochs={args.epochs or 'config'}", heldout)
        for pipeline in args.pipelines if args.folds > 1 else ():
            cross[pipeline] = evaluate_cross_validation(pipeline, args.folds, args.epochs, Path(tmp) / f"{pipeline}-cv",
                                                        args.train)
        if cross:
            print_table(f"{args.folds}-fold cross-validation on {args.train}", cross)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps({"args": {**vars(args), **{k: str(getattr(args, k)) for k in ("results", "train", "heldout")}}, "heldout": {k: asdict(v) for k, v in heldout.items()},
                                        "cross_validation": {k: asdict(v) for k, v in cross.items()}},
                                       ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nresults: {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
