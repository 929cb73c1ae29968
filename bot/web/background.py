"""Tasks that outlive their request (Kakao callbacks), kept so shutdown can finish them."""
from __future__ import annotations

import asyncio
from typing import AsyncIterator, Coroutine, Any

from aiohttp import web

from bot.web.keys import BACKGROUND_TASKS

SHUTDOWN_GRACE_SECONDS = 5.0


def spawn(app: web.Application, coroutine: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
    """Run `coroutine` after the response is sent; the app holds a reference until it ends."""
    task = asyncio.create_task(coroutine)
    tasks = app[BACKGROUND_TASKS]
    tasks.add(task)
    task.add_done_callback(tasks.discard)
    return task


async def background_tasks_ctx(app: web.Application) -> AsyncIterator[None]:
    """cleanup_ctx: give running tasks a short grace period at shutdown, then cancel them."""
    app[BACKGROUND_TASKS] = set()
    yield
    pending = set(app[BACKGROUND_TASKS])
    if pending:
        _, still_running = await asyncio.wait(pending, timeout=SHUTDOWN_GRACE_SECONDS)
        for task in still_running:
            task.cancel()
        await asyncio.gather(*still_running, return_exceptions=True)
