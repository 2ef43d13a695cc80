"""buildout.cfg uses the same pins as pip: versions.cfg never drifts from constraints.txt."""

import importlib.util
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]


def generator():
    spec = importlib.util.spec_from_file_location(
        "buildout_versions", ROOT / "scripts/buildout_versions.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_versions_cfg_is_generated_from_constraints():
    constraints = (ROOT / "constraints.txt").read_text(encoding="utf-8")
    expected = generator().render(constraints)
    assert (ROOT / "versions.cfg").read_text(encoding="utf-8") == expected, (
        "versions.cfg is stale: run scripts/buildout_versions.py"
    )


def test_every_pip_pin_is_a_buildout_pin():
    module = generator()
    pip_pins = module.pins((ROOT / "constraints.txt").read_text(encoding="utf-8"))
    versions = (ROOT / "versions.cfg").read_text(encoding="utf-8")
    for name, version in pip_pins.items():
        assert f"\n{name} = {version}\n" in versions, name
    assert pip_pins["Plone"] == "6.2.2"
    assert pip_pins["plone.app.layout"].startswith("6.")


def test_buildout_installs_the_addon_with_strict_pins():
    config = (ROOT / "buildout.cfg").read_text(encoding="utf-8")
    assert "extends = versions.cfg" in config
    assert "allow-picked-versions = false" in config
    assert "kuf.samportal" in config
