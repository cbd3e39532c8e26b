#!/bin/sh
# Builds the platform into dist/e2e/<name> for browser tests run beside other work:
#   scripts/e2e-build.sh drives && E2E_DIST=$PWD/dist/e2e/drives npx jest -c test/jest.config.js test/browser/organizer-drives
set -e
name=${1:?usage: scripts/e2e-build.sh <name>}
cd "$(dirname "$0")/.."
out="dist/e2e/$name"
npx nx run api:build --outputStyle=static --skip-nx-cache >/dev/null
rm -rf "$out" && mkdir -p "$out"
cp -r dist/api "$out/api"
npx vite build --config apps/admin/vite.config.mts --outDir "$PWD/$out/admin" --emptyOutDir --logLevel error
npx vite build --config apps/admin/vite.public.config.mts --outDir "$PWD/$out/admin" --logLevel error
echo "built $out"
