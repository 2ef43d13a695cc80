"""Pages of the meeting cycle (Classic UI)."""
