#!/usr/bin/env bash
# A self-signed certificate for trying Crewlog out over HTTPS (never for real users: browsers
# warn about it). Writes fullchain.pem and privkey.pem into the folder given (default
# deploy/certs), valid for the host names and addresses given (default localhost 127.0.0.1).
#   deploy/make-self-signed-cert.sh [folder] [name-or-address ...]
set -euo pipefail
out="${1:-$(dirname "$0")/certs}"
shift || true
names=("$@")
[ "${#names[@]}" -gt 0 ] || names=(localhost 127.0.0.1)

san=""
for name in "${names[@]}"; do
  if [[ "$name" =~ ^[0-9.]+$ || "$name" == *:* ]]; then san+="IP:${name},"; else san+="DNS:${name},"; fi
done

mkdir -p "$out"
umask 077
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days "${CERT_DAYS:-30}" \
  -subj "/CN=${names[0]}" -addext "subjectAltName=${san%,}" \
  -keyout "$out/privkey.pem" -out "$out/fullchain.pem" 2>/dev/null
# The certificate is public; nginx in its container reads both as root.
chmod 644 "$out/fullchain.pem"
echo "wrote $out/fullchain.pem and $out/privkey.pem for ${names[*]}"
