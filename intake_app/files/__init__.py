"""Neutral file helpers for every part of the app that writes outside the vault database.

``atomic``: owner-only, crash-safe writes (vault files, backups, and soon exported PDFs).
``location``: where the app may keep its data folder, and where it may write any other file.
It sits below vault/ and export/ and imports nothing of ours but domain/.
"""
