"""A copy of the project's data plus files that give every kind of finding the reports render."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import PROJECT

SEED = "seeds/004_454c6d8bf6139045.txt"

EXTRA = f"""\
source:
  path: {SEED}
claims:
  - id: extra.typo
    claim: 38 arrests
    quote: Police have arrested 39 suspects
  - id: extra.curly
    claim: 18 countries
    quote: 'The suspects were active in 18 countries and had exchanged child pornography using the WhatsApp messenger application, Europe’s policing agency'
  - id: extra.accepted
    claim: 25 groups
    quote: 'A  total of 25 groups'
    accept:
      - rule: Q003
        reason: kept as typed in the original notes
"""

PINNED = f"""\
source:
  path: {SEED}
  sha256: {'f' * 64}
claims:
  - id: pinned.groups
    claim: 25 groups
    quote: A total of 25 groups
"""


@pytest.fixture()
def project(tmp_path: Path, monkeypatch) -> Path:
    for name in ("claims", "seeds"):
        shutil.copytree(PROJECT / name, tmp_path / name)
    (tmp_path / ".git").mkdir()
    (tmp_path / "claims" / "extra.yaml").write_text(EXTRA, encoding="utf-8")
    (tmp_path / "claims" / "pinned.yaml").write_text(PINNED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path
