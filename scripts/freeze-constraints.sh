#!/usr/bin/env bash
# Rewrite constraints.txt from the project's virtualenv after a deliberate
# upgrade (install the new versions first, run `make test`, then this).
set -euo pipefail
cd "$(dirname "$0")/.."
{
  sed -n '1,4p' constraints.txt
  .venv/bin/pip freeze --all | grep -v '^-e\|^kuf.samportal\|@ file' | sort -f
} > constraints.txt.new
mv constraints.txt.new constraints.txt
.venv/bin/python scripts/buildout_versions.py
