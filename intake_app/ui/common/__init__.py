"""Machinery shared by every screen: the worker thread, messages, dialogs, clipboard and
copy guards, form parts and the stylesheet."""
