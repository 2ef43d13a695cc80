"""A small OpenID Connect provider on loopback for the tests.

Authorization code flow with PKCE (S256), client_secret_basic, RS256 ID
tokens, discovery, JWKS and an end-session endpoint. The test decides who
logs in next (``provider.next_login``) and how the ID token is spoiled
(``mode``): another issuer, another audience, expired, or tampered.
Written for the tests (rather than a provider from PyPI) because the bad
tokens must come from the provider itself.
"""

import base64
from Cryptodome.PublicKey import RSA
import hashlib
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
import json
from jwkest.jwk import RSAKey
from jwkest.jws import JWS
import secrets
import threading
import time
from urllib.parse import parse_qs
from urllib.parse import urlencode
from urllib.parse import urlparse


class MockProvider:
    def __init__(self, port, client_id="samportal", client_secret="hemligt"):  # noqa: S107
        self.issuer = f"http://127.0.0.1:{port}"
        self.client_id = client_id
        self.client_secret = client_secret
        self.key = RSAKey(key=RSA.generate(2048), kid="test-key", use="sig", alg="RS256")
        self.next_login = None
        self.mode = None
        self.codes = {}
        self.logouts = []
        self.token_requests = []
        handler = type("Handler", (_Handler,), {"provider": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def login_as(self, sub, mode=None, **claims):
        self.next_login = {"sub": sub, **claims}
        self.mode = mode

    def discovery(self):
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "end_session_endpoint": f"{self.issuer}/logout",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic"],
        }

    def id_token(self, claims, nonce):
        now = int(time.time())
        payload = {
            "iss": self.issuer,
            "aud": self.client_id,
            "iat": now,
            "exp": now + 300,
            "nonce": nonce,
            **claims,
        }
        if self.mode == "issuer":
            payload["iss"] = "http://127.0.0.1:1/other-provider"
        elif self.mode == "audience":
            payload["aud"] = "another-application"
        elif self.mode == "expired":
            payload["iat"], payload["exp"] = now - 7200, now - 3600
        token = JWS(json.dumps(payload), alg="RS256").sign_compact([self.key])
        if self.mode == "tampered":
            header, body, signature = token.split(".")
            forged = json.loads(base64.urlsafe_b64decode(body + "=="))
            forged["groups"] = ["KuF-Saco", "KuF-Admin"]
            body = base64.urlsafe_b64encode(json.dumps(forged).encode()).decode().rstrip("=")
            token = f"{header}.{body}.{signature}"
        return token


class _Handler(BaseHTTPRequestHandler):
    provider = None

    def log_message(self, *args):
        pass

    def send_json(self, data, status=200):
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, url):
        self.send_response(302)
        self.send_header("Location", url)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        url = urlparse(self.path)
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        provider = self.provider
        if url.path == "/.well-known/openid-configuration":
            return self.send_json(provider.discovery())
        if url.path == "/jwks":
            return self.send_json({"keys": [provider.key.serialize()]})
        if url.path == "/authorize":
            return self.authorize(query)
        if url.path == "/logout":
            provider.logouts.append(query)
            return self.redirect(query.get("post_logout_redirect_uri", provider.issuer))
        self.send_json({"error": "not_found"}, 404)

    def authorize(self, query):
        provider = self.provider
        if query.get("client_id") != provider.client_id or provider.next_login is None:
            return self.send_json({"error": "unauthorized_client"}, 400)
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            return self.send_json({"error": "invalid_request", "detail": "PKCE required"}, 400)
        code = secrets.token_urlsafe(16)
        provider.codes[code] = {
            "claims": dict(provider.next_login),
            "nonce": query.get("nonce"),
            "challenge": query["code_challenge"],
            "redirect_uri": query.get("redirect_uri"),
        }
        separator = "&" if "?" in query["redirect_uri"] else "?"
        params = urlencode({"code": code, "state": query.get("state", "")})
        self.redirect(f"{query['redirect_uri']}{separator}{params}")

    def do_POST(self):
        provider = self.provider
        if urlparse(self.path).path != "/token":
            return self.send_json({"error": "not_found"}, 404)
        length = int(self.headers.get("Content-Length", 0))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        provider.token_requests.append(form)
        expected = base64.b64encode(
            f"{provider.client_id}:{provider.client_secret}".encode()
        ).decode()
        if self.headers.get("Authorization") != f"Basic {expected}":
            return self.send_json({"error": "invalid_client"}, 401)
        grant = provider.codes.pop(form.get("code"), None)
        if grant is None or form.get("redirect_uri") != grant["redirect_uri"]:
            return self.send_json({"error": "invalid_grant"}, 400)
        digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
        challenge = base64.urlsafe_b64encode(digest).decode().rstrip("=")
        if challenge != grant["challenge"]:
            return self.send_json({"error": "invalid_grant", "detail": "PKCE"}, 400)
        self.send_json(
            {
                "access_token": secrets.token_urlsafe(16),
                "token_type": "Bearer",
                "expires_in": 300,
                "id_token": provider.id_token(grant["claims"], grant["nonce"]),
            }
        )
