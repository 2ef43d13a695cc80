"""Fixtures of the follow-up tests: the demo organisation and its objects."""

from plone import api
import pytest


def node(portal, *path):
    obj = portal["uppfoljning"]["kulturforvaltningen"]
    for step in path:
        obj = obj[step]
    return obj


@pytest.fixture
def tree():
    """``tree(portal)``: the demo nodes and follow-ups the tests refer to."""

    def objects(portal):
        root = node(portal)
        kun = node(portal, "stadsbiblioteket", "kungsholmen-och-norrmalm")
        jarva = node(portal, "stadsbiblioteket", "jarva")
        return {
            "root": root,
            "library": root["stadsbiblioteket"],
            "kun": kun,
            "jarva": jarva,
            "kun_sam": kun["2026-sam"],
            "jarva_sam": jarva["2026-sam"],
            "root_sam": root["2026-sam"],
            "root_aa": root["2026-aktiva-atgarder"],
            "sam": portal["uppfoljning"]["checklista-sam-2026"],
            "aa": portal["uppfoljning"]["checklista-aktiva-atgarder-2026"],
        }

    return objects


def answer_everything(followup, value=None):
    checklist = followup.checklist()
    value = value or checklist.scale_definition().value_ids[0]
    return {qid: {"svar": value, "analys": f"Analys {qid}"} for qid in checklist.question_ids()}


@pytest.fixture
def as_user():
    """``with as_user("chef"):`` run integration code as a demo user."""
    return lambda user_id: api.env.adopt_user(username=user_id)
