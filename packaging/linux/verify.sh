#!/usr/bin/env bash
# IT verification of a Confidential Intake release: is it signed by our organisation, and is
# every file exactly what was signed?
#
#   packaging/linux/verify.sh --key ORG-KEY.asc [--fingerprint FPR] [DIR]
#
#   --key FILE          the organisation's public signing key (obtained and checked out of band,
#                       never taken from the same place as the release)
#   --fingerprint FPR   optional: also require the signature to come from this exact key
#   DIR                 the folder holding SHA256SUMS, SHA256SUMS.asc and the files (default: .)
#
# Needs only bash, coreutils (sha256sum) and gpg. Nothing is added to your own keyring: the key
# is imported into a temporary, throw-away GnuPG home.
#
# Exit 0 and one line starting "verified" when everything checks; otherwise exit 1 (the release
# must not be installed) or 2 (the check could not be run), with one line on standard error.
set -uo pipefail

fail() { echo "verification FAILED: $*" >&2; exit 1; }
usage_error() { echo "verify: $*" >&2; exit 2; }

key_file=""
want_fpr=""
dir="."
dir_given=0
while (($#)); do
  case "$1" in
    --key) [[ $# -ge 2 ]] || usage_error "--key needs a file"; key_file="$2"; shift 2 ;;
    --key=*) key_file="${1#--key=}"; shift ;;
    --fingerprint) [[ $# -ge 2 ]] || usage_error "--fingerprint needs a value"
                   want_fpr="$2"; shift 2 ;;
    --fingerprint=*) want_fpr="${1#--fingerprint=}"; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    -*) usage_error "unknown option $1 (see --help)" ;;
    *) ((dir_given == 0)) || usage_error "only one folder, please"; dir="$1"; dir_given=1
       shift ;;
  esac
done
[[ -n "$key_file" ]] || usage_error "usage: verify.sh --key ORG-KEY.asc [--fingerprint FPR] [DIR]"
[[ -r "$key_file" ]] || usage_error "cannot read the public key file $key_file"
[[ -d "$dir" ]] || usage_error "$dir is not a folder"
command -v gpg >/dev/null || usage_error "gpg is not installed (Debian: apt-get install gpg)"
command -v sha256sum >/dev/null || usage_error "sha256sum is not installed (coreutils)"
[[ -f "$dir/SHA256SUMS" ]] || fail "$dir/SHA256SUMS is missing"
[[ -f "$dir/SHA256SUMS.asc" ]] || fail "$dir/SHA256SUMS.asc (the signature) is missing"
want_fpr="$(printf '%s' "$want_fpr" | tr -d ' :' | tr '[:lower:]' '[:upper:]')"

home="$(mktemp -d)" || usage_error "cannot create a temporary folder"
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  gpgconf --homedir "$home" --kill all >/dev/null 2>&1 || true
  rm -rf -- "$home"
}
trap cleanup EXIT
chmod 700 "$home"
gpg_tmp=(gpg --homedir "$home" --no-default-keyring --keyring "$home/release-key.kbx"
         --batch --no-tty --no-autostart --no-auto-key-retrieve --no-auto-key-locate
         --trust-model always)

# 1. The public key, alone in a temporary keyring.
"${gpg_tmp[@]}" --import -- "$key_file" >/dev/null 2>&1
keys="$("${gpg_tmp[@]}" --with-colons --list-keys 2>/dev/null | grep -c '^pub:')"
((keys >= 1)) || usage_error "$key_file holds no OpenPGP public key"

# 2. The signature over a private copy of SHA256SUMS (the copy is what gets checked below, so
#    the file cannot change between the two steps).
cp -- "$dir/SHA256SUMS" "$home/SHA256SUMS" || usage_error "cannot read $dir/SHA256SUMS"
status="$("${gpg_tmp[@]}" --status-fd 1 --verify -- "$dir/SHA256SUMS.asc" "$home/SHA256SUMS" \
          2>/dev/null)"
gpg_rc=$?
if grep -q '^\[GNUPG:\] BADSIG ' <<<"$status"; then
  fail "SHA256SUMS.asc is not a valid signature of SHA256SUMS (the file or signature was altered)"
elif grep -q '^\[GNUPG:\] REVKEYSIG ' <<<"$status"; then
  fail "the signing key has been revoked"
elif grep -q '^\[GNUPG:\] EXPKEYSIG ' <<<"$status"; then
  fail "the signing key has expired; get the organisation's current public key"
elif grep -q '^\[GNUPG:\] EXPSIG ' <<<"$status"; then
  fail "the signature has expired"
elif grep -q '^\[GNUPG:\] NO_PUBKEY ' <<<"$status"; then
  fail "SHA256SUMS was not signed by the key in $key_file"
fi
validsig="$(grep '^\[GNUPG:\] VALIDSIG ' <<<"$status")"
if ((gpg_rc != 0)) || [[ -z "$validsig" ]] || [[ "$(grep -c '' <<<"$validsig")" != 1 ]] \
   || ! grep -q '^\[GNUPG:\] GOODSIG ' <<<"$status"; then
  fail "SHA256SUMS.asc is not a valid signature of SHA256SUMS by the key in $key_file"
fi
read -r -a fields <<<"$validsig"
signing_fpr="${fields[2]}"
primary_fpr="${fields[11]:-$signing_fpr}"
if [[ -n "$want_fpr" && "$want_fpr" != "$primary_fpr" && "$want_fpr" != "$signing_fpr" ]]; then
  fail "signed by key $primary_fpr, not the expected $want_fpr"
fi

# 3. Every listed file against its signed checksum.
count=0
while IFS= read -r line || [[ -n "$line" ]]; do
  line="${line%$'\r'}"
  [[ -z "$line" ]] && continue
  if [[ ! "$line" =~ ^([0-9a-fA-F]{64})\ [\ *](.+)$ ]]; then
    fail "SHA256SUMS has a line that is not '<sha256>  <file name>'"
  fi
  want="${BASH_REMATCH[1],,}"
  name="${BASH_REMATCH[2]}"
  case "/$name/" in
    *"/../"*|*"/./"*|//*) fail "SHA256SUMS names a path outside the release folder: $name" ;;
  esac
  [[ -f "$dir/$name" ]] || fail "$name is listed in SHA256SUMS but is missing"
  got="$(sha256sum -b -- "$dir/$name" 2>/dev/null)" || fail "$name cannot be read"
  got="${got%% *}"
  got="${got#\\}"
  [[ "$got" == "$want" ]] || fail "$name does not match its signed SHA-256 (altered or damaged)"
  count=$((count + 1))
done <"$home/SHA256SUMS"
((count > 0)) || fail "SHA256SUMS lists no files"

echo "verified: $count file(s) match SHA256SUMS, signed by key $primary_fpr"
exit 0
