"""PDF rendering of already-redacted views."""
