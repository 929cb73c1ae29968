"""Command line: `python -m knowledge.faq answer KEY [YYYY-MM-DD]` prints one rendered answer;
`python -m knowledge.faq list` prints every key with its question."""
from __future__ import annotations

import sys
from datetime import date

from knowledge.errors import KnowledgeError
from knowledge.faq import answer_faq, load_faq

USAGE = "사용법: python -m knowledge.faq list | answer KEY [YYYY-MM-DD]"


def _answer(args: list[str]) -> str:
    as_of = date.fromisoformat(args[1]) if len(args) > 1 else date.today()
    return answer_faq(args[0], as_of).text + "\n"


def _list() -> str:
    return "".join(f"{key}\t{entry.question}\n" for key, entry in sorted(load_faq().items()))


def main(argv: list[str]) -> int:
    """Run one sub-command; errors go to stderr as one Korean line, exit status 2."""
    try:
        if argv[:1] == ["list"]:
            sys.stdout.write(_list())
        elif argv[:1] == ["answer"] and len(argv) >= 2:
            sys.stdout.write(_answer(argv[1:]))
        else:
            sys.stderr.write(USAGE + "\n")
            return 2
    except (KnowledgeError, ValueError) as error:
        sys.stderr.write(f"{error}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
