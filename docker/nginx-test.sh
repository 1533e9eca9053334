#!/usr/bin/env bash
# `nginx -t` on docker/nginx.conf without Docker (Debian's nginx; run as root): the instances' names app1, app2 made
# resolvable by a private /etc/hosts (a mount namespace of this one process), the TLS, log and pid paths moved to a
# temporary folder with a throw-away certificate. The host's own /etc/hosts and nginx are not touched.
set -euo pipefail
conf="$(cd "$(dirname "$0")" && pwd)/nginx.conf"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -keyout "$dir/privkey.pem" -out "$dir/fullchain.pem" 2>/dev/null
sed -e "s#/etc/nginx/tls/#$dir/#" -e "s#/var/log/nginx/#$dir/#" -e "s#/var/run/nginx.pid#$dir/nginx.pid#" \
    -e "s#^user nginx;#user www-data;#" "$conf" > "$dir/nginx.conf"
printf '127.0.0.1 localhost\n127.0.0.11 app1\n127.0.0.12 app2\n' > "$dir/hosts"
unshare -m bash -c "mount --bind '$dir/hosts' /etc/hosts && nginx -t -c '$dir/nginx.conf' -p '$dir'"
