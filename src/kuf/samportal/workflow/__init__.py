"""Workflow guards and transition handlers of the protocol workflow."""
