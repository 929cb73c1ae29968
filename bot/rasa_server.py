"""`rasa run` with the HTTP API token taken from the environment (``RASA_TOKEN``).

Rasa reads its token only from ``--auth-token``, and a process's command line is readable by
every user of the machine (``ps``, ``/proc/<pid>/cmdline``). This launcher adds the flag inside
the Python process after it has started, so the token is on no command line; a process's
environment is readable by its own user only.

    RASA_TOKEN=… python -m bot.rasa_server --enable-api --interface 127.0.0.1 --model … --port 5005
"""
from __future__ import annotations

import os
import sys
from typing import Mapping, Sequence

TOKEN_VARIABLE = "RASA_TOKEN"
TOKEN_FLAG = "--auth-token"


def rasa_arguments(argv: Sequence[str], environ: Mapping[str, str]) -> list[str]:
    """The arguments of ``rasa run``: ours, then the token from the environment.

    Refuses to start without a token (the API would answer anyone who reaches the port) and with
    one on the command line (which is what this launcher exists to avoid).
    """
    token = environ.get(TOKEN_VARIABLE, "")
    if not token:
        raise SystemExit(f"{TOKEN_VARIABLE} is not set: Rasa's HTTP API would answer anyone.")
    if any(argument == TOKEN_FLAG or argument.startswith(f"{TOKEN_FLAG}=") for argument in argv):
        raise SystemExit(f"Pass the token in {TOKEN_VARIABLE}, not as {TOKEN_FLAG}: command lines are public.")
    return ["run", *argv, TOKEN_FLAG, token]


def main(argv: Sequence[str] | None = None) -> None:
    """Run Rasa in this process with the token added to its own view of the arguments."""
    arguments = rasa_arguments(sys.argv[1:] if argv is None else argv, os.environ)
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *arguments]
    rasa_main()


if __name__ == "__main__":
    main()
