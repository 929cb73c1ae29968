"""`python -m bot.web`: run the web front and print where to open it."""
from __future__ import annotations

import logging

from aiohttp import web

from bot.privacy import PiiMaskingFilter
from bot.web.app import create_app
from bot.web.settings import Settings


def configure_logging() -> None:
    """Log to stderr through a handler that masks personal data in every record."""
    handler = logging.StreamHandler()
    handler.addFilter(PiiMaskingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def main() -> None:
    """Read settings once, print the URLs, serve until interrupted."""
    configure_logging()
    settings = Settings.from_env()
    shown_host = "localhost" if settings.host in ("0.0.0.0", "") else settings.host
    print(f"워라밸 길잡이: http://{shown_host}:{settings.port}/  "
          f"(상담사 화면 http://{shown_host}:{settings.port}/agent)", flush=True)
    web.run_app(create_app(settings), host=settings.host, port=settings.port, print=None)


if __name__ == "__main__":
    main()
