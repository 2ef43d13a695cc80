"""Demo users and demo content (profile kuf.samportal:demo)."""
