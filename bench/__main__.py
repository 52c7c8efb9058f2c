"""Run every benchmark and print one JSON document."""

from __future__ import annotations

import importlib
import json
import os
import sys

SUITES = ["bench.vault_bench", "bench.search_bench", "bench.ui_bench", "bench.case_open_bench",
          "bench.review_bench", "bench.risk_bench", "bench.export_bench",
          "bench.startup_bench"]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: dict[str, object] = {}
    wanted = sys.argv[1:] or SUITES
    for name in wanted:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            results[name] = "not present"
            continue
        results[name] = module.run()
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
