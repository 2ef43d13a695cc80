"""REST services and serializers of kuf.samportal."""
