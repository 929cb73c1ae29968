"""The aiohttp web front: widget, agent console, HR JSON API, Kakao skill endpoint."""
