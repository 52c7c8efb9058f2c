#!/usr/bin/env bash
# Build the Confidential Intake bundle with PyInstaller, package it as a .deb, check both, then
# write and sign SHA256SUMS.
#
#   packaging/linux/build-deb.sh [--key KEYID | --unsigned] [--skip-bundle]
#
#   --key KEYID     the organisation's signing key (fingerprint); or set INTAKE_SIGNING_KEY
#   --unsigned      build without signing (test builds only: IT must refuse unsigned releases)
#   --skip-bundle   reuse dist/intake-app from an earlier run instead of running PyInstaller
#
# Environment: PYTHON (default .venv/bin/python, with the "packaging" extra installed:
# pip install -e '.[packaging]'), INTAKE_SIGNING_KEY, INTAKE_GPG_PASSPHRASE_FILE (see
# sign-release.sh), INTAKE_DEB_MAINTAINER (the Maintainer field), SOURCE_DATE_EPOCH (timestamps),
# INTAKE_DEB_COMPRESSION (xz, the default: smallest, ~85 s; zstd: ~1 s, 40% larger).
#
# Output: packaging/out/confidential-intake-VERSION/ with the .deb, SHA256SUMS and
# SHA256SUMS.asc. Work files: build/ and dist/ (all three are git-ignored).
# Needs: Debian or Ubuntu with dpkg-deb, binutils (readelf; PyInstaller needs objdump), gpg.
set -euo pipefail
export LC_ALL=C.UTF-8

say() { echo "==> $*"; }
die() { echo "build-deb: $*" >&2; exit 1; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

key="${INTAKE_SIGNING_KEY:-}"
unsigned=0
skip_bundle=0
while (($#)); do
  case "$1" in
    --key) [[ $# -ge 2 ]] || die "--key needs a key id"; key="$2"; shift 2 ;;
    --key=*) key="${1#--key=}"; shift ;;
    --unsigned) unsigned=1; shift ;;
    --skip-bundle) skip_bundle=1; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
if ((unsigned == 0)) && [[ -z "$key" ]]; then
  die "no signing key: pass --key KEYID or set INTAKE_SIGNING_KEY (or --unsigned for a test build)"
fi

python="${PYTHON:-$root/.venv/bin/python}"
[[ -x "$python" ]] || die "no Python at $python (make the venv, or set PYTHON)"
for tool in dpkg-deb dpkg-query readelf ldconfig; do
  command -v "$tool" >/dev/null || die "$tool is missing (apt-get install dpkg binutils libc-bin)"
done
"$python" -c "import PyInstaller" 2>/dev/null \
  || die "PyInstaller is missing: $python -m pip install -e '.[packaging]'"

package=confidential-intake
version="$("$python" -c 'import intake_app; print(intake_app.__version__)')"
pyproject_version="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)"
[[ "$version" == "$pyproject_version" ]] \
  || die "intake_app.__version__ ($version) differs from pyproject.toml ($pyproject_version)"
arch="$(dpkg --print-architecture)"
bundle="$root/dist/intake-app"
out="$root/packaging/out/$package-$version"
deb_name="${package}_${version}_${arch}.deb"
started=$SECONDS

# ---------------------------------------------------------------------------------------------
# 1. The PyInstaller bundle.
if ((skip_bundle)); then
  [[ -x "$bundle/intake-app" ]] || die "--skip-bundle, but there is no $bundle/intake-app"
  say "Reusing the bundle in $bundle"
else
  say "PyInstaller: building $bundle"
  "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" \
    packaging/pyinstaller/intake-app.spec
fi

# ---------------------------------------------------------------------------------------------
# 2. Checks on the bundle: nothing networked, nothing missing, and it runs.
say "Checking the bundle"
forbidden="$(find "$bundle" \( -iname '*network*' -o -iname '*webengine*' -o -iname '*websocket*' \
  -o -iname '*webchannel*' -o -iname '*webview*' -o -iname '*httpserver*' -o -iname '*qvnc*' \
  -o -iname '*tuiotouch*' -o -iname '*qmldbg*' -o -iname 'tkinter' -o -iname '_tkinter*' \) \
  -print)"
[[ -z "$forbidden" ]] || die "network/web or excluded files in the bundle: $(paste -sd' ' <<<"$forbidden")"

# Every library the bundle links against is either inside it or a system library we can name
# a Debian package for (that list becomes the Depends field).
present="$(find "$bundle" \( -type f -o -type l \) -printf '%f\n' | sort -u)"
needed="$( { find "$bundle" -type f -print0 | xargs -0 readelf -d 2>/dev/null || true; } \
  | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u)"
from_system="$(comm -23 <(echo "$needed") <(echo "$present"))"
missing_qt="$(grep -E '^lib(Qt6|pyside6|shiboken6)' <<<"$from_system" || true)"
[[ -z "$missing_qt" ]] || die "the bundle links to Qt libraries it lacks: $(paste -sd' ' <<<"$missing_qt")"

# Libraries PyInstaller leaves to the system (or that this build machine lacks), by soname.
declare -A known_packages=(
  [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-keysyms.so.1]=libxcb-keysyms1
  [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-image.so.0]=libxcb-image0
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb.so.1]=libxcb1
  [libwayland-client.so.0]=libwayland-client0 [libwayland-cursor.so.0]=libwayland-cursor0
  [libwayland-egl.so.1]=libwayland-egl1 [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1
  [libOpenGL.so.0]=libopengl0 [libxkbcommon.so.0]=libxkbcommon0
  [libxkbcommon-x11.so.0]=libxkbcommon-x11-0 [libfontconfig.so.1]=libfontconfig1
  [libdbus-1.so.3]=libdbus-1-3 [libglib-2.0.so.0]=libglib2.0-0
)
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null \
  || "$python" -c 'import sysconfig; print(sysconfig.get_config_var("MULTIARCH") or "")')"
libcache="$(ldconfig -p)"
depends=()
unknown=()
while IFS= read -r soname; do
  [[ -n "$soname" ]] || continue
  pkg=""
  path="$(awk -v n="$soname" -v m="/${multiarch:+$multiarch/}" \
    '$1 == n && index($NF, m) { print $NF }' <<<"$libcache" | head -1)"
  if [[ -n "$path" ]]; then
    for candidate in "$path" "$(readlink -f "$path")" "/usr$path" "${path#/usr}"; do
      pkg="$(dpkg-query -S -- "$candidate" 2>/dev/null | head -1 | cut -d: -f1)" \
        && [[ -n "$pkg" ]] && break
    done
  fi
  pkg="${pkg:-${known_packages[$soname]:-}}"
  if [[ -n "$pkg" ]]; then depends+=("$pkg"); else unknown+=("$soname"); fi
done <<<"$from_system"
((${#unknown[@]} == 0)) || die "no Debian package known for ${unknown[*]} (see known_packages)"
glibc="$(dpkg-query -W -f='${Version}' libc6)"
depends_field="$(printf '%s\n' "${depends[@]}" | grep -v '^libc6$' | sort -u | paste -sd, - \
  | sed 's/,/, /g')"
depends_field="libc6 (>= ${glibc%%-*}), $depends_field"

scratch="$(mktemp -d)"
trap 'rm -rf -- "$scratch"' EXIT
mkdir -p "$scratch/home"
# The bundle runs with a throw-away home, so nothing lands in the builder's own data folders.
bundled=(env QT_QPA_PLATFORM=offscreen HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data"
         XDG_CONFIG_HOME="$scratch/home/config" XDG_CACHE_HOME="$scratch/home/cache"
         "$bundle/intake-app")
reported="$("${bundled[@]}" --version)" || die "the bundle does not start (--version)"
[[ "$reported" == *" $version" ]] || die "the bundle reports '$reported', expected version $version"
"${bundled[@]}" self-test >"$scratch/self-test.txt" 2>&1 \
  || die "self-test failed in the bundle: $(tail -1 "$scratch/self-test.txt")"
# The GUI must come up (offscreen) and stay up; `timeout` ending it (124) is success.
gui_rc=0
timeout 8 "${bundled[@]}" --data-dir "$scratch/gui-vault" >"$scratch/gui.txt" 2>&1 || gui_rc=$?
((gui_rc == 124)) || die "the GUI exited early (code $gui_rc): $(tail -1 "$scratch/gui.txt")"
say "Bundle OK: $reported; self-test passed; GUI starts; $(du -sh "$bundle" | cut -f1)"

# ---------------------------------------------------------------------------------------------
# 3. The .deb: /opt/confidential-intake, /usr/bin/intake-app, a desktop entry, and the
#    machine policy as a conffile (root-owned, 0644: readable by everyone, writable by root only).
say "Packaging $deb_name"
stage="$root/build/deb/$package"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/doc/$package" "$stage/etc/confidential-intake"
cp -a "$bundle" "$stage/opt/confidential-intake"
ln -s /opt/confidential-intake/intake-app "$stage/usr/bin/intake-app"
install -m 0644 packaging/policy.example.json "$stage/etc/confidential-intake/policy.json"
install -m 0644 packaging/policy.example.json "$stage/usr/share/doc/$package/policy.example.json"
install -m 0644 packaging/README.md "$stage/usr/share/doc/$package/README.md"
cat >"$stage/usr/share/applications/$package.desktop" <<'EOF'
[Desktop Entry]
Type=Application
Version=1.5
Name=Confidential Intake
GenericName=Case intake
Comment=Offline, encrypted intake and safe referral
Exec=/usr/bin/intake-app
Icon=security-high
Terminal=false
Categories=Office;
StartupNotify=true
EOF
cat >"$stage/usr/share/doc/$package/copyright" <<EOF
Confidential Intake $version
Packaged from the project's source tree with PyInstaller; the bundle under
/opt/confidential-intake contains Python, Qt for Python (LGPLv3), SQLCipher, cryptography,
argon2-cffi, platformdirs and reportlab, each under its own licence (see the dist-info folders
in /opt/confidential-intake/_internal).
EOF

# Ownership is set by dpkg-deb --root-owner-group; permissions are made explicit here so the
# builder's umask cannot leak into the package.
find "$stage" -type d -exec chmod 0755 {} +
find "$stage" -type f -exec chmod u+rw,go+r,go-w {} +
chmod 0755 "$stage/opt/confidential-intake/intake-app"

installed_kib="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
cat >"$stage/DEBIAN/control" <<EOF
Package: $package
Version: $version
Architecture: $arch
Maintainer: ${INTAKE_DEB_MAINTAINER:-IT Services <it@example.invalid>}
Installed-Size: $installed_kib
Depends: $depends_field
Recommends: fonts-dejavu-core
Section: misc
Priority: optional
Description: Offline, encrypted intake and safe referral for specialist services
 Confidential Intake records a survivor's story, assesses risk and prepares safe
 referrals, keeping every record in an encrypted vault on this computer. It never
 opens a network connection.
 .
 The machine-wide policy is /etc/confidential-intake/policy.json (a conffile).
 IT check after installing: intake-app self-test
EOF
echo "/etc/confidential-intake/policy.json" >"$stage/DEBIAN/conffiles"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/conffiles"

rm -rf "$out"
mkdir -p "$out"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
dpkg-deb --root-owner-group -Z"${INTAKE_DEB_COMPRESSION:-xz}" --build "$stage" "$out/$deb_name" \
  >/dev/null

# The package as dpkg will see it.
listing="$(dpkg-deb --contents "$out/$deb_name")"
grep -qE '^-rw-r--r-- root/root .* \./etc/confidential-intake/policy\.json$' <<<"$listing" \
  || die "policy.json is not root:root 0644 in the package"
[[ "$(dpkg-deb --ctrl-tarfile "$out/$deb_name" | tar -xOf - ./conffiles)" \
   == "/etc/confidential-intake/policy.json" ]] || die "policy.json is not a conffile"
if grep -vE '^l' <<<"$listing" | grep -qvE '^[-d]rw[-x]r-[-x]r-[-x] root/root '; then
  die "the package has files not owned by root or writable by group/others"
fi
say "Package OK: $(du -h "$out/$deb_name" | cut -f1), Depends: $depends_field"

# ---------------------------------------------------------------------------------------------
# 4. SHA256SUMS and its signature.
if ((unsigned)); then
  (cd "$out" && sha256sum -- "$deb_name" >SHA256SUMS)
  say "UNSIGNED test build (no SHA256SUMS.asc): not for installation on case-work machines"
else
  "$root/packaging/linux/sign-release.sh" --key "$key" "$out"
fi

say "Done in $((SECONDS - started)) s: $out"
ls -l "$out"
