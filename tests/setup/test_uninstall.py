"""Uninstalling removes the add-on's layer and opens the site root again."""

import pytest


PACKAGE = "kuf.samportal"


@pytest.fixture
def package_name():
    return PACKAGE


class TestUninstall:
    @pytest.fixture(autouse=True)
    def uninstalled(self, uninstalled):
        pass

    def test_product_uninstalled(self, installer):
        assert installer.is_product_installed(PACKAGE) is False

    def test_browserlayer_removed(self, browser_layers):
        from kuf.samportal.interfaces import IKufSamportalLayer

        assert IKufSamportalLayer not in browser_layers

    def test_front_page_view_reset(self, portal):
        assert portal.getLayout() != "startsida"

    def test_site_root_acquires_view_again(self, portal):
        assert portal.acquiredRolesAreUsedBy("View") == "CHECKED"
