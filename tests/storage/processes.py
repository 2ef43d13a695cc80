"""Real processes for the storage tests: scripts, instances, the cluster.

Ports come from the range 9300-9399 reserved for these tests.
"""

from dataclasses import dataclass
import os
from pathlib import Path
import re
import requests
import signal
import subprocess
import sys
import time


ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
ADMIN = ("admin", "admin-storage")
DEMO_PASSWORD = "samverkan"
FRONTEND_PORT = 9300
CLUSTER_PORT = 9311
FS_DRILL_PORT = 9321
PG_DRILL_PORT = 9331


def base_env(**extra) -> dict:
    """The environment of a newcomer's shell: no database or mail server set."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("RELSTORAGE_", "SMTP_", "BACKUP_", "RESTORE_", "PACK_"))
    }
    env.update(
        ADMIN_PASSWORD=ADMIN[1],
        DEMO_PASSWORD=DEMO_PASSWORD,
        KUF_ROOT=str(ROOT),
        zope_i18n_compile_mo_files="true",
    )
    env.update({k: str(v) for k, v in extra.items()})
    return env


def run(command, env, timeout=300) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    return result.stdout


def storage_command(name, env) -> str:
    """``scripts/storage.py <name>``, as the make targets run it."""
    return run([BIN / "python", ROOT / "scripts" / "storage.py", name], env)


def seconds_in(output: str) -> float:
    """The time a storage command printed ("... på 1.2 s")."""
    return float(re.search(r"på (\d+\.\d+) s", output).group(1))


def configure_instance(folder: Path, port: int, env) -> dict:
    env = {**env, "INSTANCE_DIR": str(folder), "PORT": str(port)}
    run([BIN / "python", ROOT / "scripts" / "instance.py"], env)
    return env


def wait_until_up(url, timeout=90, process=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the process behind {url} ended ({process.returncode})")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {timeout} s")


def stop(process, timeout=20):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Instance:
    """One Zope instance serving ``folder`` on ``port``."""

    folder: Path
    port: int
    process: subprocess.Popen

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def stop(self):
        stop(self.process)


def start_instance(folder: Path, port: int, env) -> Instance:
    env = configure_instance(folder, port, env)
    log = open(folder / "var" / "log" / "console.log", "ab")  # noqa: SIM115
    process = subprocess.Popen(
        [BIN / "runwsgi", folder / "etc" / "zope.ini"], env=env, stdout=log, stderr=log
    )
    log.close()
    instance = Instance(folder, port, process)
    try:
        wait_until_up(f"{instance.url}/ok", process=process)
    except AssertionError:
        instance.stop()
        raise
    return instance


def session(user=None):
    http = requests.Session()
    http.headers["Accept"] = "application/json"
    if user == "admin":
        http.auth = ADMIN
    elif user is not None:
        http.auth = (user, DEMO_PASSWORD)
    return http


def rest(base_url: str) -> str:
    return f"{base_url}/samportal/++api++"


def inventory(base_url: str) -> dict:
    response = session("admin").get(f"{rest(base_url)}/@inventering", timeout=120)
    response.raise_for_status()
    found = response.json()
    found.pop("@id")
    return found
