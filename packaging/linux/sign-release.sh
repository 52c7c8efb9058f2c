#!/usr/bin/env bash
# Write SHA256SUMS over every release file in a folder and sign it with the organisation's key.
#
#   packaging/linux/sign-release.sh [--key KEYID] DIR
#
# KEYID (a fingerprint is best) comes from --key or the INTAKE_SIGNING_KEY environment variable.
# The secret key must be in the signer's GnuPG home (GNUPGHOME or ~/.gnupg), or on a smartcard
# that home knows about. If the key has a passphrase, gpg asks for it through its pinentry; for an
# unattended signer set INTAKE_GPG_PASSPHRASE_FILE to a root-only file holding it.
#
# Output, next to the files: SHA256SUMS (sha256sum format, one "<hex>  <name>" line per file,
# sorted by name) and SHA256SUMS.asc (armored, detached signature of SHA256SUMS).
# Exits 0 on success; non-zero with one line on standard error otherwise.
set -euo pipefail

die() { echo "sign-release: $*" >&2; exit 1; }

key="${INTAKE_SIGNING_KEY:-}"
dir=""
while (($#)); do
  case "$1" in
    --key) [[ $# -ge 2 ]] || die "--key needs a key id"; key="$2"; shift 2 ;;
    --key=*) key="${1#--key=}"; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) [[ -z "$dir" ]] || die "only one folder, please"; dir="$1"; shift ;;
  esac
done
[[ -n "$dir" ]] || die "usage: sign-release.sh [--key KEYID] DIR"
[[ -d "$dir" ]] || die "$dir is not a folder"
[[ -n "$key" ]] || die "no signing key: pass --key KEYID or set INTAKE_SIGNING_KEY"
command -v gpg >/dev/null || die "gpg is not installed (Debian: apt-get install gnupg)"
command -v sha256sum >/dev/null || die "sha256sum is not installed (Debian: coreutils)"

gpg_opts=(--batch --yes --no-tty)
if [[ -n "${INTAKE_GPG_PASSPHRASE_FILE:-}" ]]; then
  [[ -r "$INTAKE_GPG_PASSPHRASE_FILE" ]] || die "cannot read INTAKE_GPG_PASSPHRASE_FILE"
  gpg_opts+=(--pinentry-mode loopback --passphrase-file "$INTAKE_GPG_PASSPHRASE_FILE")
fi

# The key must exist as a usable signing key before anything is written.
fingerprint="$(gpg --batch --with-colons --list-secret-keys -- "$key" 2>/dev/null \
  | awk -F: '$1 == "fpr" { print $10; exit }')" || true
[[ -n "$fingerprint" ]] || die "no secret key '$key' in ${GNUPGHOME:-$HOME/.gnupg}"

cd "$dir"
rm -f SHA256SUMS SHA256SUMS.asc
files=()
while IFS= read -r -d '' name; do
  name="${name#./}"
  case "$name" in
    *$'\n'*|*\\*) die "file name not allowed in SHA256SUMS: $name" ;;
  esac
  files+=("$name")
done < <(find . -maxdepth 1 -type f ! -name 'SHA256SUMS' ! -name 'SHA256SUMS.asc' \
           ! -name '.*' -print0 | LC_ALL=C sort -z)
((${#files[@]})) || die "no files to sign in $dir"

sha256sum -- "${files[@]}" > SHA256SUMS.tmp
mv SHA256SUMS.tmp SHA256SUMS
if ! gpg "${gpg_opts[@]}" --local-user "$key" --digest-algo SHA512 --armor --detach-sign \
     --output SHA256SUMS.asc SHA256SUMS 2>sign-release.log; then
  reason="$(grep -m1 -E 'gpg: (signing failed|skipped|error)' sign-release.log || true)"
  rm -f SHA256SUMS SHA256SUMS.asc sign-release.log
  die "gpg could not sign with '$key'${reason:+: ${reason#gpg: }}"
fi
rm -f sign-release.log

# Check our own signature before anyone else relies on it.
gpg --batch --status-fd 1 --verify SHA256SUMS.asc SHA256SUMS 2>/dev/null \
  | grep -q "^\[GNUPG:\] VALIDSIG " || die "the new signature does not verify"

echo "Signed ${#files[@]} file(s) in $dir with key $fingerprint"
