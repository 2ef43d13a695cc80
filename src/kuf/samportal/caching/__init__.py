"""Speed: what the portal adds around every page costs no more than stock
Plone's (issue 13), and records, which never change, are served from
caches that are private to the user who asks.

- ``toolbar``: the content menu (add, display, workflow, actions) is only
  rendered for users who can act on the content; readers see the toolbar
  without it.
- ``records``: strong ETags and ``Cache-Control: private`` for signed and
  archived protocols (page, REST, PDF), 304 on a repeat GET, and a cached
  rendering of the protocol body keyed on the record.
"""
