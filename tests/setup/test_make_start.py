"""What `make start` does to the database, run for real in a temporary instance:
the site is created in Swedish with the add-on and demo step, and a second
run keeps what users changed."""

import os
from pathlib import Path
import pytest
import subprocess
import sys


ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

INSPECT = """
from zope.component.hooks import setSite
site = app.samportal
setSite(site)
page = site.samverkan.fvg['arshjul-2025']
if "{change}" == "yes":
    import transaction
    page.title = "Ändrad av användare"
    transaction.commit()
print("LANG", site.portal_registry["plone.default_language"])
theme = "plone.app.theming.interfaces.IThemeSettings.currentTheme"
print("THEME", site.portal_registry[theme])
print("TITLE", page.title)
print("USERS", len(site.acl_users.source_users.getUserIds()))
print("INSTALLED", site.portal_setup.getLastVersionForProfile("kuf.samportal:default"))
"""


@pytest.fixture(scope="module")
def instance(tmp_path_factory):
    directory = tmp_path_factory.mktemp("instance")
    env = {**os.environ, "INSTANCE_DIR": str(directory), "ADMIN_PASSWORD": "hemligt"}
    subprocess.run([BIN / "python", ROOT / "scripts/instance.py"], env=env, check=True)
    return directory, env


def zconsole(instance, script_path):
    directory, env = instance
    result = subprocess.run(
        [BIN / "zconsole", "run", directory / "etc/zope.conf", script_path],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def inspect(instance, tmp_path, change):
    script = tmp_path / f"inspect-{change}.py"
    script.write_text(INSPECT.replace("{change}", change))
    output = zconsole(instance, script)
    return dict(line.split(" ", 1) for line in output.splitlines() if " " in line)


def test_make_start_creates_and_keeps_the_site(instance, tmp_path):
    first = zconsole(instance, ROOT / "scripts/create_site.py")
    assert "Skapar webbplatsen 'samportal'" in first
    state = inspect(instance, tmp_path, change="yes")
    assert state["LANG"] == "sv"
    assert state["THEME"] == "barceloneta"
    assert state["INSTALLED"] == "('1010',)"
    users = int(state["USERS"])
    assert users == 16

    second = zconsole(instance, ROOT / "scripts/create_site.py")
    assert "finns redan" in second
    after = inspect(instance, tmp_path, change="no")
    assert after["TITLE"] == "Ändrad av användare"
    assert int(after["USERS"]) == users
