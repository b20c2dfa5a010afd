#!/bin/sh
# Install what the build and the tests need, if it is missing.
# As root: apt-get install. Otherwise: print the exact command and fail.
#   build-aux/deps.sh build   libraries for building plancheck
#   build-aux/deps.sh test    also what the test suite needs
set -u
need_pc="icu-uc icu-i18n libpcre2-16 libxml-2.0 jansson libzip nettle"
pkgs="pkg-config libicu-dev libpcre2-dev libxml2-dev libjansson-dev libzip-dev nettle-dev"
if [ "${1:-build}" = test ]; then
	need_pc="$need_pc cmocka"
	pkgs="$pkgs libcmocka-dev libxml2-utils mandoc parallel git pre-commit vim-nox python3-jsonschema chromium valgrind time emacs-nox"
fi
missing=""
if command -v pkg-config >/dev/null 2>&1; then
	for m in $need_pc; do
		pkg-config --exists "$m" || missing="$missing $m"
	done
else
	missing="pkg-config"
fi
if [ "${1:-build}" = test ]; then
	command -v xmllint >/dev/null 2>&1 || missing="$missing xmllint"
	command -v mandoc >/dev/null 2>&1 || missing="$missing mandoc"
	command -v parallel >/dev/null 2>&1 || missing="$missing parallel"
	command -v git >/dev/null 2>&1 || missing="$missing git"
	command -v pre-commit >/dev/null 2>&1 || missing="$missing pre-commit"
	command -v vim >/dev/null 2>&1 || missing="$missing vim"
	command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
	command -v valgrind >/dev/null 2>&1 || missing="$missing valgrind"
	command -v emacs >/dev/null 2>&1 || missing="$missing emacs"
	[ -x /usr/bin/time ] || missing="$missing time"
	/usr/bin/python3 -c "import jsonschema" >/dev/null 2>&1 ||
	    missing="$missing python3-jsonschema"
fi
[ -z "$missing" ] && exit 0
echo "plancheck: missing:$missing" >&2
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends $pkgs >&2 && exit 0
	echo "plancheck: apt-get install failed" >&2
	exit 1
fi
echo "plancheck: install them with:" >&2
echo "  sudo apt-get install $pkgs" >&2
exit 1
