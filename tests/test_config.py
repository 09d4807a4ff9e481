"""`[tool.validate]` / validate.toml: found, checked strictly, overridden by flags, shown."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.helpers import PROJECT
from validator.cli import main
from validator.commands import _options, build_parser, effective_config

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/004_454c6d8bf6139045.txt"
# Q003 (a warning) on one claim, nothing else.
WARNING_ONLY = f"""\
source:
  path: {SEED}
claims:
  - id: warn.groups
    claim: 25 groups
    quote: 'A  total of 25 groups'
"""
ERROR = f"""\
source:
  path: {SEED}
claims:
  - id: bad.arrests
    claim: 38 arrests
    quote: Police have arrested 39 suspects
"""


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch) -> Path:
    shutil.copytree(PROJECT / "seeds", tmp_path / "seeds")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "warn.yaml").write_text(WARNING_ONLY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _pyproject(repo: Path, body: str) -> None:
    (repo / "pyproject.toml").write_text("[project]\nname = 'x'\n\n[tool.validate]\n" + body, encoding="utf-8")


def _config(*argv: str):
    args = build_parser().parse_args(list(argv))
    return effective_config(args), args


def test_paths_and_format_come_from_pyproject(repo: Path, capsys) -> None:
    _pyproject(repo, 'paths = ["data/"]\nformat = "json"\n')
    assert main([]) == 0
    assert '"file": "data/warn.yaml"' in capsys.readouterr().out


def test_output_format_is_the_same_setting(repo: Path, capsys) -> None:
    _pyproject(repo, 'paths = ["data/"]\noutput-format = "github"\n')
    main([])
    assert capsys.readouterr().out.startswith("::warning file=data/warn.yaml,")
    _pyproject(repo, 'format = "json"\noutput-format = "github"\n')
    assert main([]) == 2
    assert "output-format" in capsys.readouterr().err


def test_fail_on_warning_makes_warnings_fail(repo: Path, capsys) -> None:
    _pyproject(repo, 'paths = ["data/"]\n')
    assert main([]) == 0
    assert main(["--fail-on", "warning"]) == 1
    _pyproject(repo, 'paths = ["data/"]\nfail-on = "warning"\n')
    assert main([]) == 1
    assert main(["--fail-on", "error"]) == 0  # the flag overrides the file


def test_flags_override_the_file(repo: Path, capsys) -> None:
    _pyproject(repo, 'paths = ["nowhere/"]\nselect = ["S"]\nformat = "json"\n')
    (repo / "data" / "bad.yaml").write_text(ERROR, encoding="utf-8")
    assert main(["data/", "--select", "Q", "--format", "text"]) == 1
    out = capsys.readouterr().out
    assert "Q002" in out and out.startswith("data/")


def test_select_ignore_from_the_file(repo: Path, capsys) -> None:
    (repo / "data" / "bad.yaml").write_text(ERROR, encoding="utf-8")
    _pyproject(repo, 'paths = ["data/"]\nignore = ["q002"]\n')
    assert main([]) == 0
    _pyproject(repo, 'paths = ["data/"]\nselect = ["Q003"]\n')
    assert main([]) == 0
    assert "Q002" not in capsys.readouterr().out


def test_per_path_ignores_silence_codes_in_matching_files_only(repo: Path, capsys) -> None:
    (repo / "data" / "legacy").mkdir()
    (repo / "data" / "legacy" / "old.yaml").write_text(ERROR.replace("bad.", "old."), encoding="utf-8")
    (repo / "data" / "bad.yaml").write_text(ERROR, encoding="utf-8")
    _pyproject(repo, 'paths = ["data/"]\n[tool.validate.per-path-ignores]\n"data/legacy/" = ["Q00"]\n')
    assert main([]) == 1
    out = capsys.readouterr().out
    assert "data/bad.yaml" in out and "legacy" not in out
    _pyproject(repo, 'paths = ["data/"]\n[tool.validate.per-path-ignores]\n"data/*.yaml" = ["Q002", "Q003"]\n')
    assert main([]) == 0  # `*` crosses folders: data/legacy/old.yaml matches too


def test_about_tolerance_reaches_the_engine_options(repo: Path) -> None:
    _pyproject(repo, "about-tolerance = 0.25\n")
    config, args = _config()
    assert _options(config, args).about_tolerance == 0.25
    config, args = _config("--about-tolerance", "0.05")
    assert _options(config, args).about_tolerance == 0.05


@pytest.mark.parametrize("body, named", [
    ('colour = "red"\n', "colour"),
    ('fail-on = "never"\n', "fail-on"),
    ("fail-on = 1\n", "fail-on"),
    ('about-tolerance = "ten"\n', "about-tolerance"),
    ("about-tolerance = 1.5\n", "about-tolerance"),
    ('paths = "data/"\n', "paths"),
    ('select = ["Z9"]\n', "Z9"),
    ('format = "xml"\n', "xml"),
    ('per-path-ignores = ["x"]\n', "per-path-ignores"),
    ('[tool.validate.per-path-ignores]\n"a/*" = "Q002"\n', "per-path-ignores.a/*"),
    ("paths = [\n", "invalid TOML"),
])
def test_bad_settings_are_one_line_usage_errors_naming_the_key(repo: Path, capsys, body: str, named: str) -> None:
    _pyproject(repo, body)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and named in err and "pyproject.toml" in err


def test_validate_toml_is_read_and_wins_over_pyproject(repo: Path, capsys) -> None:
    (repo / "validate.toml").write_text('paths = ["data/"]\nfail-on = "warning"\n', encoding="utf-8")
    assert main([]) == 1
    _pyproject(repo, 'paths = ["data/"]\n')
    assert main([]) == 1
    (repo / "validate.toml").write_text("[tool.validate]\n", encoding="utf-8")
    assert main([]) == 2
    assert "unknown key 'tool'" in capsys.readouterr().err


def test_config_in_a_parent_folder_resolves_paths_from_its_own_folder(repo: Path, capsys, monkeypatch) -> None:
    _pyproject(repo, 'paths = ["data/"]\nformat = "json"\n')
    (repo / "sub").mkdir()
    monkeypatch.chdir(repo / "sub")
    assert main([]) == 0
    assert '"file": "../data/warn.yaml"' in capsys.readouterr().out


def test_the_search_stops_at_the_repository_root(repo: Path, capsys, monkeypatch) -> None:
    _pyproject(repo, "colour = 1\n")  # would be an error if read
    inner = repo / "inner"
    (inner / ".git").mkdir(parents=True)
    monkeypatch.chdir(inner)
    config, _ = _config()
    assert config.file is None


def test_an_explicit_config_file(repo: Path, capsys) -> None:
    (repo / "ci.toml").write_text('paths = ["data/"]\nfail-on = "warning"\n', encoding="utf-8")
    assert main(["--config", "ci.toml"]) == 1
    assert main(["--config", "missing.toml"]) == 2
    assert "missing.toml" in capsys.readouterr().err


def test_show_config_prints_the_effective_settings_as_toml(repo: Path, capsys) -> None:
    _pyproject(repo, 'paths = ["data/"]\nignore = ["Q004"]\nabout-tolerance = 0.2\n'
                     '[tool.validate.per-path-ignores]\n"data/legacy/" = ["Q003"]\n')
    assert main(["--show-config", "--fail-on", "warning", "--select", "Q"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# configuration file: pyproject.toml\n")
    shown = tomllib.loads(out)["tool"]["validate"]
    assert shown == {"paths": ["data/"], "root": ".", "select": ["Q"], "ignore": ["Q004"], "fail-on": "warning",
                     "about-tolerance": 0.2, "format": "text", "per-path-ignores": {"data/legacy/": ["Q003"]}}
    main(["--show-config", "--fail-on", "warning", "--select", "Q"])
    assert capsys.readouterr().out == out


def test_this_repository_config_is_valid() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "[tool.validate]" in text
    from validator.config import load
    from validator.report import reporters
    from validator.rules import registry

    config = load(ROOT / "pyproject.toml", ROOT, reporters(), registry())
    assert config.paths == ("claims/",)


def test_the_readme_example_is_a_valid_configuration(repo: Path, capsys) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme[readme.index("### Configuration"):].split("```toml\n", 1)[1].split("```", 1)[0]
    (repo / "pyproject.toml").write_text(example, encoding="utf-8")
    (repo / "claims").mkdir()
    assert main(["--show-config"]) == 0
    shown = tomllib.loads(capsys.readouterr().out)["tool"]["validate"]
    assert shown == tomllib.loads(example)["tool"]["validate"]
