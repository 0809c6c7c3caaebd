#!/usr/bin/env bash
# Runs every test of the project. Each script in tools/test-setup/ installs and starts what
# some tests need (a PostgreSQL server, Chromium, npm packages) and exports where to find it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for setup in tools/test-setup/*.sh; do
    [ -e "$setup" ] || continue
    # shellcheck source=/dev/null
    source "$setup"
done
log="$(mktemp)"
status=0
dotnet test Dossier.slnx -c Release --nologo 2>&1 | tee "$log" || status=$?
# One closing line that any CI can read, summed over the test projects.
awk '/^(Passed|Failed)!/ {
        for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) }
     } END { gsub(",", "", p); printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
