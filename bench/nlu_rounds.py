"""Leave-one-writer-round-out validation of the intent classifier, inside nlu_data/train.

Each batch of writers was merged into the training files under a comment naming its round
(`# batch 2026-12-02 (five writers)…`, `# Round 9 (writers 44-50)…`; bench/nlu_batch.py writes
them). Random folds leak a round's phrasings into its own training; leaving a whole round out
asks what the held-out set asks — how the model does on writers it has never seen — without
touching the held-out set. docs/nlu.md rests its model choices (word pairs, the SVM average,
the fallback thresholds, the intent cues) on this validation.

For every round named: fit the intent classifier of the config on all other training lines,
predict the round's lines, and print the round's macro-F1; then the pooled macro-F1, the mean
over rounds and the commonest confusions. The featurizers (vocabularies) are fitted once on all
of nlu_data/train, which saves a training per round; the IDF weights and the classifier are
fitted without the round, so it only lends the vocabulary, never a label.

    .venv/bin/python bench/nlu_rounds.py [--config bench/configs/kiwi.yml] [--rounds C,R7,R12]
        [--model MODEL.tar.gz] [--results build/nlu_rounds.json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import yaml  # noqa: E402

from nlu_batch import plain_text  # noqa: E402
from nlu_eval import MESSAGE_DATE, TRAIN_DIR, load_folder, train  # noqa: E402

DEFAULT_CONFIG = ROOT / "bench" / "configs" / "kiwi.yml"
RESULTS_FILE = ROOT / "build" / "nlu_rounds.json"
BASE_ROUND = "base"
# the round comments of the first four batches, which carry a date instead of a number
DATED_BATCHES = {
    "batch 2026-12-02 (five writers)": "C",
    "batch 2026-12-02 round 2": "D",
    "batch 2026-12-03 round 3": "E",
    "batch 2026-12-03 round 4": "F",
}
NUMBERED_ROUND = re.compile(r"#\s*round\s*(\d+)", re.IGNORECASE)
SKIPPED_FILES = ("cues.yml", "program_synonyms.yml")


def round_of_comment(line: str) -> Optional[str]:
    """The round a merge comment opens (C–F for the dated batches, R5, R6 … after), else None."""
    lowered = line.lower()
    for prefix, name in DATED_BATCHES.items():
        if prefix in lowered:
            return name
    found = NUMBERED_ROUND.match(lowered)
    return f"R{found.group(1)}" if found else None


def rounds_of_lines(train_dir: Path) -> Dict[str, str]:
    """Plain text → round of every example line; lines before any round comment are `base`."""
    rounds: Dict[str, str] = {}
    for path in sorted(train_dir.glob("*.yml")):
        if path.name in SKIPPED_FILES:
            continue
        current = BASE_ROUND
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                current = round_of_comment(line) or current
            elif line.startswith("    - "):
                rounds.setdefault(plain_text(line.strip()[2:]).strip(), current)
    return rounds


def featurized_examples(model: Path, train_dir: Path) -> Tuple[List[Any], List[str], List[str]]:
    """Training messages run through the model's graph up to the intent classifier's input,
    with their intents and texts."""
    from rasa.core.agent import Agent
    from rasa.core.channels.channel import UserMessage
    from rasa.shared.nlu.constants import INTENT, TEXT

    agent = Agent.load(str(model))
    schema = agent.processor.model_metadata.predict_schema
    classifier = next(name for name in schema.nodes if "LinearIntentClassifier" in name)
    features_node = schema.nodes[classifier].needs["messages"]
    examples = [m for m in load_folder(train_dir).intent_examples if m.get(INTENT) and m.get(TEXT)]
    texts = [m.get(TEXT) for m in examples]
    messages: List[Any] = []
    for start in range(0, len(texts), 200):
        batch = [UserMessage(text, metadata={"message_date": MESSAGE_DATE}) for text in texts[start:start + 200]]
        messages.extend(agent.processor.graph_runner.run(inputs={"__message__": batch}, targets=[features_node])[features_node])
    return messages, [m.get(INTENT) for m in examples], texts


def classifier_config(config: Path) -> Dict[str, Any]:
    """The LinearIntentClassifier settings of a config over the component's defaults."""
    from bot.components.linear_intent_classifier import LinearIntentClassifier

    pipeline = yaml.safe_load(config.read_text(encoding="utf-8"))["pipeline"]
    entry = next(step for step in pipeline if step["name"].endswith("LinearIntentClassifier"))
    return {**LinearIntentClassifier.get_default_config(), **{k: v for k, v in entry.items() if k != "name"}}


def validate(messages: Sequence[Any], labels: Sequence[str], rounds: Sequence[str], names: Sequence[str],
             settings: Dict[str, Any]) -> Dict[str, Any]:
    """Fit without each named round, predict it; per-round and pooled macro-F1, confusions."""
    from sklearn.metrics import f1_score

    from bot.components.linear_text_model import fit_linear_model

    gold: List[str] = []
    predicted: List[str] = []
    per_round: Dict[str, float] = {}
    for name in names:
        inside = [i for i, r in enumerate(rounds) if r == name]
        outside = [i for i, r in enumerate(rounds) if r != name]
        model = fit_linear_model([messages[i] for i in outside], [labels[i] for i in outside], settings)
        rows = model.probabilities([messages[i] for i in inside])
        guesses = [model.labels[int(row.argmax())] for row in rows]
        truth = [labels[i] for i in inside]
        per_round[name] = float(f1_score(truth, guesses, labels=sorted(set(truth)), average="macro", zero_division=0))
        print(f"{name:>5} {len(inside):>5} examples  macro-F1 {per_round[name]:.4f}", flush=True)
        gold += truth
        predicted += guesses
    confusions = Counter(f"{g} → {p}" for g, p in zip(gold, predicted) if g != p)
    return {
        "per_round": per_round,
        "pooled_macro_f1": float(f1_score(gold, predicted, average="macro", zero_division=0)),
        "mean_macro_f1": sum(per_round.values()) / max(len(per_round), 1),
        "confusions": dict(confusions.most_common(30)),
    }


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="NLU config (its featurizers and classifier)")
    parser.add_argument("--train", type=Path, default=TRAIN_DIR, help="training data folder")
    parser.add_argument("--rounds", default="", help="comma-separated rounds to leave out (default: every round but base)")
    parser.add_argument("--model", type=Path, default=None, help="a model trained with --config on --train (skips training)")
    parser.add_argument("--results", type=Path, default=RESULTS_FILE, help="JSON file for the figures")
    args = parser.parse_args(argv)

    by_text = rounds_of_lines(args.train)
    with tempfile.TemporaryDirectory(prefix="nlu-rounds-") as tmp:
        model = args.model or train(args.config, args.train, Path(tmp), "rounds")
        messages, labels, texts = featurized_examples(model, args.train)
    rounds = [by_text.get(text.strip(), BASE_ROUND) for text in texts]
    present = sorted(set(rounds) - {BASE_ROUND}, key=lambda r: (r[0] == "R", int(r[1:]) if r[1:].isdigit() else 0, r))
    names = [r for r in args.rounds.split(",") if r] or present
    unknown = sorted(set(names) - set(present))
    if unknown:
        parser.error(f"no training lines in round(s) {', '.join(unknown)}; rounds found: {', '.join(present)}")
    print(f"{len(labels)} training examples; rounds: {dict(Counter(rounds))}")
    figures = validate(messages, labels, rounds, names, classifier_config(args.config))
    print(f"pooled macro-F1 {figures['pooled_macro_f1']:.4f}, mean over {len(names)} rounds {figures['mean_macro_f1']:.4f}")
    for pair, count in list(figures["confusions"].items())[:15]:
        print(f"  {count:>3}  {pair}")
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps({"config": str(args.config), "rounds": names, **figures}, ensure_ascii=False, indent=2),
                            encoding="utf-8")
    print(f"results: {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
