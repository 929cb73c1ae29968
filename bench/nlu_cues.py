"""Where the intent cues of `nlu_data/train/cues.yml` fire in the training data.

Cues are Rasa `regex` entries read by the RegexFeaturizer of the pipeline: each becomes one
feature, on when the pattern matches the message (case-insensitive, no word boundaries, since
Korean particles stick to words). For every cue this prints how many training examples it
matches and the intents of those examples, so a writer sees whether a cue says what it should.

    .venv/bin/python bench/nlu_cues.py [--cues nlu_data/train/cues.yml] [--show CUE]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CUES = ROOT / "nlu_data" / "train" / "cues.yml"


def read_cues(path: Path) -> List[Tuple[str, "re.Pattern[str]"]]:
    """(name, compiled pattern) of every regex entry, as the RegexFeaturizer compiles them."""
    from rasa.shared.nlu.training_data.loading import load_data

    return [(entry["name"], re.compile(entry["pattern"], re.IGNORECASE))
            for entry in load_data(str(path), language="ko").regex_features]


def training_examples() -> List[Tuple[str, str]]:
    """(text, intent) of every training example."""
    from tests.nlu.test_training_data import _examples  # the data rules live with their tests

    return [(m.get("text"), m.get("intent")) for m in _examples("train")]


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cues", type=Path, default=CUES)
    parser.add_argument("--show", help="print the matching examples of this cue")
    args = parser.parse_args(argv)
    examples = training_examples()
    for name, pattern in read_cues(args.cues):
        hits = [(text, intent) for text, intent in examples if pattern.search(text)]
        intents = Counter(intent for _, intent in hits).most_common(4)
        print(f"{name:24s} {len(hits):5d}  " + ", ".join(f"{i} {c / len(hits):.0%}" for i, c in intents))
        if name == args.show:
            for text, intent in hits:
                print(f"    {intent:24s} {text[:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
