"""Strict YAML reading for knowledge data: dates stay text, a key written twice is an error.

PyYAML silently keeps the last of two equal keys and turns `2025-02-30`-like text into dates or
errors of its own; knowledge files must fail loudly instead, naming the file and the key.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from knowledge.errors import LawDataError

# libyaml's parser when installed (about 10x faster); same safe constructor either way.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_BaseLoader):
    """SafeLoader that keeps dates as text and rejects duplicate mapping keys."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict:
    mapping: dict = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node)
        if key in mapping:
            raise LawDataError(loader.name, str(key), "같은 키가 두 번 있어요")
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay strings so that a malformed date is reported, not silently converted.
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path) -> object:
    """The YAML document of `path`; syntax errors and duplicate keys raise `LawDataError`."""
    with path.open(encoding="utf-8") as handle:
        loader = _StrictLoader(handle)
        loader.name = str(path)
        try:
            return loader.get_single_data()
        except yaml.YAMLError as error:
            raise LawDataError(str(path), "-", f"YAML 문법 오류: {error}") from error
        finally:
            loader.dispose()
