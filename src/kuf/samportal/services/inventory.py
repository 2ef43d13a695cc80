"""REST: GET <site>/@inventering, what the site holds (kuf.samportal.inventory),
for a Manager checking a restored or migrated site on a running instance."""

from kuf.samportal.inventory import site_inventory
from plone.restapi.services import Service


class InventeringGet(Service):
    def reply(self):
        inventory = site_inventory(self.context)
        return {"@id": self.context.absolute_url() + "/@inventering", **inventory}
