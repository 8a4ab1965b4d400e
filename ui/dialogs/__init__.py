"""Dialogs of the app that do one job each: export, history of a draft, About."""

from ui.dialogs.export import ExportDialog

__all__ = ["ExportDialog"]
