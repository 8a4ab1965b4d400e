"""The ground floor of the app's screens: widgets that know no page, dialog or draft.

Everything here is generic and is used by more than one feature package
(``ui.forms``, ``ui.settings``, ``ui.library``, ``ui.dialogs``): labels from a
model's field titles, ordered rows and lists with their buttons, thumbnails,
the scroll wrapper, local times, and the organisation box with its "Ekler"
line. Nothing here imports a feature package, the main window or the app;
the import-linter contract in ``pyproject.toml`` holds that.
"""
