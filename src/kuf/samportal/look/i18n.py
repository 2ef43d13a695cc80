"""The portal's own Swedish first.

zope.i18n asks a domain's catalogs for a language in the order they were
registered and takes the first translation. Plone's catalogs (plone.app.locales)
are registered before ours, so a Plone translation we correct ("(Krävs)" for
"Required") would win. The ``kuf:preferOwnTranslations`` directive runs after
every other configuration action and moves this package's catalogs first.
"""

from pathlib import Path
from zope.component import getUtilitiesFor
from zope.i18n.interfaces import ITranslationDomain
from zope.interface import Interface


LOCALES = Path(__file__).resolve().parent.parent / "locales"


def prefer_own_catalogs():
    for _name, domain in getUtilitiesFor(ITranslationDomain):
        catalogs = getattr(domain, "_catalogs", None)
        data = getattr(domain, "_data", None)
        if not catalogs or data is None:
            continue
        for language, names in catalogs.items():
            own = [n for n in names if str(LOCALES) in str(getattr(data[n], "_path_to_file", ""))]
            if own:
                catalogs[language] = own + [n for n in names if n not in own]


class IPreferOwnTranslations(Interface):
    """No arguments."""


def prefer_own_translations(_context):
    # After every other action (registerTranslations included).
    _context.action(discriminator=None, callable=prefer_own_catalogs, args=(), order=100000)
