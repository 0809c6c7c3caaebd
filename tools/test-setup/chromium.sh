# Sourced by ./test.sh: Debian's Chromium for the page tests, installed when missing. Exports
# CHROMIUM_PATH, which the tests hand to Playwright (its own browser download is not used).
if ! command -v chromium >/dev/null 2>&1; then
    echo "test setup: installing Debian's chromium for the page tests" >&2
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        sudo apt-get update -qq >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
fi
CHROMIUM_PATH="$(command -v chromium)"
export CHROMIUM_PATH
