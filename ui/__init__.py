"""The Qt front end of OSB Basın (PySide6); the only package that imports Qt.

PySide6 6.12.0 drops one reference to ``None`` each time an empty value
crosses between Qt and Python (every ``data()`` role a model does not
answer, every ``processEvents``). On Python 3.11 ``None`` is an ordinary
object, so after a few thousand such calls its count reaches zero and the
interpreter aborts (``Fatal Python error: none_dealloc``); from 3.12 on
``None`` is immortal and nothing happens. Until a PySide6 release fixes it,
we give ``None`` enough references that the count can never run out
(``tests/ui/test_none_refcount.py`` reproduces the abort without this).
"""

import sys

if sys.version_info < (3, 12):
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
