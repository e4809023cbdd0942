#!/usr/bin/env bash
# Builds Microlead-<version>.dmg with jpackage (run on macOS; needs a JDK 17+ and Maven).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B package -DskipTests
VERSION=$(sed -n 's/^version=//p' target/classes/app/microlead/version.properties)
rm -rf target/jpackage-input target/runtime target/dist && mkdir -p target/jpackage-input target/dist
cp target/microlead.jar target/jpackage-input/
jlink --add-modules java.base,java.desktop,java.logging,java.sql,java.naming,java.xml,java.management,jdk.management,jdk.unsupported,jdk.unsupported.desktop,jdk.crypto.ec,jdk.zipfs,jdk.charsets \
      --strip-debug --no-header-files --no-man-pages --compress=2 --output target/runtime
jpackage --type dmg --name Microlead --app-version "$VERSION" --vendor Microlead \
  --description "An end-of-day reflection journal for people who lead others" \
  --input target/jpackage-input --main-jar microlead.jar --main-class app.microlead.Launcher \
  --runtime-image target/runtime --icon icons/microlead.icns --mac-package-identifier app.microlead \
  --java-options "-Xss1m -XX:+UseSerialGC -Xms48m -Xmx384m -XX:MinHeapFreeRatio=30 -XX:MaxHeapFreeRatio=50 -XX:MaxNewSize=24m -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m" --dest target/dist
ls -la target/dist
