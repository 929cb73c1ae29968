"""Every training line belongs to a writer round (bench/nlu_rounds.py reads the merge comments):
the leave-one-round-out validation of docs/nlu.md scores each round by a model that never saw it,
so a line the parser cannot place would silently join the `base` lines and leak."""
from __future__ import annotations

import sys

import pytest

from bot.paths import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from nlu_batch import plain_text  # noqa: E402
from nlu_rounds import BASE_ROUND, round_of_comment, rounds_of_lines  # noqa: E402
from tests.nlu.test_training_data import _examples  # noqa: E402


@pytest.mark.parametrize("comment, expected", [
    ("# batch 2026-12-02 (five writers): new phrasings, split into train and held-out by phrasing group", "C"),
    ("# batch 2026-12-02 round 2 (four writers): new phrasings", "D"),
    ("# batch 2026-12-03 round 4 (five writers): new phrasings", "F"),
    ("# Round 5 (writers 19-24): new phrasings, all for training (bench/nlu_batch.py)", "R5"),
    ("# round8: new phrasings, split into train and held-out by phrasing group", "R8"),
    ("# Round 13 (writers 68-74, contrast pairs …): new phrasings", "R13"),
    ("# boundary 2026-12-03 (training only, like the earlier boundary examples): a leave's length", None),
    ("# programs intents: ask_program_info, ask_eligibility", None),
])
def test_round_comments(comment, expected):
    assert round_of_comment(comment) == expected


def test_plain_text_drops_annotations():
    line = '[육휴]{"entity": "program", "value": "parental_leave"} 쓰면 [월 300]{"entity": "monthly_wage", "value": "3000000"}인데 얼마?'
    assert plain_text(line) == "육휴 쓰면 월 300인데 얼마?"


def test_every_training_line_has_a_round():
    rounds = rounds_of_lines(ROOT / "nlu_data" / "train")
    texts = [m.get("text").strip() for m in _examples("train")]
    missing = [t for t in texts if t not in rounds]
    assert missing == []
    found = {rounds[t] for t in texts}
    assert {BASE_ROUND, "C", "D", "E", "F"} <= found
    numbered = sorted(int(r[1:]) for r in found if r.startswith("R"))
    assert numbered == list(range(5, numbered[-1] + 1))  # no numbered round lost


def test_every_heldout_line_is_in_a_named_part():
    """`make nlu-eval` scores the held-out set part by part (docs/nlu.md): a round split into it
    must be given its part letter in bench/nlu_eval.py, or its lines would be scored apart
    under a bare round name."""
    from nlu_eval import HELDOUT_PARTS

    rounds = rounds_of_lines(ROOT / "nlu_data" / "heldout")
    texts = [m.get("text").strip() for m in _examples("heldout")]
    assert [t for t in texts if rounds.get(t) not in HELDOUT_PARTS] == []
    assert sorted({HELDOUT_PARTS[rounds[t]] for t in texts}) == ["A+B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]
