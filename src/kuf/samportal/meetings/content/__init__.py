"""The meeting cycle's content types, one module per type."""
