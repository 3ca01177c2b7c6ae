#!/usr/bin/env bash
# The Debian packages the tests need: PostgreSQL (server binaries for the throwaway
# cluster), Chromium (browser tests), gettext (compilemessages) and unzip.
# Installs the missing ones when run as root; otherwise names the command to run.
set -euo pipefail

missing=()
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "== system packages: PostgreSQL, Chromium, gettext and unzip are installed"
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "Missing Debian packages: ${missing[*]}." >&2
    echo "Install them as root, then run make test again:" >&2
    echo "    sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "== installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "== installed: ${missing[*]}"
