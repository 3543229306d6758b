"""Every cache key is built in bbg_site/cache_keys.py."""

import ast
from pathlib import Path

import pytest
from django.utils import translation

from bbg_site import cache_keys, content_cache

ROOT = Path(__file__).resolve().parents[2]
APPS = ["bbg_site", "publications", "people", "projects", "events", "editorial"]
CACHE_METHODS = {"get", "set", "add", "incr", "decr", "delete", "get_many", "set_many"}


def _source_files():
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts and path.name != "cache_keys.py":
                yield path


def _key_written_in_place(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def test_no_module_but_cache_keys_writes_a_cache_key():
    found = []
    for path in _source_files():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            is_cache_call = (
                isinstance(func, ast.Attribute)
                and func.attr in CACHE_METHODS
                and isinstance(func.value, ast.Name)
                and func.value.id == "cache"
            )
            is_remember = (isinstance(func, ast.Name) and func.id == "remember") or (
                isinstance(func, ast.Attribute) and func.attr == "remember"
            )
            if (is_cache_call or is_remember) and _key_written_in_place(node.args[0]):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, f"cache keys written in place (build them in bbg_site/cache_keys.py): {found}"


def test_a_content_value_needs_a_key_from_cache_keys():
    with pytest.raises(TypeError, match="bbg_site/cache_keys.py"):
        content_cache.remember("site:example.org:80", lambda: 1)


def test_a_key_from_a_request_is_safe_for_any_cache_backend():
    slug = "a slug with spaces\nand a newline " + "x" * 400
    for key in (
        content_cache.key(cache_keys.route_step(3, slug)),
        content_cache.key(cache_keys.page("example.org", "/" + slug)),
        cache_keys.rate("subscribe", "203.0.113.7, " + slug),
    ):
        assert len(key) < 250
        assert not any(character.isspace() for character in key)


@pytest.mark.parametrize("language", ["sq", "sr-latn"])
def test_what_a_reader_sees_is_kept_apart_per_language(language):
    with translation.override("en"):
        english = [cache_keys.route_step(3, "about"), cache_keys.listing(4, "options")]
    with translation.override(language):
        other = [cache_keys.route_step(3, "about"), cache_keys.listing(4, "options")]
    assert all(a != b for a, b in zip(english, other, strict=True))


def test_a_reader_s_choice_makes_its_own_listing_key():
    assert cache_keys.listing(4, "totals", "energy") != cache_keys.listing(4, "totals", "")
