"""Two instances on RelStorage behind HAProxy (`make cluster N=2`): people
write at the same moment and nothing fails, nothing is lost, and a protocol
is finalized exactly once.

Every request goes through HAProxy (leastconn), so concurrent writers land
on both instances and their transactions conflict in PostgreSQL, not only
inside one process. Zope retries a conflicting transaction (instances run
with max-conflict-retries 10); each retry is logged by kuf.samportal's
conflict logger, and the number is printed with each scenario's figures.
"""

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC
from datetime import datetime
import hashlib
import pytest
from tests.storage import writers
from tests.storage.processes import rest
from tests.storage.processes import session
import threading
import time


def at_once(calls):
    """Run ``calls`` (functions) together, released by one barrier."""
    start = threading.Barrier(len(calls))

    def run(call):
        start.wait()
        began = time.perf_counter()
        response = call()
        return response, time.perf_counter() - began

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(run, calls))


def failed(results, ok=(200, 201)):
    return [(r.status_code, r.text[:200]) for r, _ in results if r.status_code not in ok]


def report(capsys, scenario, results, conflicts):
    slowest = max(seconds for _, seconds in results)
    with capsys.disabled():
        print(
            f"\n[storage] {scenario}: {len(results)} requests, "
            f"{len(failed(results))} failed, {conflicts} conflict retries, "
            f"slowest {slowest:.2f} s"
        )


@pytest.mark.parametrize("attempt", range(2))
def test_eight_justerare_sign_at_once_on_two_instances(cluster, capsys, attempt):
    protocol = writers.protocol_in_justering(cluster.url, writers.EIGHT)
    sessions = {user: session(user) for user in writers.EIGHT}
    conflicts = cluster.conflicts()
    results = at_once(
        [
            lambda user=user: sessions[user].post(f"{protocol}/@sign", timeout=120)
            for user in writers.EIGHT
        ]
    )
    report(
        capsys, f"8 justerare sign (round {attempt + 1})", results, cluster.conflicts() - conflicts
    )
    assert failed(results) == []
    status = session("admin").get(f"{protocol}/@justering", timeout=30).json()
    assert status["review_state"] == "signed"
    assert all(person["signed"] for person in status["justerare"])
    assert writers.finalize_count(protocol) == 1
    record = session("saco").get(f"{protocol}/@@protokoll.pdf", timeout=60)
    assert record.content.startswith(b"%PDF")
    inventory = session("admin").get(f"{rest(cluster.url)}/@inventering", timeout=120).json()
    path = protocol.split("/samportal/", 1)[1]
    assert (
        inventory["protocols"][path]["record_sha256"] == hashlib.sha256(record.content).hexdigest()
    )
    assert inventory["problems"] == []


def test_synpunkter_sent_just_before_the_deadline_are_all_kept(cluster, capsys):
    """Sixteen synpunkter in the last second before the comment deadline: each
    is accepted even when a conflict makes Zope retry it after the deadline
    (the deadline is judged by when the request arrived), and one sent after
    the deadline is refused."""
    from datetime import timedelta

    protocol = writers.protocol_in_justering(
        cluster.url, ["arbetsgivare"], deadline_in=timedelta(seconds=5)
    )
    deadline = writers.deadline_of(protocol)
    sessions = {user: session(user) for user in writers.EIGHT}
    texts = {
        (user, n): f"Synpunkt {n} från {user} före tidsgränsen"
        for user in writers.EIGHT
        for n in (1, 2)
    }
    time.sleep(max(0.0, (deadline - datetime.now(UTC)).total_seconds() - 1.0))
    conflicts = cluster.conflicts()
    results = at_once(
        [
            lambda key=key: sessions[key[0]].post(
                f"{protocol}/@synpunkter", json={"text": texts[key]}, timeout=120
            )
            for key in texts
        ]
    )
    report(capsys, "16 synpunkter at the deadline", results, cluster.conflicts() - conflicts)
    assert failed(results, ok=(201,)) == []
    assert writers.synpunkt_texts(protocol) == set(texts.values())
    time.sleep(max(0.0, (deadline - datetime.now(UTC)).total_seconds() + 0.5))
    late = sessions["saco"].post(f"{protocol}/@synpunkter", json={"text": "För sent"}, timeout=60)
    assert late.status_code == 400
    assert "har passerat" in late.json()["error"]["message"]
    assert "För sent" not in writers.synpunkt_texts(protocol)


def test_chef_and_skyddsombud_answer_and_confirm_the_follow_up_together(cluster, capsys):
    """Both fill in their part of the form and save it three times, at the
    same moment, then both confirm at once: every answer and both
    confirmations are kept, and the follow-up can be submitted."""
    followup = writers.followup_url(cluster.url, "sam")
    questions = writers.question_ids(followup)
    parts = {"chef": questions[::2], "skyddsombud": questions[1::2]}
    sessions = {user: session(user) for user in parts}
    conflicts = cluster.conflicts()

    def save(user, chunk):
        mine = parts[user][chunk::3]
        values = {q: {"svar": "instammer_delvis", "analys": f"{user} om {q}"} for q in mine}
        return sessions[user].patch(f"{followup}/@svar", json={"svar": values}, timeout=120)

    results = at_once([lambda u=u, c=c: save(u, c) for u in parts for c in range(3)])
    confirmations = at_once(
        [lambda u=u: sessions[u].post(f"{followup}/@bekrafta", timeout=120) for u in parts]
    )
    report(
        capsys,
        f"follow-up: 6 saves of {len(questions)} answers and 2 confirmations",
        results + confirmations,
        cluster.conflicts() - conflicts,
    )
    assert failed(results) == []
    assert failed(confirmations) == []
    status = session("chef").get(f"{followup}/@svar", timeout=30).json()
    expected = {q: f"{u} om {q}" for u, qs in parts.items() for q in qs}
    assert {q: a["analys"] for q, a in status["svar"].items()} == expected
    assert set(status["bekraftelser"]) == {"chef", "skyddsombud"}
    assert status["blockers"] == []
    submitted = sessions["chef"].post(f"{followup}/@workflow/lamna_in", timeout=60)
    assert submitted.status_code == 200, submitted.text[:300]


def test_many_report_deviations_on_one_agreement_at_once(cluster, capsys):
    agreement = writers.agreement_url(cluster.url, "avonova-krisstod")
    before = writers.deviation_urls(agreement)
    texts = {(user, 1): f"Avvikelse rapporterad av {user}" for user in writers.REPORTERS}
    sessions = {user: session(user) for user in writers.REPORTERS}
    conflicts = cluster.conflicts()
    results = at_once(
        [
            lambda key=key: sessions[key[0]].post(
                f"{agreement}/@avvikelser",
                json={"kategori": "tillganglighet", "beskrivning": texts[key]},
                timeout=120,
            )
            for key in texts
        ]
    )
    report(capsys, "8 deviation reports", results, cluster.conflicts() - conflicts)
    assert failed(results, ok=(201,)) == []
    created = {response.json()["@id"] for response, _ in results}
    assert len(created) == len(texts)
    assert writers.deviation_urls(agreement) == before | created
    assert {writers.described(url) for url in created} == set(texts.values())


def test_a_confirmation_given_while_an_answer_changes_never_stays_stale(cluster):
    """The skyddsombud confirms while the chef changes an answer, on two
    instances at once: if the confirmation is kept, it was given after the
    change (its answer shows the new value); otherwise it was withdrawn."""
    followup = writers.followup_url(cluster.url, "aktiva-atgarder")
    qids = writers.question_ids(followup)
    qid = qids[0]
    chef, skyddsombud = session("chef"), session("skyddsombud")
    # Confirming needs every answer (issue 17): answer the rest first.
    everything = {other: {"svar": "ja", "analys": "Besvarat"} for other in qids}
    assert chef.patch(f"{followup}/@svar", json={"svar": everything}, timeout=120).ok
    for round_ in range(4):
        value = {"svar": "ja" if round_ % 2 else "delvis", "analys": f"Ändrat {round_}"}
        results = at_once(
            [
                lambda value=value: chef.patch(
                    f"{followup}/@svar", json={"svar": {qid: value}}, timeout=120
                ),
                lambda: skyddsombud.post(f"{followup}/@bekrafta", timeout=120),
            ]
        )
        assert failed(results) == []
        confirmed = results[1][0].json()
        status = chef.get(f"{followup}/@svar", timeout=30).json()
        assert status["svar"][qid]["analys"] == f"Ändrat {round_}"
        if "skyddsombud" in status["bekraftelser"]:
            assert confirmed["svar"][qid]["analys"] == f"Ändrat {round_}"
