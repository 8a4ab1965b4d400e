"""Compiled Jinja templates kept between runs, so a fresh process does not compile them again.

Jinja turns each template into Python code and compiles that: four fifths
of composing a release in a fresh process, and most of its first HTML
snippet. :class:`TemplateCache` is a Jinja bytecode cache in the cache
folder (``osbpress.paths.cache_dir``); the HTML environment reads its files
through it, and :func:`from_string` gives the same to the sentence
templates, which Jinja's own ``from_string`` never caches.

An entry is found by the template's name (for ``from_string``, the digest of
its source), the environment's syntax options and Jinja's version; Jinja
itself checks the source's checksum and the Python version stored in the
entry. A folder that cannot be read or written (read-only, full, missing)
only means compiling as before; nothing here can make an output differ.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import BytecodeCache, Environment, Template
from jinja2.bccache import Bucket

from osbpress.files import write_cache
from osbpress.paths import cache_dir

__all__ = ["TemplateCache", "from_string"]

# What changes the code Jinja generates for the same source.
_SYNTAX = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
)


class TemplateCache(BytecodeCache):
    """Compiled templates of the environments of one ``kind`` ("html", "sentences")."""

    def __init__(self, kind: str) -> None:
        self._kind = kind

    def folder(self) -> Path:
        """Where the entries live (asked each time: tests move the data folder)."""
        return cache_dir() / "templates" / self._kind

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        return super().get_bucket(environment, f"{_syntax(environment)}|{name}", filename, source)

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            with (self.folder() / f"{bucket.key}.jinja").open("rb") as entry:
                bucket.load_bytecode(entry)  # a wrong header or damaged code resets the bucket
        except OSError:
            return

    def dump_bytecode(self, bucket: Bucket) -> None:
        # Refused (read-only, full disk): the next run compiles again.
        write_cache(self.folder() / f"{bucket.key}.jinja", bucket.bytecode_to_string())


def from_string(environment: Environment, source: str) -> Template:
    """``environment.from_string(source)``, its compiled code kept in the environment's cache."""
    cache = environment.bytecode_cache
    if cache is None:
        return environment.from_string(source)
    name = hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    bucket = cache.get_bucket(environment, name, None, source)
    code = bucket.code
    if code is None:
        code = environment.compile(source)
        bucket.code = code
        cache.set_bucket(bucket)
    template: Template = environment.template_class.from_code(
        environment, code, environment.make_globals(None), None
    )
    return template


def _syntax(environment: Environment) -> str:
    options: list[Any] = [type(environment).__qualname__, jinja2.__version__]
    options += [getattr(environment, option) for option in _SYNTAX]
    autoescape = environment.autoescape
    options.append(autoescape if isinstance(autoescape, bool) else "select")
    options.append(sorted(environment.extensions))
    return hashlib.blake2b(repr(options).encode(), digest_size=8).hexdigest()
