"""The Qt front end of OSB Basın (PySide6); the only package that imports Qt.

PySide6 6.12.0 drops one reference to ``None`` each time an empty value
crosses between Qt and Python (every ``data()`` role a model does not
answer, every ``processEvents``) and one to ``True`` on every
``Signal.emit()`` from Python. On Python 3.11 these are ordinary objects, so
after a few thousand such calls (some 1,500 keystrokes in the app) a count
reaches zero and the interpreter aborts (``Fatal Python error:
none_dealloc`` / ``bool_dealloc``); from 3.12 on they are immortal and
nothing happens. Until a PySide6 release fixes it, we give ``None``,
``True`` and ``False`` enough references that the count can never run out
(``tests/ui/test_none_refcount.py`` reproduces both aborts without this).
"""

import sys

if sys.version_info < (3, 12):
    import ctypes

    for _immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_immortal)).value += 1 << 40
