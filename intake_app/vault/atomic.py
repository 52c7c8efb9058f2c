"""Moved to ``intake_app.files.atomic``; this name stays only while ui/access/setup_wizard.py
still imports it from here (an import the layer test lists as a known violation).

Delete this file once the set-up wizard saves the recovery key through the services layer.
"""

from intake_app.files.atomic import write_atomic

__all__ = ["write_atomic"]
