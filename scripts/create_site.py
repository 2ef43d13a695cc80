"""Create or update the samportal site. Run by ``make start`` through zconsole:

    zconsole run instance/etc/zope.conf scripts/create_site.py

Idempotent: an existing site keeps its data; the add-on is installed or
upgraded and the demo step adds what is missing.
"""

from AccessControl.SecurityManagement import newSecurityManager
from App.config import getConfiguration
import os
from pathlib import Path
from plone.base.utils import get_installer
from Products.CMFPlone.factory import addPloneSite
from Testing.makerequest import makerequest
import transaction
from zope.component.hooks import setSite


SITE_ID = os.environ.get("SITE_ID", "samportal")
ADMIN = "admin"
PROFILE = "kuf.samportal:default"


def step(message):
    print(f"==> {message}", flush=True)


def ensure_admin(root):
    password = os.environ.get("ADMIN_PASSWORD") or "admin"
    users = root.acl_users
    if ADMIN in users.getUserNames():
        users.userFolderEditUser(ADMIN, password, ["Manager"], [])
    else:
        users.userFolderAddUser(ADMIN, password, ["Manager"], [])
    newSecurityManager(None, users.getUserById(ADMIN).__of__(users))


def ensure_site(root):
    if SITE_ID in root.objectIds():
        step(f"Webbplatsen '{SITE_ID}' finns redan: behåller innehållet")
        return root[SITE_ID]
    step(f"Skapar webbplatsen '{SITE_ID}' (svenska, Classic UI); det tar en stund")
    return addPloneSite(
        root,
        SITE_ID,
        title="Samverkansportalen",
        description="Kulturförvaltningens portal för samverkan och arbetsmiljö",
        default_language="sv",
        portal_timezone="Europe/Stockholm",
        # What Plone's "classic" distribution installs: Classic UI with Barceloneta.
        extension_ids=(
            "plone.app.contenttypes:default",
            "plone.app.layout:default",
            "plonetheme.barceloneta:default",
        ),
        setup_content=False,
    )


def ensure_addon(site):
    installer = get_installer(site)
    if installer.is_product_installed("kuf.samportal"):
        step("Uppgraderar tillägget kuf.samportal om det behövs")
        site.portal_setup.upgradeProfile(PROFILE)
    else:
        step("Installerar tillägget kuf.samportal")
        installer.install_product("kuf.samportal")


def configure_mail(site):
    """Plone's MailHost from the environment (README, "Mail"). Where mail
    goes is decided again by each process from its own environment
    (kuf.samportal.mail): these stored values are what Plone's mail settings
    page shows."""
    from plone import api

    mailhost = site.MailHost
    mailhost.smtp_host = os.environ.get("SMTP_HOST") or "localhost"
    mailhost.smtp_port = int(os.environ.get("SMTP_PORT") or "25")
    mailhost.smtp_uid = os.environ.get("SMTP_USER", "")
    mailhost.smtp_pwd = os.environ.get("SMTP_PASSWORD", "")
    mailhost.force_tls = os.environ.get("SMTP_TLS", "") == "1"
    if os.environ.get("SMTP_HOST"):
        # Plone's own SMTP mailer reads these (Products.CMFPlone.patches.sendmail).
        for name, value in (
            ("plone.smtp_host", mailhost.smtp_host),
            ("plone.smtp_port", mailhost.smtp_port),
            ("plone.smtp_userid", mailhost.smtp_uid or None),
            ("plone.smtp_pass", mailhost.smtp_pwd or None),
        ):
            api.portal.set_registry_record(name, value)
    if os.environ.get("MAIL_FROM"):
        api.portal.set_registry_record("plone.email_from_address", os.environ["MAIL_FROM"])
    if os.environ.get("MAIL_FROM_NAME"):
        api.portal.set_registry_record("plone.email_from_name", os.environ["MAIL_FROM_NAME"])
    if os.environ.get("SMTP_HOST"):
        step(f"E-post köas och skickas via {mailhost.smtp_host}:{mailhost.smtp_port}")
    else:
        folder = Path(getConfiguration().clienthome) / "mail"
        step(f"E-post skrivs till {folder} (SMTP_HOST är inte satt)")


def main(root):
    root = makerequest(root)
    ensure_admin(root)
    site = ensure_site(root)
    setSite(site)
    ensure_addon(site)
    configure_mail(site)
    step("Lägger till demoanvändare och demoinnehåll")
    site.portal_setup.runAllImportStepsFromProfile("profile-kuf.samportal:demo")
    transaction.commit()
    step("Klart")


main(app)  # noqa: F821 (zconsole provides app)
