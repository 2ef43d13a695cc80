"""Start N instances on the same PostgreSQL behind HAProxy (make cluster N=2).

Instances listen on 127.0.0.1, ports CLUSTER_PORT (8081), 8082, ...; HAProxy
on HOST:PORT (127.0.0.1:8080). Each instance has its folder under
CLUSTER_DIR (instance/cluster/<port>) with its configuration, logs
(var/log/event.log, console.log), blob cache and mail. RELSTORAGE_DSN is
required: a FileStorage cannot be shared. Ctrl-C (or SIGTERM) stops all.
"""

from kuf.samportal.storage import cluster
from kuf.samportal.storage.settings import SettingsError
from kuf.samportal.storage.settings import from_environ
from kuf.samportal.storage.settings import positive_int
import os
from pathlib import Path
import signal
import subprocess
import sys


ROOT = Path(__file__).resolve().parent.parent


def setting(name, default):
    return positive_int({name: os.environ.get(name) or default}, name)


def main():
    try:
        count = setting("N", "2")
        first_port = setting("CLUSTER_PORT", "8081")
        port = setting("PORT", "8080")
        threads = setting("THREADS", "4")
        settings = from_environ(os.environ, ROOT / "instance")
    except SettingsError as error:
        sys.exit(f"Fel i inställningarna: {error}")
    if settings.kind != "relstorage":
        sys.exit(
            "Flera instanser kräver PostgreSQL: sätt RELSTORAGE_DSN (se README, "
            "'Running it in production'). FileStorage kan bara användas av en process."
        )
    if cluster.haproxy_binary() is None:
        sys.exit("HAProxy saknas: kör scripts/system-deps.sh --cluster (Debians haproxy).")
    base = Path(os.environ.get("CLUSTER_DIR") or ROOT / "instance" / "cluster").resolve()
    members = cluster.instances(count, first_port, base)
    base.mkdir(parents=True, exist_ok=True)
    template = (ROOT / "instance" / "etc" / "haproxy.cfg.in").read_text(encoding="utf-8")
    host = os.environ.get("HOST") or "127.0.0.1"
    config = base / "haproxy.cfg"
    config.write_text(cluster.haproxy_config(template, host, port, members, threads))
    subprocess.run(
        [cluster.haproxy_binary(), "-c", "-q", "-f", config], check=True, stdout=subprocess.DEVNULL
    )
    supervisor = cluster.Supervisor(members, ROOT, dict(os.environ), config)
    signal.signal(signal.SIGTERM, supervisor.stop)
    signal.signal(signal.SIGINT, supervisor.stop)
    supervisor.start()
    site = os.environ.get("SITE_ID", "samportal")
    print(
        f"==> Portalen körs på http://{host}:{port}/{site} via HAProxy "
        f"({count} instanser, {threads} trådar var; Ctrl-C avslutar)",
        flush=True,
    )
    sys.exit(supervisor.watch())


if __name__ == "__main__":
    main()
