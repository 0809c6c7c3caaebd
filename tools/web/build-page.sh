#!/usr/bin/env bash
# Installs the page's JavaScript libraries and map data from npm (package.json beside this file)
# and copies the files the page loads into src/Dossier.Web/wwwroot/lib, which is not committed.
# Does nothing when the copies are newer than this script and package.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lib="$here/../../src/Dossier.Web/wwwroot/lib"
stamp="$lib/.complete"
if [ -f "$stamp" ] && [ "$stamp" -nt "$here/package.json" ] && [ "$stamp" -nt "$here/build-page.sh" ]; then
    exit 0
fi
(cd "$here" && npm install --no-package-lock --no-audit --no-fund --loglevel=error >&2)
modules="$here/node_modules"
rm -rf "$lib"
mkdir -p "$lib"/{leaflet,vis-timeline,cytoscape,topojson-client,world-atlas}
cp -r "$modules/leaflet/dist/leaflet.js" "$modules/leaflet/dist/leaflet.css" "$modules/leaflet/dist/images" "$modules/leaflet/LICENSE" "$lib/leaflet/"
cp "$modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js" "$modules/vis-timeline/styles/vis-timeline-graph2d.min.css" "$lib/vis-timeline/"
cp "$modules/vis-timeline/LICENSE.MIT.txt" "$modules/vis-timeline/LICENSE.Apache-2.0.txt" "$lib/vis-timeline/"
cp "$modules/cytoscape/dist/cytoscape.min.js" "$modules/cytoscape/LICENSE" "$lib/cytoscape/"
cp "$modules/topojson-client/dist/topojson-client.min.js" "$modules/topojson-client/LICENSE" "$lib/topojson-client/"
cp "$modules/world-atlas/countries-110m.json" "$modules/world-atlas/LICENSE" "$lib/world-atlas/"
touch "$stamp"
echo "page libraries copied into $lib" >&2
