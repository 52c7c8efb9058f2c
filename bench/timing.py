"""How the benchmarks time a call: the median of several runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(call: Callable[[], object], runs: int = 21) -> float:
    """The median wall time of ``runs`` calls of ``call``, in milliseconds (2 decimals)."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        timings.append(time.perf_counter() - start)
    return round(statistics.median(timings) * 1000, 2)
