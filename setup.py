"""Installer for the kuf.samportal package."""

from pathlib import Path
from setuptools import find_namespace_packages
from setuptools import setup

long_description = "\n\n".join(
    Path(name).read_text(encoding="utf-8") for name in ("README.md", "CHANGES.md")
)

setup(
    name="kuf.samportal",
    version="1.0.0.dev0",
    description="Samverkansportal for Kulturförvaltningen (City of Stockholm)",
    long_description=long_description,
    long_description_content_type="text/markdown",
    classifiers=[
        "Environment :: Web Environment",
        "Framework :: Plone",
        "Framework :: Plone :: 6.2",
        "Framework :: Plone :: Addon",
        "Programming Language :: Python",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
        "Natural Language :: Swedish",
    ],
    keywords="Plone samverkan arbetsmiljö intranet",
    author="Kulturförvaltningen, Stockholms stad",
    license="GPL version 2",
    packages=find_namespace_packages("src", include=["kuf.*"]),
    package_dir={"": "src"},
    include_package_data=True,
    zip_safe=False,
    python_requires=">=3.11",
    install_requires=[
        "Products.CMFPlone",
        "plone.api",
        "plone.restapi",
        "plone.app.dexterity",
        "collective.easyform",
        "collective.z3cform.datagridfield",
        "weasyprint",
        "pypdf",
        "python-docx",
        "pdfplumber",
        "openpyxl",
        "pas.plugins.oidc",
        "pybankid",
        "segno",
        # Production storage: RelStorage 4 on PostgreSQL through psycopg2
        # (RelStorage 4 does not support psycopg 3); the binary wheel needs
        # no compiler or libpq headers.
        "RelStorage",
        "psycopg2-binary",
        # Routes Products.MailHost's sending by the environment (mail/).
        "collective.monkeypatcher",
    ],
    extras_require={
        "test": [
            "plone.app.testing",
            "plone.app.contenttypes",
            "hypothesis",
            "pyinstrument",  # scripts/profile_page.py
            "pytest",
            "pytest-plone>=1.1",
            "playwright",
            "hypothesis",
            "requests",
            "ruff",
        ],
    },
    entry_points={
        "z3c.autoinclude.plugin": ["target = plone"],
    },
)
