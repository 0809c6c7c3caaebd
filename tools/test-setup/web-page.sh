# Sourced by ./test.sh: installs the page's JavaScript libraries from npm and copies them into
# src/Dossier.Web/wwwroot/lib before the build, so the page tests load what the demo serves.
bash tools/web/build-page.sh
