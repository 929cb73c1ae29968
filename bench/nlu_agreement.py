"""How far two annotators agree on the held-out intents (`nlu_data/agreement/heldout_intents.tsv`).

The second annotator labelled the held-out messages blind (text only, in shuffled order, from the
written guide in `nlu_data/README.md`), without seeing the first labels or any model output.
Disagreements were settled by the guide (column `adjudicated`, which is what `nlu_data/heldout`
holds). The figures say how much of the intent target is within reach of people themselves:
the macro-F1 of one annotator scored against the other is a ceiling for any classifier trained
on these labels.

    python bench/nlu_agreement.py [--table nlu_data/agreement/heldout_intents.tsv]
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "nlu_data" / "agreement" / "heldout_intents.tsv"


def read_table(path: Path) -> List[Dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> float:
    """Agreement corrected for the agreement expected by chance from each annotator's label mix."""
    total = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / total
    first_counts, second_counts = Counter(first), Counter(second)
    expected = sum(first_counts[label] * second_counts[label] for label in first_counts) / total ** 2
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Macro-F1 over every label either side uses (as bench/nlu_eval.py scores the classifier)."""
    true_positive, false_positive, false_negative = Counter(), Counter(), Counter()
    for g, p in zip(gold, predicted):
        if g == p:
            true_positive[g] += 1
        else:
            false_positive[p] += 1
            false_negative[g] += 1
    labels = set(gold) | set(predicted)
    scores = [2 * true_positive[label] / (2 * true_positive[label] + false_positive[label] + false_negative[label])
              for label in labels]
    return sum(scores) / len(scores)


def disagreements(rows: Sequence[Dict[str, str]]) -> Counter:
    return Counter((r["first_annotator"], r["second_annotator"]) for r in rows
                   if r["first_annotator"] != r["second_annotator"])


def report(rows: Sequence[Dict[str, str]]) -> List[Tuple[str, str]]:
    first = [r["first_annotator"] for r in rows]
    second = [r["second_annotator"] for r in rows]
    adjudicated = [r["adjudicated"] for r in rows]
    agreed = sum(a == b for a, b in zip(first, second))
    with_alternative = sum(r["first_annotator"] in (r["second_annotator"], r["second_alternative"]) for r in rows)
    return [
        ("messages", f"{len(rows)}"),
        ("same intent", f"{agreed} ({agreed / len(rows):.1%})"),
        ("same intent or the second annotator's alternative", f"{with_alternative / len(rows):.1%}"),
        ("Cohen's kappa", f"{cohen_kappa(first, second):.3f}"),
        ("macro-F1, second annotator against the first", f"{macro_f1(first, second):.3f}"),
        ("macro-F1, second annotator against the adjudicated labels", f"{macro_f1(adjudicated, second):.3f}"),
        ("labels changed by adjudication", f"{sum(a != b for a, b in zip(first, adjudicated))}"),
    ]


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--table", type=Path, default=TABLE)
    rows = read_table(parser.parse_args(argv).table)
    for name, value in report(rows):
        print(f"{name:58s} {value}")
    print("\ndisagreements (first → second annotator):")
    for (first, second), count in disagreements(rows).most_common():
        print(f"  {count:3d}  {first} → {second}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
