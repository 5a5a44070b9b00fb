"""Run one benchmark and print its result as one JSON object on stdout.

    python -m tests.bench core [--contacts N] ...
    python -m tests.bench --list

Each benchmark is a module ``tests/bench/<name>.py`` with ``run(argv) -> dict``;
it parses its own options from ``argv``.  Progress goes to stderr.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

# Modules here that are helpers, not benchmarks.
_NOT_BENCHMARKS = {"common", "__main__"}


def available() -> list[str]:
    folder = Path(__file__).parent
    return sorted(
        m.name
        for m in pkgutil.iter_modules([str(folder)])
        if m.name not in _NOT_BENCHMARKS
        and hasattr(importlib.import_module(f"tests.bench.{m.name}"), "run")
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in {"-h", "--help", "--list"}:
        print(__doc__.strip(), file=sys.stderr)
        print("benchmarks: " + ", ".join(available()), file=sys.stderr)
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if not name.isidentifier() or name in _NOT_BENCHMARKS:
        print(f"no benchmark called {name!r}", file=sys.stderr)
        return 2
    try:
        module = importlib.import_module(f"tests.bench.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"tests.bench.{name}":
            raise
        print(f"no benchmark called {name!r}; there are: {', '.join(available())}", file=sys.stderr)
        return 2
    if not hasattr(module, "run"):
        print(f"tests.bench.{name} is a helper, not a benchmark", file=sys.stderr)
        return 2
    result = module.run(rest)
    print(json.dumps({"benchmark": name, **result}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
