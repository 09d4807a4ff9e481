"""The hook, end to end with the real pre-commit framework and real git commits.

pre-commit installs this checkout (copied into a throwaway git repository, so uncommitted
work is what gets tested) as an ordinary package in its own virtual environment, and runs
it in a user's repository that has no `schemas/` folder of ours. The hook environment is
built once for the module: that takes most of a minute.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PROJECT

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/004_454c6d8bf6139045.txt"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="the pre-commit hook test needs git")


def test_packaged_schema_files_are_the_published_ones() -> None:
    for name in ("claims.schema.json", "measures.schema.json"):
        assert (ROOT / "validator" / "data" / name).read_bytes() == (ROOT / "schemas" / name).read_bytes(), name


def test_hook_manifest_matches_claims_and_seeds_only() -> None:
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "validate-claims" and hook["language"] == "python" and hook["require_serial"] is True
    assert hook["entry"].split()[0] == "validate"
    files = re.compile(hook["files"])
    for path in ("claims/a.yaml", "claims/sub/b.yml", SEED):
        assert files.search(path), path
    for path in ("README.md", "claims/notes.txt", "validator/cli.py", "other/seeds/x.txt"):
        assert not files.search(path), path


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    (home / "gitconfig").touch()
    env.update({
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_GLOBAL": str(home / "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1",
        "PRE_COMMIT_HOME": str(home / "pre-commit-cache"), "NO_COLOR": "1",
    })
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def _git(cwd: Path, env: dict[str, str], *args: str) -> str:
    done = _run(["git", *args], cwd, env)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def readme_snippet() -> str:
    """The `.pre-commit-config.yaml` the README tells users to write."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### pre-commit"):]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


@pytest.fixture(scope="module")
def user_repo(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    base = tmp_path_factory.mktemp("precommit")
    env = _env(base)
    hooks = base / "figurecheck"
    shutil.copytree(ROOT / "validator", hooks / "validator", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, hooks / name)
    _git(hooks, env, "init", "-q")
    _git(hooks, env, "add", ".")
    _git(hooks, env, "commit", "-q", "-m", "figurecheck as it is in the working tree")
    rev = _git(hooks, env, "rev-parse", "HEAD")

    user = base / "dataset"
    (user / "claims").mkdir(parents=True)
    shutil.copytree(PROJECT / "seeds", user / "seeds")
    snippet = readme_snippet()
    config = re.sub(r"(?m)^(\s*- repo:).*$", rf"\1 {hooks.as_posix()}", snippet)
    config = re.sub(r"(?m)^(\s*rev:).*$", rf"\1 {rev}", config)
    assert config != snippet and "id: validate-claims" in config
    (user / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _git(user, env, "init", "-q")
    installed = _run([sys.executable, "-m", "pre_commit", "install"], user, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    shutil.copy2(PROJECT / "claims" / "004-tantalio.yaml", user / "claims" / "004-tantalio.yaml")
    first = _commit(user, env, "seeds", "claims/004-tantalio.yaml", ".pre-commit-config.yaml")
    assert first.returncode == 0, first.stdout + first.stderr  # a good claims file passes
    return user, env


def _commit(repo: Path, env: dict[str, str], *paths: str, verify: bool = True) -> subprocess.CompletedProcess:
    _git(repo, env, "add", *paths)
    flags = [] if verify else ["--no-verify"]
    # The first commit builds the hook's environment (pip install of the hook repository).
    return _run(["git", "commit", "-q", *flags, "-m", "change"], repo, env, timeout=900)


def _bad_claims(source: str = SEED) -> str:
    return (f"source:\n  path: {source}\nclaims:\n"
            "  - id: bad.arrests\n    claim: 39 arrests\n    quote: Police have arrested 39 suspects\n")


def test_hook_passes_good_claims_and_blocks_bad_ones_printing_the_finding(user_repo) -> None:
    repo, env = user_repo
    assert "004-tantalio.yaml" in _git(repo, env, "ls-files", "claims")  # committed through the hook

    (repo / "claims" / "bad.yaml").write_text(_bad_claims(), encoding="utf-8")
    blocked = _commit(repo, env, "claims/bad.yaml")
    assert blocked.returncode != 0
    output = blocked.stdout + blocked.stderr  # git prints the hook's output on standard error
    assert re.search(r"claims/bad\.yaml:6:\d+: Q002 error", output), output
    assert "bad.yaml" in _git(repo, env, "diff", "--cached", "--name-only")  # not committed
    _git(repo, env, "reset", "-q")


def test_hook_reports_only_on_the_committed_files(user_repo) -> None:
    repo, env = user_repo
    (repo / "claims" / "bad.yaml").write_text(_bad_claims(), encoding="utf-8")
    forced = _commit(repo, env, "claims/bad.yaml", verify=False)
    assert forced.returncode == 0, forced.stderr

    (repo / "claims" / "other.yaml").write_text(
        f"source:\n  path: {SEED}\nclaims:\n  - id: other.countries\n    claim: 18 countries\n"
        "    quote: The suspects were active in 18 countries\n", encoding="utf-8")
    passed = _commit(repo, env, "claims/other.yaml")
    assert passed.returncode == 0, passed.stdout + passed.stderr  # bad.yaml is not in this commit


def test_a_changed_seed_rechecks_the_claims_that_cite_it(user_repo) -> None:
    repo, env = user_repo
    with open(repo / SEED, "a", encoding="utf-8") as handle:
        handle.write("A correction was appended.\n")
    blocked = _commit(repo, env, SEED)
    assert blocked.returncode != 0
    assert re.search(r"claims/004-tantalio\.yaml:\d+:\d+: Q005 error", blocked.stdout + blocked.stderr), blocked.stderr
    _git(repo, env, "reset", "-q", "--hard")


UPDATE_SOURCE = ("Operation Tantalio, a week on\n\nPolice have arrested 38 suspects so far, Europol said on Tuesday.\n\n"
                 "A week later, police had arrested 41 suspects in all.\n")


def _update_claims(figure: str, quote: str) -> str:
    """A second report of the event 004-tantalio.yaml captures; it sorts before that file."""
    return ("source:\n  path: seeds/tantalio-update.txt\nevent: operation-tantalio\nclaims:\n"
            f"  - id: update.arrests\n    claim: {figure}\n    quote: {quote}\n")


def test_an_edit_that_makes_two_files_disagree_is_blocked_in_the_edited_file(user_repo) -> None:
    """The conflict is reported on both claims, so committing either side fails, here the one
    that sorts first (the side a finding at the later claim only would have let through)."""
    repo, env = user_repo
    (repo / "seeds" / "tantalio-update.txt").write_text(UPDATE_SOURCE, encoding="utf-8")
    update = repo / "claims" / "000-update.yaml"
    update.write_text(_update_claims("38 arrests", "Police have arrested 38 suspects so far"), encoding="utf-8")
    agreed = _commit(repo, env, "seeds/tantalio-update.txt", "claims/000-update.yaml")
    assert agreed.returncode == 0, agreed.stdout + agreed.stderr

    update.write_text(_update_claims("41 arrests", "police had arrested 41 suspects in all"), encoding="utf-8")
    blocked = _commit(repo, env, "claims/000-update.yaml")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert re.search(r"claims/000-update\.yaml:6:\d+: C005 error: .*tantalio\.arrests, claims/004-tantalio\.yaml",
                     output), output
    assert "000-update.yaml" in _git(repo, env, "diff", "--cached", "--name-only")  # not committed
    _git(repo, env, "reset", "-q", "--hard")


def readme_local_snippet() -> str:
    """The `repo: local` configuration the README shows, for a `validate` already installed."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### pre-commit"):text.index("### CI")]
    (snippet,) = [block for block in re.findall(r"```yaml\n(.*?)```", section, re.S) if "repo: local" in block]
    return snippet


def _local_repo(base: Path, env: dict[str, str], config: str, sources: str) -> Path:
    repo = base / sources
    (repo / "claims").mkdir(parents=True)
    shutil.copytree(PROJECT / "seeds", repo / sources)
    claims = (PROJECT / "claims" / "004-tantalio.yaml").read_text(encoding="utf-8")
    (repo / "claims" / "004-tantalio.yaml").write_text(claims.replace("seeds/", f"{sources}/"), encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _git(repo, env, "init", "-q")
    installed = _run([sys.executable, "-m", "pre_commit", "install"], repo, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return repo


@pytest.mark.parametrize("sources", ["seeds", "articles"])
def test_the_readme_local_hook_works_with_validate_installed(tmp_path: Path, sources: str) -> None:
    """The README's `repo: local` hook, with sources in seeds/ or, with its `files:` pattern
    following them as the README says, in another folder: a good commit passes, a slip in a
    claims file and a changed source are blocked with their findings."""
    env = _env(tmp_path)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    config = readme_local_snippet().replace("seeds/.*", f"{sources}/.*")
    repo = _local_repo(tmp_path, env, config, sources)
    seed = f"{sources}/004_454c6d8bf6139045.txt"
    good = _commit(repo, env, ".pre-commit-config.yaml", sources, "claims/004-tantalio.yaml")
    assert good.returncode == 0 and "Passed" in good.stdout + good.stderr, good.stdout + good.stderr

    (repo / "claims" / "bad.yaml").write_text(_bad_claims(seed), encoding="utf-8")
    blocked = _commit(repo, env, "claims/bad.yaml")
    assert blocked.returncode != 0
    assert re.search(r"claims/bad\.yaml:6:\d+: Q002 error", blocked.stdout + blocked.stderr), blocked.stderr
    _git(repo, env, "reset", "-q", "--hard")  # drops the staged bad.yaml

    with open(repo / seed, "a", encoding="utf-8") as handle:
        handle.write("A correction was appended.\n")
    changed = _commit(repo, env, seed)
    assert changed.returncode != 0
    assert re.search(r"claims/004-tantalio\.yaml:\d+:\d+: Q005 error", changed.stdout + changed.stderr), changed.stderr


def test_hook_runs_a_regular_install_that_finds_its_data_through_the_package(user_repo) -> None:
    repo, env = user_repo
    pythons = sorted((Path(env["PRE_COMMIT_HOME"])).glob("repo*/py_env-*/bin/python"))
    assert pythons, "pre-commit built no environment"
    probe = ("import validator, validator.schema as s; "
             "print(validator.__file__); s.packaged_text('claims.schema.json'); s.packaged_text('measures.yaml'); "
             "s.packaged_text('measures.schema.json')")
    done = _run([str(pythons[0]), "-c", probe], repo, env)
    assert done.returncode == 0, done.stderr
    assert "site-packages" in done.stdout and str(ROOT) not in done.stdout
    assert not (repo / "schemas").exists()
