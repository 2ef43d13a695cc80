"""The PAS plugin that throttles failed logins (``throttle`` has the rules).

It is the first authentication plugin of the site's acl_users. For login
and password credentials (the Classic login form, HTTP Basic, plone.restapi's
@login) it refuses while the login or the address is locked, else asks the
other authentication plugins (and the Zope root's user folder, for the
manager) and counts a failure when none accepts the password.

The counters are persistent objects in the site's database, written in a
transaction of their own: a failed login is counted also when the request
itself is aborted (a Basic auth 401), concurrent failures from several
threads or instances merge instead of conflicting (``_p_resolveConflict``),
and every instance sharing the database (RelStorage) sees the same locks.
"""

from AccessControl.class_init import InitializeClass
from BTrees.OOBTree import OOBTree
import itertools
from kuf.samportal import _
from kuf.samportal.inputguard import throttle
import logging
from persistent import Persistent
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from Products.PluggableAuthService.plugins.BasePlugin import BasePlugin
from Products.PluggableAuthService.utils import classImplements
from Products.statusmessages.interfaces import IStatusMessage
import time
import transaction
from ZODB.POSException import ConflictError
from zope.i18n import translate
from zope.i18nmessageid import Message


logger = logging.getLogger("kuf.samportal.loginguard")

PLUGIN_ID = "kuf_login_throttle"
LOCKED = _(
    "error_login_locked",
    default="Too many failed logins. Try again in ${minutes} minutes.",
)
LOCKED_FLAG = "kuf_login_locked"  # request key: seconds left of the lock
COUNTED_FLAG = "kuf_login_counted"


def now() -> float:
    return time.time()


class Record(Persistent):
    """One counter (``throttle.Attempts``) that merges concurrent writes."""

    limit = throttle.USER_LIMIT

    def __init__(self, attempts, limit):
        self.failures = attempts.failures
        self.locked_until = attempts.locked_until
        self.limit = limit

    def attempts(self):
        return throttle.Attempts(tuple(self.failures), self.locked_until)

    def _p_resolveConflict(self, old, saved, new):
        def attempts(state):
            return throttle.Attempts(
                tuple(state.get("failures", ())), state.get("locked_until", 0.0)
            )

        limit = new.get("limit", throttle.USER_LIMIT)
        merged = throttle.merge(attempts(old), attempts(saved), attempts(new), limit)
        return {**new, "failures": merged.failures, "locked_until": merged.locked_until}


def locked_message(seconds, request) -> str:
    minutes = max(1, int(seconds + 59) // 60)
    return translate(Message(LOCKED, mapping={"minutes": minutes}), context=request)


class LoginThrottle(BasePlugin):
    meta_type = "KuF Login Throttle"

    def __init__(self, id, title=None):
        self._setId(id)
        self.title = title or "Begränsning av misslyckade inloggningar"
        self.records = OOBTree()

    # Reading ------------------------------------------------------------

    def attempts(self, key):
        record = self.records.get(key)
        return record.attempts() if record is not None else None

    def wait_seconds(self, login, address, at=None) -> float:
        at = now() if at is None else at
        return max(
            throttle.wait(self.attempts(throttle.user_key(login, address)), at),
            throttle.wait(self.attempts(throttle.address_key(address)), at),
        )

    # Writing (own transaction) ------------------------------------------

    def _write(self, change):
        """Run ``change(records)`` in a transaction of its own, retried on conflict."""
        db = self._p_jar.db()
        manager = transaction.TransactionManager()
        for _attempt in range(5):
            connection = db.open(transaction_manager=manager)
            try:
                manager.begin()
                result = change(connection.get(self._p_oid).records)
                manager.commit()
                return result
            except ConflictError:
                manager.abort()
            finally:
                connection.close()
        logger.warning("Could not record a login attempt after 5 conflicts")
        return None

    def record_failure(self, login, address) -> float:
        """Count a failure; the seconds the login is now locked (0 if not)."""
        at = now()

        def change(records):
            seconds = 0.0
            for key, limit in (
                (throttle.user_key(login, address), throttle.USER_LIMIT),
                (throttle.address_key(address), throttle.ADDRESS_LIMIT),
            ):
                record = records.get(key)
                before = record.attempts() if record is not None else throttle.Attempts()
                after = throttle.fail(before, at, limit)
                if record is None:
                    records[key] = Record(after, limit)
                elif after != before:
                    record.failures, record.locked_until = after.failures, after.locked_until
                seconds = max(seconds, throttle.wait(after, at))
            forget_expired(records, at)
            return seconds

        return self._write(change) or 0.0

    def record_success(self, login, address):
        key = throttle.user_key(login, address)
        if key in self.records:
            self._write(lambda records: records.pop(key, None))

    # IAuthenticationPlugin ------------------------------------------------

    def authenticateCredentials(self, credentials):
        login, password = credentials.get("login"), credentials.get("password")
        if not isinstance(login, str) or not login or not isinstance(password, str):
            return None
        request = self.REQUEST
        address = client_address(request)
        seconds = self.wait_seconds(login, address)
        if seconds:
            refuse(request, seconds)
            credentials.clear()  # the other plugins see no credentials
            return None
        result = self.authenticate_elsewhere(credentials)
        if result is not None:
            self.record_success(login, address)
            credentials.clear()  # checked once; the other plugins need not hash again
            return result
        counted = f"{COUNTED_FLAG}:{login}"
        if request.get(counted):
            return None  # PAS may validate twice in one request: count once
        if not self.root_user(login, password, request):
            seconds = self.record_failure(login, address)
            request.set(COUNTED_FLAG, True)
            request.set(counted, True)
            if seconds:
                refuse(request, seconds)
        return None

    def authenticate_elsewhere(self, credentials):
        plugins = self._getPAS().plugins
        for plugin_id, plugin in plugins.listPlugins(IAuthenticationPlugin):
            if plugin_id == self.getId():
                continue
            result = plugin.authenticateCredentials(dict(credentials))
            if result is not None and result[0] is not None:
                return result
        return None

    def root_user(self, login, password, request) -> bool:
        """The Zope manager lives in the root's user folder, not in the site's."""
        root = self.getPhysicalRoot().acl_users
        try:
            return root.authenticate(login, password, request) is not None
        except Exception:  # a user folder that cannot answer does not let anyone in
            logger.exception("The root user folder failed to authenticate")
            return False


def refuse(request, seconds):
    """Mark the request as locked out; the login form also says why."""
    request.set(LOCKED_FLAG, seconds)
    if request.form.get("__ac_name") is not None:
        IStatusMessage(request).add(locked_message(seconds, request), type="error")


def client_address(request) -> str:
    """The client's address as Zope sees it (X-Forwarded-For only from the
    proxies named by trusted-proxy in zope.conf)."""
    return request.getClientAddr() or "unknown"


def forget_expired(records, at, budget=50):
    """Drop a few counters with nothing left to remember (keeps the tree small)."""
    for key in list(itertools.islice(records.keys(), budget)):
        record = records[key]
        if throttle.expired(record.attempts(), at):
            del records[key]


classImplements(LoginThrottle, IAuthenticationPlugin)
InitializeClass(LoginThrottle)


def install(portal):
    """Add the plugin to the site's acl_users as its first authenticator."""
    acl_users = portal.acl_users
    if PLUGIN_ID not in acl_users.objectIds():
        acl_users._setObject(PLUGIN_ID, LoginThrottle(PLUGIN_ID))
    plugins = acl_users.plugins
    active = [plugin_id for plugin_id, _plugin in plugins.listPlugins(IAuthenticationPlugin)]
    if PLUGIN_ID not in active:
        plugins.activatePlugin(IAuthenticationPlugin, PLUGIN_ID)
    plugins.movePluginsTop(IAuthenticationPlugin, [PLUGIN_ID])


def uninstall(portal):
    if PLUGIN_ID in portal.acl_users.objectIds():
        portal.acl_users._delObject(PLUGIN_ID)
