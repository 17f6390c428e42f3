#!/usr/bin/env bash
# Checks manifest.xml against the Office add-in manifest schemas, offline (docs/TOOLCHAIN.md#manifest): the
# online validator (office-addin-manifest validate) cannot be reached from here.
# The schemas live beside the checkout in ../shared/manifest-schemas; when they are absent the check
# is skipped with a message (test/manifest/manifest.test.ts still checks the structure).
# Known exception: these schemas date from before February 2020, so an element newer than that
# would be rejected; manifest.xml uses none today. If one is ever needed, keep it and note it here.
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMAS="${MANIFEST_SCHEMAS:-../shared/manifest-schemas}"
MANIFESTS=("manifest.xml")
# The built copy has the production base URL in it; check it too when a build exists.
if [ -f dist/manifest.xml ]; then MANIFESTS+=("dist/manifest.xml"); fi

if [ ! -d "$SCHEMAS" ]; then
  echo "validate-manifest: skipped, no schemas at $SCHEMAS (set MANIFEST_SCHEMAS to check against another copy)."
  exit 0
fi
if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint is missing; install libxml2-utils (apt-get install libxml2-utils)." >&2
  exit 1
fi

status=0
for manifest in "${MANIFESTS[@]}"; do
  if xmllint --noout --schema "$SCHEMAS/OfficeAppManifestV1_1.xsd" "$manifest"; then
    :
  else
    echo "validate-manifest: $manifest does not match the Office add-in manifest schema (errors above)." >&2
    status=1
  fi
done
exit "$status"
