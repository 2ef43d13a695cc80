"""Upgrade steps: none missing, none dangling."""

import kuf.samportal
from pathlib import Path
import re


PROFILE = "kuf.samportal:default"


def metadata_version():
    metadata = Path(kuf.samportal.__file__).parent / "profiles/default/metadata.xml"
    return re.search(r"<version>(\d+)</version>", metadata.read_text()).group(1)


def test_installed_profile_is_at_metadata_version(setup_tool):
    assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)


def test_no_pending_upgrades_after_install(setup_tool):
    assert setup_tool.listUpgrades(PROFILE) == []


def test_no_dangling_upgrade_steps(setup_tool):
    """Every step leads, one after another, from 1000 to the metadata version."""
    steps = setup_tool.listUpgrades(PROFILE, show_old=True)
    flat = []
    for step in steps:
        flat.extend(step if isinstance(step, list) else [step])
    target = int(metadata_version())
    version = 1000
    for step in sorted(flat, key=lambda s: int(s["sdest"])):
        assert int(step["ssource"]) == version, f"gap before step {step['title']}"
        version = int(step["sdest"])
    assert version == target
