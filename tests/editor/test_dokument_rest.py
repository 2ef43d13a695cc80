"""REST: GET/PUT <protokoll>/@dokument, the whole protocol at once."""

from kuf.samportal.editor import document
from tests.helpers import rest_url
import transaction


def url(protocol):
    return rest_url(protocol, "/@dokument")


def fresh(protocol):
    transaction.begin()
    return document.read(protocol)


def test_get_gives_the_whole_document(draft, http):
    response = http("sekreterare").get(url(draft))
    assert response.status_code == 200
    data = response.json()
    assert [item["heading"] for item in data["punkter"]] == [
        "Föregående protokoll",
        "Verksamhetsfrågor",
        "Övriga frågor",
    ]
    assert data["punkter"][1]["body"] == "<p>Om verksamhetsfrågor.</p>"
    assert data["bilagor"][0]["number"] == 1
    assert data["meeting_date"] == draft.meeting_date.isoformat()


def test_put_writes_everything_at_once(draft, http):
    data = http("sekreterare").get(url(draft)).json()
    first, second, third = data["punkter"]
    second.update(heading="Budget", bilagor=[1], sub=True)
    data["punkter"] = [
        third,
        first,
        second,
        {"heading": "Ny punkt", "kind": "beslut", "body": {"data": "<p>Beslut.</p>"}},
    ]
    data["place"] = "Stadshuset"
    data["comment_deadline"] = "2030-06-04T12:00"
    data["sent_out"] = "2030-06-01"
    data["signing_date"] = "2030-06-10"
    data["present"] = [{"name": "Anna Karlsson", "party": "arbetsgivaren"}]
    response = http("sekreterare").put(url(draft), json=data)
    assert response.status_code == 200, response.text
    answer = response.json()
    assert [item["label"] for item in answer["punkter"]] == ["1", "2", "2 a", "3"]
    assert answer["punkter"][2]["bilagor"] == [1]
    assert answer["comment_deadline"] == "2030-06-04T12:00"
    transaction.begin()
    assert [i.heading for i in draft.punkter()] == [
        "Övriga frågor",
        "Föregående protokoll",
        "Budget",
        "Ny punkt",
    ]
    assert draft.place == "Stadshuset"
    assert draft.punkter()[3].body.raw == "<p>Beslut.</p>"
    assert draft.schedule().comment_deadline.isoformat() == "2030-06-04T12:00:00+02:00"


BAD = [
    ({"meeting_date": "2026-13-01"}, "Mötesdatum: skriv datumet som ÅÅÅÅ-MM-DD."),
    ({"punkter": [{"heading": ""}]}, "Punkt 1: skriv en rubrik."),
    ({"punkter": [{"heading": "A", "bilagor": [7]}]}, "bilagor i sitt eget protokoll"),
    ({"punkter": [{"id": "okand", "heading": "A"}]}, "hör inte till det här protokollet"),
    ({"punkter": "alla"}, "värdet har fel form"),
    ({"present": [{"name": "", "role": "ordförande"}]}, "Närvarande, rad 1: skriv ett namn."),
    ({"present": [{"name": "A", "party": "moderaterna"}]}, "värdet finns inte bland valen"),
    ({"punkter": [{"heading": "A\x00"}]}, "styrtecken"),
    ({"punkter": [{"heading": "A", "body": {"data": 5}}]}, "Punkt 1, Protokollstext"),
    ({"punkter": [{"heading": 5}]}, "Punkt 1, Rubrik"),
    ({"justerare": [5]}, "Justerare"),
    ({"start_time": 900}, "Börjar: skriv tiden som TT:MM."),
]


def test_bad_input_answers_400_and_changes_nothing(draft, http):
    before = fresh(draft)
    session = http("sekreterare")
    for change, message in BAD:
        response = session.put(url(draft), json={"place": "Ändrat", **change})
        assert response.status_code == 400, response.text
        # The input gate answers bad characters before the service runs.
        assert message in str(response.json()), change
        assert fresh(draft) == before, change


def test_a_body_that_is_not_an_object_is_refused(draft, http):
    before = fresh(draft)
    response = http("sekreterare").put(url(draft), json=["x"])
    assert response.status_code == 400
    assert fresh(draft) == before


def test_only_the_secretary(draft, http):
    before = fresh(draft)
    for user in ("arbetsgivare", "saco", None):
        assert http(user).get(url(draft)).status_code in (401, 403, 404), user
        refused = http(user).put(url(draft), json={"place": "Hemma"})
        assert refused.status_code in (401, 403, 404), user
        assert fresh(draft) == before


def test_not_in_justering(in_justering, http):
    before = fresh(in_justering)
    response = http("sekreterare").put(url(in_justering), json={"place": "Hemma"})
    assert response.status_code == 409
    assert "Bara ett utkast" in response.json()["error"]["message"]
    assert fresh(in_justering) == before
