"""Where OSB Basın keeps the officer's data (the drafts database and its backups) and its caches.

By default the per-user data and cache folders of the platform
(``platformdirs``); the ``OSBPRESS_HOME`` environment variable overrides
both (the cache then lives in its ``cache`` folder), for tests and for a
portable install on a USB stick. The CLI and the app both ask here.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

HOME_ENV = "OSBPRESS_HOME"
APP_NAME = "OSB Basın"
STORE_FILE = "taslaklar.sqlite3"
BACKUP_FOLDER = "yedekler"


def data_dir() -> Path:
    """The data folder (not created here)."""
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The folder for what can be made again (parsed fonts, compiled templates, prepared
    photos); not created here."""
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        return Path(override).expanduser() / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def store_path() -> Path:
    """The drafts database inside the data folder."""
    return data_dir() / STORE_FILE


def backup_dir(store: Path) -> Path:
    """Backups live beside the database they copy, so a moved folder keeps them."""
    return store.parent / BACKUP_FOLDER
