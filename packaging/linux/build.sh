#!/usr/bin/env bash
# Builds the Linux packages with jpackage: an app image, a .deb and (when rpmbuild exists) an .rpm,
# on a jlinked runtime that holds only the modules Microlead needs.
#   packaging/linux/build.sh            # all that this machine can build
# Output: target/dist/. Needs a JDK 17+ (jlink, jpackage, jdeps), Maven, and dpkg-deb + fakeroot for the .deb.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=$(sed -n 's/^version=//p' target/classes/app/microlead/version.properties 2>/dev/null || true)
mvn -q -B package -DskipTests
VERSION=$(sed -n 's/^version=//p' target/classes/app/microlead/version.properties)

rm -rf target/jpackage-input target/runtime target/dist
mkdir -p target/jpackage-input target/dist
cp target/microlead.jar target/jpackage-input/

# The modules Microlead needs (JavaFX and AWT imaging need java.desktop; H2 java.sql and java.naming;
# PDF and JSON java.xml; logging java.logging; JavaFX jdk.unsupported; Lucene jdk.unsupported too, and
# jdk.management to read the JVM's settings, without which it warns and falls back to slower code).
MODULES="java.base,java.desktop,java.logging,java.sql,java.naming,java.xml,java.management,jdk.management"
MODULES="$MODULES,jdk.unsupported,jdk.unsupported.desktop,jdk.crypto.ec,jdk.zipfs,jdk.charsets"
echo "jlink modules: $MODULES"
# --generate-cds-archive: the runtime's own class-data-sharing archive (what a JDK ships as lib/server/classes.jsa);
# without it the packaged app loads every JDK class from scratch, and the app's archive below needs it as a base.
# --compress=0: the package itself is xz-compressed, and xz packs plain class files far better than jlink's zip
# (the runtime's share of the .deb: 20 MB instead of 32 MB); plain modules also load a little faster.
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=0 \
      --generate-cds-archive --output target/runtime
# The second archive serves only heaps over 32 GB (no compressed oops); with -Xmx384m it is never read: 10 MB less.
rm -f target/runtime/lib/server/classes_nocoops.jsa

COMMON=(--name microlead --app-version "$VERSION" --vendor "Microlead"
        --description "An end-of-day reflection journal for people who lead others"
        --input target/jpackage-input --main-jar microlead.jar --main-class app.microlead.Launcher
        --runtime-image target/runtime --icon icons/microlead-256.png
        --java-options "-Xss1m -XX:+UseSerialGC -Xms48m -Xmx384m -XX:MinHeapFreeRatio=30 -XX:MaxHeapFreeRatio=50 -XX:MaxNewSize=24m -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m"
        --dest target/dist)

jpackage --type app-image "${COMMON[@]}"
packaging/linux/cds-train.sh target/dist/microlead
jpackage --type deb "${COMMON[@]}" --linux-package-name microlead --linux-deb-maintainer "microlead@example.org" \
         --linux-menu-group "Office" --linux-app-category "office" --linux-shortcut \
         --linux-package-deps "libgtk-3-0" --resource-dir packaging/linux/resources
if command -v rpmbuild >/dev/null 2>&1; then
  jpackage --type rpm "${COMMON[@]}" --linux-menu-group "Office" --linux-shortcut --resource-dir packaging/linux/resources
fi
ls -la target/dist
