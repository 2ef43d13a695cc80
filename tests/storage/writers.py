"""What the concurrency and crash tests write through the cluster, as a
person would over REST: protocols to sign, synpunkter, follow-up answers,
deviation reports."""

from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta
from tests.storage.processes import rest
from tests.storage.processes import session


EIGHT = ["arbetsgivare", "saco", "vision", "dik", "kommunal", "sveriges-larare", "ssr", "ledarna"]
REPORTERS = ["medarbetare", "chef", "skyddsombud", "saco", "vision", "dik", "hr", "sekreterare"]
FOLLOWUP = "uppfoljning/kulturforvaltningen/stadsbiblioteket/kungsholmen-och-norrmalm"


def protocol_in_justering(base_url, justerare, deadline_in=timedelta(days=7)) -> str:
    """A new protocol of the FVG sent to justering; its REST url."""
    admin = session("admin")
    today = date.today()
    deadline = datetime.now(UTC) + deadline_in
    created = admin.post(
        f"{rest(base_url)}/samverkan/fvg",
        json={
            "@type": "Protokoll",
            "meeting_date": today.isoformat(),
            "start_time": "09:00:00",
            "end_time": "10:30:00",
            "place": "Askebykroken",
            "sent_out": today.isoformat(),
            "comment_deadline": deadline.isoformat(timespec="seconds"),
            "signing_date": (today + timedelta(days=10)).isoformat(),
            "justerare": list(justerare),
        },
        timeout=60,
    )
    assert created.status_code == 201, created.text[:500]
    url = created.json()["@id"]
    sent = admin.post(f"{url}/@workflow/send_to_justering", timeout=60)
    assert sent.status_code == 200, sent.text[:500]
    return url


def deadline_of(protocol_url) -> datetime:
    status = session("admin").get(f"{protocol_url}/@justering", timeout=30).json()
    return datetime.fromisoformat(status["deadline"])


def finalize_count(protocol_url) -> int:
    history = session("admin").get(f"{protocol_url}/@history", timeout=30).json()
    return [entry.get("action") for entry in history].count("finalize")


def followup_url(base_url, checklist="sam") -> str:
    return f"{rest(base_url)}/{FOLLOWUP}/{date.today().year}-{checklist}"


def question_ids(followup) -> list[str]:
    status = session("chef").get(f"{followup}/@svar", timeout=30).json()
    checklist = session("chef").get(status["checklist"], timeout=30).json()
    return [question["id"] for question in checklist["questions"]]


def agreement_url(base_url, name="feelgood") -> str:
    return f"{rest(base_url)}/avtal/{name}"


def deviation_urls(agreement) -> set[str]:
    found = session("hr").get(f"{agreement}/@avvikelser", timeout=60).json()
    return {item["url"] for item in found["items"]}


def described(url, user="hr") -> str:
    """What a deviation (or any object) says, read back over REST."""
    response = session(user).get(url.replace("/samportal/", "/samportal/++api++/", 1), timeout=30)
    response.raise_for_status()
    return response.json()["description"]


def synpunkt_texts(protocol_url) -> set[str]:
    found = session("sekreterare").get(f"{protocol_url}/@synpunkter", timeout=60).json()
    return {item["text"] for item in found["items"]}
