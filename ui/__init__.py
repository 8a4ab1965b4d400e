"""The Qt front end of OSB Basın (PySide6); the only package that imports Qt."""
