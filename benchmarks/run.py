"""Benchmark `validate` on one generated corpus against the obvious alternatives, in one command.

    python benchmarks/run.py [--work DIR] [--sources 5000] [--claims-per-source 20]
                             [--skip-jsonschema] [--output FILE]

On a corpus made by benchmarks/generate.py (by default 5,000 sources with 20 claims each,
100,000 claims, about 15 MB of YAML; nested shards give 1k, 10k and 100k claims of the same
corpus), it measures, each in a fresh child process (wall time, and peak resident memory of
the main process and of any worker process it starts):

* `validate` on 1k, 10k and 100k claims: cold (no `.validate_cache/`) and warm (cache
  filled by the cold run), and the growth from 10k to 100k;
* `check-jsonschema --schemafile schemas/claims.schema.json` on the same files (schema
  only: the alternative a team would reach for), once per size;
* the floor: the same YAML parsed by PyYAML's C loader (`yaml.load(..., CSafeLoader)`)
  alone, with Python's start-up included as it is for `validate`;
* the pre-commit case in the 100k repository: one claims file changed (a digit slipped),
  `validate --changed-only FILE` the first time (the hook's run: that file is checked afresh,
  every other one comes from the cache) and again (its own result cached too), and a full
  `validate`; and one source changed, which invalidates the claims file citing it.

It prints a markdown table (and writes it to --output). Timings depend on the machine and on
what else runs on it: the table says which machine, and the load average before and after.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate

SCHEMA = ROOT / "schemas" / "claims.schema.json"
TIMEOUT = 600
SIZES = {"1k": ["claims/s1k"], "10k": ["claims/s1k", "claims/s10k"], "100k": ["claims"]}

# Runs `validate` (or the floor) in this child, then reports the peak memory of this process and
# of the processes it waited for (the worker pool, if any) on the file descriptor it is given.
CHILD = r"""
import os, resource, sys
kind, argv = sys.argv[1], sys.argv[2:]
if kind == "validate":
    from validator.cli import main
    status = main(argv)
else:
    import yaml
    from pathlib import Path
    loader = getattr(yaml, "CSafeLoader")
    status = 0
    for folder in argv:
        for path in sorted(Path(folder).rglob("*.yaml")):
            yaml.load(path.read_bytes(), Loader=loader)
sys.stdout.flush()
with os.fdopen(int(os.environ["VALIDATE_BENCH_FD"]), "w") as report:
    report.write(f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss} "
                 f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\n")
sys.exit(status)
"""


@dataclass
class Measure:
    seconds: float
    rss_mb: float  # peak resident set of the main process
    workers_mb: float  # peak resident set of the largest worker process (0 when there is none)
    status: int
    stdout: str

    def memory(self) -> str:
        return f"{self.rss_mb:,.0f} MB" + (f" (+{self.workers_mb:,.0f} MB/worker)" if self.workers_mb else "")


def measure(kind: str, args: list[str], cwd: Path) -> Measure:
    """Run `validate ARGS` (kind "validate") or the bare parse (kind "floor") in a child process."""
    read, write = os.pipe()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "VALIDATE_BENCH_FD": str(write)}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", CHILD, kind, *args], cwd=cwd, env=env, pass_fds=(write,),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    os.close(write)
    try:
        out, err = child.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        child.kill()
        raise SystemExit(f"benchmark: {kind} {' '.join(args)} took more than {TIMEOUT} s") from None
    seconds = time.perf_counter() - start
    with os.fdopen(read) as report:
        line = report.read().split()
    if child.returncode not in (0, 1) or len(line) != 2:
        raise SystemExit(f"benchmark: {kind} {' '.join(args)} failed ({child.returncode}): {err.strip()[-500:]}")
    self_kb, children_kb = (int(x) for x in line)
    return Measure(seconds, self_kb / 1024, children_kb / 1024, child.returncode, out)


def measure_command(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"benchmark: {command[0]} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return seconds


def clear_cache(repo: Path) -> None:
    shutil.rmtree(repo / ".validate_cache", ignore_errors=True)


def cache_entries(repo: Path) -> int:
    folder = repo / ".validate_cache"
    return sum(1 for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else 0


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        total_kb = int(Path("/proc/meminfo").read_text().split("MemTotal:")[1].split()[0])
        memory = f", {total_kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, IndexError, ValueError):
        pass
    import yaml

    libyaml = "with libyaml" if getattr(yaml, "__with_libyaml__", False) else "pure Python"
    return (f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; PyYAML {yaml.__version__} ({libyaml})")


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def corpus(work: Path, sources: int, per_source: int) -> tuple[Path, dict]:
    repo = work / f"corpus-{sources}x{per_source}"
    manifest = repo / "manifest.json"
    if manifest.is_file():
        return repo, json.loads(manifest.read_text(encoding="utf-8"))
    if repo.exists():
        shutil.rmtree(repo)
    print(f"benchmark: generating {sources:,} sources x {per_source} claims in {repo}", file=sys.stderr)
    return repo, generate(repo, sources, per_source, seed=7, wrong=0.03)


def caught(output: str, manifest: dict) -> tuple[int, int]:
    """How many of the deliberately wrong claims were reported with the expected code."""
    found = {(f["claim_id"], f["code"]) for f in json.loads(output)["findings"]}
    planted = manifest["planted"]
    return sum((p["id"], p["expected"]) in found for p in planted), len(planted)


def run(args: argparse.Namespace) -> str:
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="validate-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    repo, manifest = corpus(work, args.sources, args.claims_per_source)
    # Bytecode as `pip install` leaves it, so that no run pays for compiling the tool's modules.
    compileall.compile_dir(str(ROOT / "validator"), quiet=1)
    load_before = load()
    rows: list[tuple[str, ...]] = []
    notes: list[str] = []
    results: dict[str, dict[str, float]] = {}

    def validate(*extra: str) -> Measure:
        return measure("validate", ["--root", str(repo), *extra], repo)

    for size, paths in SIZES.items():
        if size != "1k" and args.sources * args.claims_per_source < {"10k": 10_000, "100k": 100_000}[size]:
            continue
        print(f"benchmark: {size} claims", file=sys.stderr)
        clear_cache(repo)
        cold = validate("--format", "json", *paths)
        entries = cache_entries(repo)
        warm = min((validate(*paths) for _ in range(args.repeat)), key=lambda m: m.seconds)
        if cache_entries(repo) != entries:
            notes.append(f"{size}: the warm run wrote cache entries (the tool's code changed during the run?)")
        uncached = validate("--no-cache", *paths)
        floor = measure("floor", paths, repo)
        schema = None
        if not args.skip_jsonschema:
            files = sorted(str(p.relative_to(repo)) for path in paths for p in (repo / path).rglob("*.yaml"))
            schema = measure_command(["check-jsonschema", "--schemafile", str(SCHEMA), *files], repo)
        hits, planted = caught(cold.stdout, manifest) if paths == ["claims"] else (0, 0)
        if planted:
            notes.append(f"{size}: {hits:,} of {planted:,} deliberately wrong claims reported with the expected code")
        results[size] = {"cold": cold.seconds, "warm": warm.seconds, "uncached": uncached.seconds,
                         "floor": floor.seconds, "schema": schema or 0.0}
        rows.append((f"validate, {size} claims", f"{cold.seconds:.2f} s", cold.memory(),
                     f"{warm.seconds:.2f} s", warm.memory(), f"{uncached.seconds:.2f} s",
                     f"{floor.seconds:.2f} s", f"{cold.seconds / floor.seconds:.1f}x / {warm.seconds / floor.seconds:.2f}x",
                     f"{schema:.1f} s" if schema else "-",
                     f"{cold.seconds / schema:.2f}x / {warm.seconds / schema:.3f}x" if schema else "-"))

    growth = ""
    if "10k" in results and "100k" in results:
        r10, r100 = results["10k"], results["100k"]
        growth = (f"Growth 10k -> 100k claims (10x the claims): cold {r100['cold'] / r10['cold']:.1f}x, "
                  f"warm {r100['warm'] / r10['warm']:.1f}x, no cache {r100['uncached'] / r10['uncached']:.1f}x, "
                  f"bare parse {r100['floor'] / r10['floor']:.1f}x.")

    changed_rows = []
    if "100k" in results:
        print("benchmark: one changed file in the 100k repository", file=sys.stderr)
        validate("claims")  # make sure the cache is warm for the current code
        claims_file = max((repo / "claims" / "s100k").glob("*.yaml"))
        original = claims_file.read_bytes()
        seed = repo / "seeds" / (claims_file.stem + ".txt")
        seed_original = seed.read_bytes()
        relative = str(claims_file.relative_to(repo))
        try:
            claims_file.write_bytes(original.replace(b"arrests", b"arrests in Spain", 1))
            first = validate("--changed-only", relative)  # the hook's run: the edited file is checked afresh
            again = min((validate("--changed-only", relative) for _ in range(args.repeat)), key=lambda m: m.seconds)
            claims_file.write_bytes(original.replace(b"arrests,", b"arrest,", 1))
            full = validate("claims")
            claims_file.write_bytes(original)
            seed.write_bytes(seed_original.replace(b"Police", b"The police", 1))
            source = validate("--changed-only", str(seed.relative_to(repo)))
        finally:
            claims_file.write_bytes(original)
            seed.write_bytes(seed_original)
        changed_rows = [
            ("one claims file changed: `validate --changed-only FILE` (pre-commit), first run", first),
            ("the same, run again (its result cached)", again),
            ("one claims file changed: full `validate`", full),
            ("one source changed: `validate --changed-only SOURCE`", source),
        ]
    load_after = load()

    lines = [f"Machine: {machine()}.",
             (f"Corpus: {manifest['sources']:,} sources, {manifest['claims']:,} claims, "
             f"{manifest['yaml_bytes'] / 1e6:.1f} MB of YAML ({args.claims_per_source} claims per file), "
             f"{len(manifest['planted']):,} deliberately wrong. Load average before {load_before}, after {load_after}."),
             "",
             ("| run | cold | memory (cold) | warm | memory (warm) | --no-cache | bare C parse | "
             "vs parse (cold / warm) | check-jsonschema | vs check-jsonschema (cold / warm) |"),
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    if changed_rows:
        lines += ["", "| pre-commit case, 100k-claim repository, cache warm | time | memory |", "| --- | ---: | ---: |"]
        lines += [f"| {name} | {m.seconds:.2f} s | {m.memory()} |" for name, m in changed_rows]
    if growth:
        lines += ["", growth]
    lines += [f"{note}." if not note.endswith(".") else note for note in notes]
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", help="folder for the corpus, kept and reused (default: a temporary folder)")
    parser.add_argument("--sources", type=int, default=5000)
    parser.add_argument("--claims-per-source", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3, help="warm runs per size; the fastest counts")
    parser.add_argument("--skip-jsonschema", action="store_true", help="leave check-jsonschema out (about 40 s)")
    parser.add_argument("--output", help="also write the table to this file")
    args = parser.parse_args(argv)
    if not args.skip_jsonschema and shutil.which("check-jsonschema") is None:
        parser.error("check-jsonschema is not installed (pip install check-jsonschema), or pass --skip-jsonschema")
    table = run(args)
    sys.stdout.write(table)
    if args.output:
        Path(args.output).write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
