#!/bin/sh
# Run on the macOS CI runners after "python tools/bundle.py package": mounts
# the disk image read-only and checks what an officer sees in it (the app and
# the Applications link to drag it onto), that the app's ad-hoc signature
# verifies, that its Info.plist is well formed, and that the console tool
# inside the image runs. Any failed check fails the job.
set -eu
dmg="$1"
mount="$(mktemp -d)"
hdiutil attach -readonly -nobrowse -mountpoint "$mount" "$dmg"
trap 'hdiutil detach "$mount" || true' EXIT
app="$mount/OSB Basın.app"
test -d "$app"
test "$(readlink "$mount/Applications")" = /Applications
codesign --verify --deep --strict --verbose=2 "$app"
plutil -lint "$app/Contents/Info.plist"
"$app/Contents/MacOS/osbpress" --version
echo "disk image checked: $dmg"
