"""The group's form "Anmäl fråga till mötet": a collective.easyform form
(type ``Fragaformular``, open to the group's parties only) whose action
``kuf.samportal.actions.CreateQuestion`` creates the question on the meeting.

HR and the secretary may change the form's fields through the web (the
form's ``fields`` page). The action knows the fields below by name; the
answers of fields HR adds are kept in the question's text under their
titles, and every file field's upload becomes an attachment.
"""

from kuf.samportal import parties
from plone import api
from zope.container.interfaces import IContainerModifiedEvent


QUESTION_FORM_ID = "anmal-fraga"
HR_GROUP = next(g.group_id for g in parties.FUNCTIONAL_GROUPS if g.role == parties.ROLE_HR)

MEETING_FIELD = "mote"
PARTY_FIELD = "part"
KIND_FIELD = "slag"
HEADING_FIELD = "rubrik"
TEXT_FIELD = "fraga"
WANTED_FIELD = "onskas_som"
KNOWN_FIELDS = (MEETING_FIELD, PARTY_FIELD, KIND_FIELD, HEADING_FIELD, TEXT_FIELD, WANTED_FIELD)

QUESTION_FORM_FIELDS = """<model xmlns="http://namespaces.plone.org/supermodel/schema">
  <schema>
    <field name="mote" type="zope.schema.Choice">
      <title>Till mötet</title>
      <vocabulary>kuf.samportal.UpcomingMeetings</vocabulary>
    </field>
    <field name="part" type="zope.schema.Choice">
      <title>Part</title>
      <vocabulary>kuf.samportal.QuestionParties</vocabulary>
    </field>
    <field name="slag" type="zope.schema.Choice">
      <title>Vad skickar du?</title>
      <default>fraga</default>
      <vocabulary>kuf.samportal.SubmissionKinds</vocabulary>
    </field>
    <field name="rubrik" type="zope.schema.TextLine">
      <title>Rubrik</title>
      <description>Kort, som den ska stå i dagordningen, t.ex. Sociala medier.</description>
    </field>
    <field name="fraga" type="zope.schema.Text">
      <title>Frågan eller synpunkterna</title>
    </field>
    <field name="onskas_som" type="zope.schema.Choice">
      <title>Önskas som</title>
      <vocabulary>kuf.samportal.QuestionKinds</vocabulary>
    </field>
    <field name="bilaga_1" type="plone.namedfile.field.NamedBlobFile">
      <title>Bilaga</title>
      <description>Till exempel skriftliga synpunkter eller yrkanden.</description>
      <required>False</required>
    </field>
    <field name="bilaga_2" type="plone.namedfile.field.NamedBlobFile">
      <title>Ytterligare bilaga</title>
      <required>False</required>
    </field>
  </schema>
</model>
"""

QUESTION_FORM_ACTIONS = """<model xmlns="http://namespaces.plone.org/supermodel/schema">
  <schema>
    <field name="skapa_fraga" type="kuf.samportal.actions.CreateQuestion">
      <title>Skapa anmäld fråga</title>
    </field>
  </schema>
</model>
"""


def ensure_question_form(group):
    """Every samverkansgrupp offers the form; HR may change its fields."""
    form = group.get(QUESTION_FORM_ID)
    if form is None:
        with api.env.adopt_roles(["Manager"]):
            form = api.content.create(
                container=group,
                type="Fragaformular",
                id=QUESTION_FORM_ID,
                title="Anmäl fråga till mötet",
                description="Frågor och skriftliga synpunkter till gruppens möten. Gruppens "
                "parter och sekreteraren läser dem; sekreteraren tar med frågan i "
                "dagordningen eller svarar varför inte.",
                submitLabel="Skicka frågan",
                thankstitle="Tack! Frågan är skickad.",
                thanksdescription="Den syns för gruppens parter på mötets sida och på "
                "gruppens sida. Sekreteraren tar med den i dagordningen eller svarar "
                "varför inte.",
                includeEmpties=False,
            )
            form.fields_model = QUESTION_FORM_FIELDS
            form.actions_model = QUESTION_FORM_ACTIONS
    if "KufHR" not in form.get_local_roles_for_userid(HR_GROUP):
        form.manage_setLocalRoles(HR_GROUP, ["KufHR"])
        form.reindexObjectSecurity()
    return form


def group_added(group, event):
    if not IContainerModifiedEvent.providedBy(event):
        ensure_question_form(group)


def question_form(group):
    return group.get(QUESTION_FORM_ID)
