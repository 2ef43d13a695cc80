"""Running the portal as a service: which storage (the embedded FileStorage or
RelStorage on PostgreSQL), migration, packing, backup and restore, several
instances behind HAProxy. Plain Python without Zope imports; the command-line
front ends are ``scripts/storage.py`` and ``scripts/cluster.py``.
"""
