"""The meeting cycle of a samverkansgrupp, before and right after the meeting:

- the årshjul (``Arshjul``): the year's meetings and which theme is handled
  at which meeting, and how;
- the meeting (``Mote``): its dagordning built from the group's standing
  items, the årshjul's themes and accepted questions, its handlingar
  (``Handling``), the kallelse and who sent förhinder;
- questions and written positions from the parties (``Fraga``), submitted
  through the group's collective.easyform form or REST;
- the protocol drafted from the dagordning.

Rules are plain Python in ``rules/``; the modules beside them do the work
in Plone, and the views and REST services call them and stay thin.
"""
