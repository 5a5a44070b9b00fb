"""Helpers shared by the benchmarks: timing, percentiles, memory, scratch folders."""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def percentile(samples: Sequence[float], q: float) -> float:
    """The nearest-rank ``q``-th percentile (0-100); NaN when there are no samples."""
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def latency_summary(name: str, samples_s: Sequence[float]) -> dict[str, float]:
    """``{name}_p50_ms`` and ``{name}_p95_ms`` for samples in seconds."""
    return {
        f"{name}_p50_ms": ms(percentile(samples_s, 50)),
        f"{name}_p95_ms": ms(percentile(samples_s, 95)),
    }


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    """Run ``fn`` once; its result and the wall-clock seconds it took."""
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def ratio(measured: float, baseline: float) -> float:
    return round(measured / baseline, 3) if baseline > 0 else float("inf")


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def note(message: str) -> None:
    """Progress for the person watching; stdout is kept for the one JSON result."""
    print(message, file=sys.stderr, flush=True)


@contextmanager
def scratch_folder(parent: Path | None = None, keep: bool = False) -> Iterator[Path]:
    """A temporary folder for benchmark databases, removed afterwards unless ``keep``."""
    if keep:
        folder = Path(tempfile.mkdtemp(prefix="callcenter-bench-", dir=parent))
        note(f"keeping benchmark files in {folder}")
        yield folder
        return
    with tempfile.TemporaryDirectory(prefix="callcenter-bench-", dir=parent) as name:
        yield Path(name)
