"""A fake BankID RP API v6 server on loopback, over mutual TLS with a CA,
server and client certificates made for the test run.

It answers like BankID: ``/sign`` gives the order's references, ``/collect``
is ``pending`` (outstandingTransaction, then what the "phone" did) until
the user acts, then ``complete`` with completion data (user, a signature
XML holding the signed texts, an OCSP response) or ``failed`` with a hint
code; ``/cancel`` ends an order. The test plays the user's phone:
``approve(auto_start_token, personal_number)``, ``fail(token, hint)``.
"""

import base64
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
import ipaddress
import json
import ssl
import threading
import uuid


def _certificate(subject, key, issuer=None, issuer_key=None, ca=False, ip=None):
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(issuer or x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ip:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(ip))]),
            critical=False,
        )
    return builder.sign(issuer_key or key, hashes.SHA256())


def _write(path, key=None, cert=None):
    data = b""
    if cert is not None:
        data += cert.public_bytes(serialization.Encoding.PEM)
    if key is not None:
        data += key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    path.write_bytes(data)
    return str(path)


def make_certificates(directory):
    """Test CA, the server's certificate for 127.0.0.1, the RP's client certificate."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _certificate("Fake BankID test CA", ca_key, ca=True)
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = _certificate("127.0.0.1", server_key, ca.subject, ca_key, ip="127.0.0.1")
    client_key = ec.generate_private_key(ec.SECP256R1())
    client = _certificate("Kulturförvaltningen RP", client_key, ca.subject, ca_key)
    return {
        "ca": _write(directory / "ca.pem", cert=ca),
        "server_cert": _write(directory / "server.pem", cert=server),
        "server_key": _write(directory / "server.key", key=server_key),
        "client_cert": _write(directory / "rp.pem", cert=client),
        "client_key": _write(directory / "rp.key", key=client_key),
    }


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def signature_xml(order):
    """Shaped like BankID's: the signed texts inside bankIdSignedData."""
    return b64(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#">'
        "<SignedInfo/><SignatureValue>ZmFrZQ==</SignatureValue><Object>"
        '<bankIdSignedData xmlns="http://www.bankid.com/signature/v1.0.0/types" Id="bidSignedData">'
        '<usrVisibleData charset="UTF-8" visible="wysiwys">'
        f"{order['userVisibleData']}</usrVisibleData>"
        f"<usrNonVisibleData>{order.get('userNonVisibleData', '')}</usrNonVisibleData>"
        f"<srvInfo><nonce>{b64(order['orderRef'])}</nonce></srvInfo>"
        "</bankIdSignedData></Object></Signature>"
    )


class FakeBankID:
    def __init__(self, port, directory):
        self.port = port
        self.files = make_certificates(directory)
        self.orders = {}
        self.lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"bankid": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=self.files["ca"])
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_cert_chain(self.files["server_cert"], self.files["server_key"])
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def reset(self):
        with self.lock:
            self.orders.clear()

    def environment(self):
        return {
            "BANKID_CERT": self.files["client_cert"],
            "BANKID_KEY": self.files["client_key"],
            "BANKID_ENVIRONMENT": "test",
            "BANKID_API_URL": f"https://127.0.0.1:{self.port}/rp/v6.0/",
            "BANKID_CA_CERT": self.files["ca"],
        }

    # The user's phone.
    def _by_token(self, auto_start_token):
        for order in self.orders.values():
            if order["autoStartToken"] == auto_start_token:
                return order
        raise KeyError(auto_start_token)

    def start_signing(self, auto_start_token):
        with self.lock:
            self._by_token(auto_start_token)["state"] = ("pending", "userSign")

    def approve(self, auto_start_token, personal_number, name="Test Testsson"):
        with self.lock:
            order = self._by_token(auto_start_token)
            order["state"] = ("complete", None)
            order["user"] = {
                "personalNumber": personal_number,
                "name": name,
                "givenName": name.split()[0],
                "surname": name.split()[-1],
            }

    def fail(self, auto_start_token, hint_code):
        with self.lock:
            self._by_token(auto_start_token)["state"] = ("failed", hint_code)

    def visible_text(self, auto_start_token):
        return base64.b64decode(self._by_token(auto_start_token)["userVisibleData"]).decode()


class _Handler(BaseHTTPRequestHandler):
    bankid = None

    def log_message(self, *args):
        pass

    def answer(self, data, status=200):
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def error(self, code, details, status=400):
        self.answer({"errorCode": code, "details": details}, status)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        try:
            data = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            return self.error("invalidParameters", "Invalid JSON")
        path = self.path.removeprefix("/rp/v6.0/")
        handler = {"sign": self.sign, "collect": self.collect, "cancel": self.cancel}.get(path)
        if handler is None:
            return self.error("notFound", "No such endpoint", 404)
        with self.bankid.lock:
            handler(data)

    def sign(self, data):
        if not data.get("endUserIp") or not data.get("userVisibleData"):
            return self.error("invalidParameters", "endUserIp and userVisibleData required")
        order = {
            "orderRef": str(uuid.uuid4()),
            "autoStartToken": str(uuid.uuid4()),
            "qrStartToken": str(uuid.uuid4()),
            "qrStartSecret": str(uuid.uuid4()),
            "userVisibleData": data["userVisibleData"],
            "userNonVisibleData": data.get("userNonVisibleData", ""),
            "state": ("pending", "outstandingTransaction"),
        }
        self.bankid.orders[order["orderRef"]] = order
        self.answer(
            {
                key: order[key]
                for key in ("orderRef", "autoStartToken", "qrStartToken", "qrStartSecret")
            }
        )

    def collect(self, data):
        order = self.bankid.orders.get(data.get("orderRef"))
        if order is None:
            return self.error("invalidParameters", "No such order")
        status, hint = order["state"]
        answer = {"orderRef": order["orderRef"], "status": status}
        if status == "pending" or status == "failed":
            answer["hintCode"] = hint
        if status == "complete":
            answer["completionData"] = {
                "user": order["user"],
                "device": {"ipAddress": "127.0.0.1", "uhi": "fake-uhi"},
                "bankIdIssueDate": "2024-01-01",
                "signature": signature_xml(order),
                "ocspResponse": b64(f"OCSP good for {order['orderRef']}"),
            }
        self.answer(answer)

    def cancel(self, data):
        if self.bankid.orders.pop(data.get("orderRef"), None) is None:
            return self.error("invalidParameters", "No such order")
        self.answer({})
