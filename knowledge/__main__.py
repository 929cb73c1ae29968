"""Command line: `python -m knowledge evaluate CASE.json|-` and `python -m knowledge programs`."""
import sys

from knowledge.cli import main

sys.exit(main(sys.argv[1:]))
