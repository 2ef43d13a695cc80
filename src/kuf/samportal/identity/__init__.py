"""Identity: single sign-on with the city's identity provider (OpenID
Connect, through pas.plugins.oidc), groups from the provider, and signing
protocols with BankID."""
