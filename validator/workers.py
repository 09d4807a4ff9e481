"""Checking many claims files at once: `checking.build_and_check` in two processes, each file's
result coming back in the results cache's entry format (marshal reads it back far faster than
pickle reads objects). Fewer files than PARALLEL_FROM are checked in this process."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from validator.checked import Checked
from validator.checking import build_and_check
from validator.figures import measures
from validator.results_cache import freeze, thaw
from validator.sources import Sources

PARALLEL_FROM = 200  # fewer files to check than this: one process is faster than two


def _in_worker(job: tuple[str, bytes, str, float]) -> bytes:
    display, raw, root, tolerance = job
    return freeze(build_and_check(display, raw, Sources(Path(root)), tolerance))


def check_all(jobs: list[tuple[str, bytes]], root: Path, tolerance: float, sources: Sources,
              parallel: bool = True) -> list[tuple[Checked, bytes]]:
    """Each file checked, with the bytes of its cache entry.

    With `parallel`, many files are checked in two processes; what comes back from them is
    the cache entry's thin copy of each file, which --fix cannot use (it asks for none)."""
    if not parallel or len(jobs) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        done = [build_and_check(display, raw, sources, tolerance) for display, raw in jobs]
        return [(checked, freeze(checked)) for checked in done]
    work = [(display, raw, str(root), tolerance) for display, raw in jobs]
    try:
        # Each worker reads with this run's vocabulary, whatever way it was started.
        with ProcessPoolExecutor(max_workers=2, initializer=measures.install,
                                 initargs=(measures.project(),)) as pool:
            blobs = list(pool.map(_in_worker, work, chunksize=max(1, len(work) // 16)))
    except (OSError, BrokenProcessPool):  # no processes to be had here (sandbox, no /dev/shm): one is enough
        return check_all(jobs, root, tolerance, sources, parallel=False)
    return [(thaw(blob), blob) for blob in blobs]
