"""Add a batch of newly written NLU examples, split into training and held-out by phrasing group.

Writers deliver a batch file: Rasa-style intent blocks where each block is one *phrasing group*
(one way of asking, written out in 2-4 surface variants) and carries a `group` name:

    - intent: ask_amount
      group: amount-w3-07
      examples: |
        - 육휴 들어가면 통장에 매달 얼마 찍혀요?
        - [육아휴직]{"entity": "program", "value": "parental_leave"} 중에 매달 입금되는 돈 얼마예요

`check` validates a batch (intents, entity names and normalised values by the rules of
tests/nlu/test_training_data.py, one value per surface word, no text already in the data).
`merge` sends whole groups to one side, about `--heldout-share` of each intent's groups to
`nlu_data/heldout` and the rest to `nlu_data/train`, so the held-out score keeps measuring
ways of asking the model never saw (`--heldout-share 0`: all to training, the held-out set
unchanged). Which groups go where depends only on the seed and the group names, never on the
texts.

    .venv/bin/python bench/nlu_batch.py check BATCH.yml [...]
    .venv/bin/python bench/nlu_batch.py merge --label NAME [--heldout-share 0.25] BATCH.yml [...]
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from tests.nlu.test_training_data import (  # noqa: E402  (the data rules live with their tests)
    ALLOWED_ENTITIES, FIXED_INTENTS, PARAGRAPH_MIN, _entities, _examples, _key, _surface_values,
    _value_problem,
)

NLU_DATA = ROOT / "nlu_data"
FILE_OF_INTENT = {
    **dict.fromkeys(("greet", "goodbye", "thanks", "affirm", "deny", "restart"), "greetings.yml"),
    **dict.fromkeys(("out_of_scope", "chitchat", "human_handoff", "bot_challenge", "check_my_case"), "meta.yml"),
    **dict.fromkeys(("ask_program_info", "ask_eligibility", "ask_amount", "ask_how_to_apply", "ask_deadline",
                     "ask_why_not"), "programs.yml"),
    **dict.fromkeys(("ask_what_if", "ask_plan"), "planning.yml"),
    **dict.fromkeys(("inform", "correct"), "inform.yml"),
    **dict.fromkeys(("ask_employer_obligation", "ask_refusal_rule", "ask_penalty", "ask_employer_subsidy"),
                    "employer.yml"),
}
PARAGRAPHS_FILE = "paragraphs.yml"


@dataclass(frozen=True)
class Group:
    """One phrasing group of a batch: its intent, name and annotated example lines."""

    intent: str
    name: str
    lines: Tuple[str, ...]  # Rasa annotated text, without the leading "- "


def read_batch(path: Path) -> List[Group]:
    """The groups of a batch file (a YAML list of blocks with intent, group and examples)."""
    blocks = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    groups = []
    for block in blocks:
        lines = tuple(line.strip()[2:].strip() for line in str(block.get("examples", "")).splitlines()
                      if line.strip().startswith("- "))
        groups.append(Group(str(block.get("intent")), str(block.get("group")), lines))
    return groups


def problems(groups: Sequence[Group]) -> List[str]:
    """Everything that keeps a batch out of the data, one Korean-free line per problem."""
    found: List[str] = []
    names = [g.name for g in groups]
    found += [f"group name used twice: {n}" for n in sorted({n for n in names if names.count(n) > 1})]
    existing = {_key(m.get("text")) for split in ("train", "heldout") for m in _examples(split)}
    seen: Dict[str, str] = {}
    synonyms = {surface: min(values) for surface, values in _surface_values(_entities()).items()}
    for group, message in _parsed(groups):
        text = message.get("text")
        where = f"{group.name}: {text[:50]}"
        if group.intent not in FIXED_INTENTS:
            found.append(f"{group.name}: unknown intent {group.intent}")
        if _key(text) in existing:
            found.append(f"{where}: already in nlu_data")
        if _key(text) in seen:
            found.append(f"{where}: written twice (also in {seen[_key(text)]})")
        seen.setdefault(_key(text), group.name)
        for entity in message.get("entities") or []:
            if entity["entity"] not in ALLOWED_ENTITIES:
                found.append(f"{where}: unknown entity {entity['entity']}")
            elif (why := _value_problem(entity["entity"], entity.get("value"))) is not None:
                found.append(f"{where}: {entity['entity']}={entity.get('value')!r} {why}")
            found += _synonym_clash(synonyms, text, entity, where)
    found += [f"{g.name}: no examples" for g in groups if not g.lines]
    return found


def _synonym_clash(synonyms: Dict[str, str], text: str, entity: dict, where: str) -> List[str]:
    """Rasa keys synonyms on the surface word alone: one word must keep one value everywhere."""
    surface, value = text[entity["start"]:entity["end"]], entity.get("value")
    if value == surface:
        return []
    known = synonyms.setdefault(surface, value)
    return [] if known == value else [f"{where}: {surface!r} is {value!r} here but {known!r} elsewhere"]


def _parsed(groups: Sequence[Group]) -> Iterable[Tuple[Group, "Message"]]:  # noqa: F821
    """Each example as Rasa reads it (entities and values from the annotation)."""
    from rasa.shared.nlu.training_data.loading import load_data

    with tempfile.TemporaryDirectory() as tmp:
        for index, group in enumerate(groups):
            path = Path(tmp) / f"{index}.yml"
            path.write_text(_blocks_yaml({group.intent: list(group.lines)}), encoding="utf-8")
            for message in load_data(str(path), language="ko").intent_examples:
                yield group, message


def split_groups(groups: Sequence[Group], share: float, seed: str) -> Tuple[List[Group], List[Group]]:
    """(train, held-out): per intent, the groups ranked by a hash of seed and name; the first
    ``round(share * n)`` are held out (at least one when the intent has two groups or more).
    A share of 0 sends every group to training: a round that keeps the held-out set fixed, so
    its score stays comparable with the one before."""
    by_intent: Dict[str, List[Group]] = defaultdict(list)
    for group in groups:
        by_intent[group.intent].append(group)
    train, heldout = [], []
    for intent_groups in by_intent.values():
        ranked = sorted(intent_groups, key=lambda g: hashlib.sha256(f"{seed}:{g.name}".encode()).hexdigest())
        count = max(round(share * len(ranked)), 1 if len(ranked) > 1 else 0) if share > 0 else 0
        heldout += ranked[:count]
        train += ranked[count:]
    return train, heldout


def merge(groups: Sequence[Group], split: str, label: str, note: str) -> Dict[str, int]:
    """Append the groups' examples to the split's files (one block per intent); counts per file."""
    per_file: Dict[str, Dict[str, List[str]]] = defaultdict(lambda: defaultdict(list))
    for group in groups:
        for line in group.lines:
            name = PARAGRAPHS_FILE if len(plain_text(line)) >= PARAGRAPH_MIN else FILE_OF_INTENT[group.intent]
            per_file[name][group.intent].append(line)
    for name, blocks in per_file.items():
        path = NLU_DATA / split / name
        text = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
        comment = f"# {label}: new phrasings, {note} (bench/nlu_batch.py)\n"
        path.write_text(text + comment + _blocks_yaml(blocks, header=False), encoding="utf-8")
    return {name: sum(map(len, blocks.values())) for name, blocks in per_file.items()}


def plain_text(line: str) -> str:
    """The message text of an annotated line (what Rasa would read)."""
    import re

    return re.sub(r"\[([^\]]*)\]\{[^}]*\}", r"\1", line)


def _blocks_yaml(blocks: Dict[str, List[str]], header: bool = True) -> str:
    lines = ['version: "3.1"', "nlu:"] if header else []
    for intent, texts in blocks.items():
        lines += [f"- intent: {intent}", "  examples: |"] + [f"    - {text}" for text in texts]
    return "\n".join(lines) + "\n"


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("check", "merge"))
    parser.add_argument("batches", nargs="+", type=Path)
    parser.add_argument("--heldout-share", type=float, default=0.25)
    parser.add_argument("--seed", default="worklife-nlu")
    parser.add_argument("--label", default="batch")
    args = parser.parse_args(argv)
    groups = [group for path in args.batches for group in read_batch(path)]
    found = problems(groups)
    for line in found:
        print(line)
    examples = sum(len(g.lines) for g in groups)
    print(f"{len(groups)} groups, {examples} examples, {len(found)} problems")
    if found or args.command == "check":
        return 1 if found else 0
    train, heldout = split_groups(groups, args.heldout_share, args.seed)
    note = "split into train and held-out by phrasing group" if heldout else "all for training"
    print("train:", merge(train, "train", args.label, note))
    print("heldout:", merge(heldout, "heldout", args.label, note))
    return 0


if __name__ == "__main__":
    sys.exit(main())
