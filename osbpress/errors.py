"""The engine's error types; every message is Turkish and names what went wrong.

Callers (the CLI, the app) show ``str(error)`` to the officer as it is, so a
message must say which file, field or photo is at fault and never carry a
traceback.
"""


class OsbPressError(Exception):
    """Base of every error the engine raises on purpose for bad input."""


class DraftError(OsbPressError):
    """A draft or profile file could not be read or did not validate."""


class MediaError(OsbPressError):
    """A photo or logo is missing, not an image, corrupt or too large."""


class TemplateError(OsbPressError):
    """A release kind under templates/ is missing or malformed."""
