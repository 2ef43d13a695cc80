"""pybankid's client for the RP API v6, set up from ``BANKID_*``.

``BANKID_ENVIRONMENT`` picks BankID's test or production service with the
CA that pybankid ships for it; ``BANKID_API_URL`` and ``BANKID_CA_CERT``
point it elsewhere (a proxy of the city's, or the tests' fake server).
The RP certificate authenticates the portal (mutual TLS).
"""

from bankid import BankIDClient
import httpx
from kuf.samportal.identity.config import bankid_settings
import ssl
from urllib.parse import urljoin


class PortalBankIDClient(BankIDClient):
    def __init__(self, settings):
        super().__init__(
            certificates=(settings.cert, settings.key),
            test_server=settings.is_test,
            request_timeout=settings.timeout,
        )
        if settings.api_url:
            self.api_url = settings.api_url.rstrip("/") + "/"
            for name in ("auth", "phone/auth", "sign", "phone/sign", "collect", "cancel"):
                attribute = "_" + name.replace("/", "_") + "_endpoint"
                setattr(self, attribute, urljoin(self.api_url, name))
        if settings.ca_cert:
            self.client.close()
            self.ctx = ssl.create_default_context(cafile=settings.ca_cert)
            self.ctx.load_cert_chain(*self.certs)
            self.client = httpx.Client(
                headers={"Content-Type": "application/json"},
                verify=self.ctx,
                timeout=settings.timeout,
            )


def bankid_client():
    settings = bankid_settings()
    if not settings.configured:
        raise BankIDNotConfigured()
    return PortalBankIDClient(settings)


class BankIDNotConfigured(Exception):
    pass
