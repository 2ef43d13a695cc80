"""The meeting cycle's rules, in plain Python (no Zope imports)."""
