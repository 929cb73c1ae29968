"""Kakao i OpenBuilder skill endpoint: request parsing, response templates, the route."""
