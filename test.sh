#!/usr/bin/env bash
# Runs every test of the project. Installs what the tests need when it is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
dotnet test Dossier.slnx -c Release --nologo --logger "console;verbosity=normal" 2>&1 | tee /tmp/dossier-test.log
