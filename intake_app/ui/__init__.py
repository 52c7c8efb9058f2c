"""PySide6 widgets. The only package (with app.py) that imports Qt."""
