"""kill -9 of an instance while people write through HAProxy: every write
that was answered 2xx is there after the instance is back, and nothing is
half-written (a signed protocol has its record, the catalog matches the
objects, every synpunkt and deviation is whole)."""

from collections import Counter
import os
import requests
import signal
from tests.storage import writers
from tests.storage.processes import rest
from tests.storage.processes import session
from tests.storage.processes import wait_until_up
import threading
import time


PAIRS = [("arbetsgivare", party) for party in writers.EIGHT[1:]]  # 7 protocols


class Writes:
    """What every writer did: the answered writes and the failed attempts."""

    def __init__(self):
        self.lock = threading.Lock()
        self.ok = []
        self.failed = []
        self.stop = threading.Event()

    def attempt(self, kind, key, call, ok=(200, 201)):
        try:
            response = call()
        except requests.RequestException as error:
            response, status = None, type(error).__name__
        else:
            status = response.status_code
        with self.lock:
            if response is not None and status in ok:
                self.ok.append((kind, key, response))
            else:
                self.failed.append((kind, key, status))
        return response


def sign_all(writes, base, protocols, user):
    http = session(user)
    for protocol, pair in protocols:
        if user in pair and not writes.stop.is_set():
            writes.attempt(
                "sign", (protocol, user), lambda p=protocol: http.post(f"{p}/@sign", timeout=60)
            )
            time.sleep(0.15)


def loop(writes, kind, user, call):
    http = session(user)
    n = 0
    while not writes.stop.is_set():
        n += 1
        writes.attempt(kind, (user, n), lambda n=n: call(http, user, n))
        time.sleep(0.05)


def test_kill_9_while_writing_loses_nothing_answered(cluster, capsys):
    protocols = [(writers.protocol_in_justering(cluster.url, pair), pair) for pair in PAIRS]
    commented = writers.protocol_in_justering(cluster.url, ["arbetsgivare"])
    agreement = writers.agreement_url(cluster.url, "aventus")
    followup = writers.followup_url(cluster.url, "aktiva-atgarder")
    questions = writers.question_ids(followup)
    halves = {"chef": questions[::2], "skyddsombud": questions[1::2]}

    def synpunkt(http, user, n):
        return http.post(
            f"{commented}/@synpunkter", json={"text": f"Krasch {user} {n}"}, timeout=60
        )

    def answer(http, user, n):
        qid = halves[user][n % len(halves[user])]
        value = {"svar": "delvis", "analys": f"Krasch {user} {n}"}
        return http.patch(f"{followup}/@svar", json={"svar": {qid: value}}, timeout=60)

    def deviation(http, user, n):
        body = {"kategori": "kvalitet", "beskrivning": f"Krasch {user} {n}"}
        return http.post(f"{agreement}/@avvikelser", json=body, timeout=60)

    writes = Writes()
    threads = [
        threading.Thread(target=sign_all, args=(writes, cluster.url, protocols, user))
        for user in writers.EIGHT
    ]
    threads += [
        threading.Thread(target=loop, args=(writes, "synpunkt", user, synpunkt))
        for user in ("saco", "vision")
    ]
    threads += [
        threading.Thread(target=loop, args=(writes, "answer", user, answer)) for user in halves
    ]
    threads += [
        threading.Thread(target=loop, args=(writes, "deviation", user, deviation))
        for user in ("medarbetare", "hr")
    ]
    victim = min(cluster.members)
    pid = cluster.pid(victim)
    for thread in threads:
        thread.start()
    time.sleep(1.5)
    os.kill(pid, signal.SIGKILL)
    killed_at = time.monotonic()
    time.sleep(3.0)
    writes.stop.set()
    for thread in threads:
        thread.join(timeout=120)
    wait_until_up(f"http://127.0.0.1:{victim}/ok", timeout=120)
    back_after = time.monotonic() - killed_at
    assert cluster.pid(victim) != pid  # the supervisor started a new process
    cluster.wait_until_up()

    answered = Counter(kind for kind, _, _ in writes.ok)
    with capsys.disabled():
        print(
            f"\n[storage] kill -9 of instance {victim} while writing: "
            f"{len(writes.ok)} writes answered 2xx ({dict(answered)}), "
            f"{len(writes.failed)} failed ({dict(Counter(s for _, _, s in writes.failed))}); "
            f"instance back after {back_after:.1f} s"
        )
    assert set(answered) == {"sign", "synpunkt", "answer", "deviation"}

    # Every answered signature is there.
    for kind, (protocol, user), _ in writes.ok:
        if kind == "sign":
            status = session("admin").get(f"{protocol}/@justering", timeout=30).json()
            signed = {p["user_id"] for p in status["justerare"] if p["signed"]}
            assert user in signed, (protocol, user)
    # Every answered synpunkt and deviation, whole.
    texts = writers.synpunkt_texts(commented)
    for kind, (user, n), response in writes.ok:
        if kind == "synpunkt":
            assert f"Krasch {user} {n}" in texts
        elif kind == "deviation":
            assert writers.described(response.json()["@id"]) == f"Krasch {user} {n}"
    # Each answer holds the last answered write to it, or a later attempt
    # whose answer was lost with the killed instance (it may have committed).
    stored = session("chef").get(f"{followup}/@svar", timeout=30).json()["svar"]
    attempts = [(k, key) for k, key, _ in writes.ok] + [(k, key) for k, key, _ in writes.failed]
    last_ok = {}
    for kind, (user, n), _ in writes.ok:
        if kind == "answer":
            qid = halves[user][n % len(halves[user])]
            last_ok[qid] = max(last_ok.get(qid, 0), n)
    for qid, n in last_ok.items():
        user = "chef" if qid in halves["chef"] else "skyddsombud"
        later = {m for k, (u, m) in attempts if k == "answer" and u == user and m >= n}
        allowed = {
            f"Krasch {user} {m}" for m in later if halves[user][m % len(halves[user])] == qid
        }
        assert stored[qid]["analys"] in allowed, (qid, stored[qid])
    # Nothing half-written anywhere, read through the restarted instance.
    inventory = (
        session("admin")
        .get(f"{rest(f'http://127.0.0.1:{victim}')}/@inventering", timeout=120)
        .json()
    )
    assert inventory["problems"] == []
    for protocol, _ in protocols:
        path = protocol.split("/samportal/", 1)[1]
        entry = inventory["protocols"][path]
        if set(entry["signatures"]) == set(entry["justerare"]):
            assert entry["state"] == "signed"
            assert entry["record_sha256"]
