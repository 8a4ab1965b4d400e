"""Dialogs of the app that do one job each (export today)."""

from ui.dialogs.export import ExportDialog

__all__ = ["ExportDialog"]
