"""Benchmark harness: `python -m bench` prints JSON figures and ratios."""
