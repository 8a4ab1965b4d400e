"""Helpers for the people pages' tests: a context and counting ``changed``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ui.context import AppContext
from ui.forms.base import EditorPage
from ui.operations import Operations


@contextmanager
def editor_context() -> Iterator[AppContext]:
    """A real context with its own worker pool, shut down afterwards."""
    operations = Operations()
    try:
        yield AppContext(operations)
    finally:
        operations.shutdown()


class ChangeCounter:
    """Counts ``changed`` signals of a page."""

    def __init__(self, page: EditorPage) -> None:
        self.count = 0
        page.changed.connect(self._changed)

    def _changed(self) -> None:
        self.count += 1
