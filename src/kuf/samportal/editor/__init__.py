"""The secretary's one-page protocol editor (``@@skriv``, REST ``@dokument``)."""
