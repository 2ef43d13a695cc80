"""Several Zope instances on one PostgreSQL behind HAProxy (``make cluster``).

Each instance gets its own folder (configuration, logs, blob cache, mail)
and port, first_port, first_port + 1, ...; HAProxy listens on the public
port. The supervisor restarts an instance that dies, as systemd's
``Restart=on-failure`` does in production.
"""

from dataclasses import dataclass
import os
from pathlib import Path
import shutil
import signal
import subprocess
import sys
import time


@dataclass(frozen=True)
class Instance:
    number: int
    port: int
    folder: Path

    @property
    def name(self) -> str:
        return f"instance{self.number}"


def instances(count: int, first_port: int, base: Path) -> list[Instance]:
    return [
        Instance(number=n + 1, port=first_port + n, folder=base / str(first_port + n))
        for n in range(count)
    ]


def haproxy_config(template: str, host: str, port: int, members, maxconn: int) -> str:
    servers = "\n".join(f"    server {m.name} 127.0.0.1:{m.port}" for m in members)
    return template.format(host=host, port=port, servers=servers, maxconn=maxconn)


def haproxy_binary() -> str | None:
    return shutil.which("haproxy") or next(
        (p for p in ("/usr/sbin/haproxy", "/usr/local/sbin/haproxy") if os.path.exists(p)), None
    )


class Supervisor:
    """Starts the instances and HAProxy, restarts an instance that dies, and
    stops everything on SIGINT or SIGTERM."""

    def __init__(self, members, root: Path, environ, haproxy_cfg: Path, say=None):
        self.members = members
        self.root = root
        self.environ = environ
        self.haproxy_cfg = haproxy_cfg
        self.say = say or (lambda message: print(message, flush=True))
        self.processes = {}
        self.haproxy = None
        self.stopping = False

    def instance_env(self, member):
        return {**self.environ, "INSTANCE_DIR": str(member.folder), "PORT": str(member.port)}

    def configure(self, member):
        subprocess.run(
            [sys.executable, self.root / "scripts" / "instance.py"],
            env={**self.instance_env(member), "HOST": "127.0.0.1"},
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start_instance(self, member):
        log = open(member.folder / "var" / "log" / "console.log", "ab")  # noqa: SIM115
        process = subprocess.Popen(
            [Path(sys.executable).parent / "runwsgi", member.folder / "etc" / "zope.ini"],
            env=self.instance_env(member),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        (member.folder / "var" / "instance.pid").write_text(str(process.pid))
        self.processes[member] = process
        self.say(f"==> {member.name} startad på port {member.port} (pid {process.pid})")

    def start(self):
        for member in self.members:
            self.configure(member)
        for member in self.members:
            self.start_instance(member)
        self.haproxy = subprocess.Popen([haproxy_binary(), "-db", "-f", self.haproxy_cfg])

    def watch(self, interval=0.5):
        """Until stopped: restart instances that died; end if HAProxy dies."""
        while not self.stopping:
            for member, process in list(self.processes.items()):
                code = process.poll()
                if code is not None and not self.stopping:
                    self.say(f"==> {member.name} avslutades (kod {code}); startar om")
                    self.start_instance(member)
            if self.haproxy.poll() is not None and not self.stopping:
                self.say(f"==> HAProxy avslutades (kod {self.haproxy.returncode})")
                self.stop()
                return 1
            time.sleep(interval)
        return 0

    def stop(self, *_):
        self.stopping = True
        children = [*self.processes.values(), *([self.haproxy] if self.haproxy else [])]
        for process in children:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 15
        for process in children:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
