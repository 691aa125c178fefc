#!/usr/bin/env bash
# Authenticode-signs Windows programs in place with osslsigncode (Debian's), or verifies them.
#
#   sign.sh FILE...            sign each file (replacing it)
#   sign.sh --verify FILE...   check each file's signature against the certificate in use
#
# The real certificate comes from the environment (also in docs/windows-pc-test-plan.md, "Signing"):
#   JOBLINK_SIGN_PFX           path of the code-signing certificate and key (.pfx / PKCS#12)
#   JOBLINK_SIGN_PFX_PASSWORD  its password (may be empty)
#   JOBLINK_SIGN_TIMESTAMP_URL an RFC 3161 timestamp server (e.g. http://timestamp.digicert.com);
#                              with it, signatures stay valid after the certificate expires
#   JOBLINK_SIGN_CA            for --verify: the CA bundle that issued the certificate
#                              (default: Debian's /etc/ssl/certs/ca-certificates.crt)
# Without JOBLINK_SIGN_PFX the build makes a throw-away self-signed test certificate in
# build/bin/test-signing/ (valid 30 days, never trusted by Windows): the signing step is then
# still exercised and verified in make test, and a PC shows "Unknown publisher" as for an
# unsigned file.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
testdir="$root/build/bin/test-signing"

test_certificate() {
	if [ -s "$testdir/test.pfx" ] && openssl x509 -in "$testdir/test.pem" -noout -checkend 86400 >/dev/null 2>&1; then
		return
	fi
	mkdir -p "$testdir"
	openssl req -x509 -newkey rsa:3072 -sha256 -days 30 -nodes \
		-subj "/CN=Joblink TEST signing (not trusted)/O=Joblink test build" \
		-addext "keyUsage=critical,digitalSignature" -addext "extendedKeyUsage=codeSigning" \
		-keyout "$testdir/test.key" -out "$testdir/test.pem" 2>/dev/null
	openssl pkcs12 -export -passout pass: -inkey "$testdir/test.key" -in "$testdir/test.pem" -out "$testdir/test.pfx"
	rm -f "$testdir/test.key"
}

if [ -n "${JOBLINK_SIGN_PFX:-}" ]; then
	pfx=$JOBLINK_SIGN_PFX
	pass=${JOBLINK_SIGN_PFX_PASSWORD:-}
	ca=${JOBLINK_SIGN_CA:-/etc/ssl/certs/ca-certificates.crt}
else
	test_certificate
	pfx=$testdir/test.pfx
	pass=
	ca=$testdir/test.pem
fi

if [ "${1:-}" = "--verify" ]; then
	shift
	for f in "$@"; do
		# -ignore-timestamp: a test signature has none; a real one is checked with it.
		opts=(-CAfile "$ca")
		[ -n "${JOBLINK_SIGN_TIMESTAMP_URL:-}" ] || opts+=(-ignore-timestamp)
		if ! out=$(osslsigncode verify "${opts[@]}" -in "$f" 2>&1); then
			echo "$out" >&2
			echo "sign.sh: the signature of $f does not verify" >&2
			exit 1
		fi
		subject=$(sed -n 's/^[[:space:]]*Subject: //p' <<<"$out" | head -1)
		echo "signature verified: $(basename "$f") — signed by ${subject:-?}"
	done
	exit 0
fi

for f in "$@"; do
	opts=(sign -pkcs12 "$pfx" -pass "$pass" -h sha256 -n Joblink -i https://joblink.app/)
	[ -z "${JOBLINK_SIGN_TIMESTAMP_URL:-}" ] || opts+=(-ts "$JOBLINK_SIGN_TIMESTAMP_URL")
	# A file built before and signed already is signed again from scratch.
	osslsigncode remove-signature -in "$f" -out "$f.unsigned" >/dev/null 2>&1 && mv "$f.unsigned" "$f" || rm -f "$f.unsigned"
	osslsigncode "${opts[@]}" -in "$f" -out "$f.signed" >/dev/null
	mv "$f.signed" "$f"
done
