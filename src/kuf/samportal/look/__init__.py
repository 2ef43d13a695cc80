"""The portal's own look on Barceloneta: name and wordmark, footer, the
accessibility statement, the toolbar only for those who edit, status
messages also on the login page."""
