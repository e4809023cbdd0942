@echo off
rem Builds Microlead-<version>.msi with jpackage (run on Windows; needs a JDK 17+, Maven and WiX 3).
setlocal
cd /d "%~dp0\..\.."
call mvn -q -B package -DskipTests || exit /b 1
for /f "tokens=2 delims==" %%v in ('findstr /b "version=" target\classes\app\microlead\version.properties') do set VERSION=%%v
rmdir /s /q target\jpackage-input target\runtime target\dist 2>nul
mkdir target\jpackage-input target\dist
copy target\microlead.jar target\jpackage-input\ >nul
jlink --add-modules java.base,java.desktop,java.logging,java.sql,java.naming,java.xml,java.management,jdk.management,jdk.unsupported,jdk.unsupported.desktop,jdk.crypto.ec,jdk.zipfs,jdk.charsets --strip-debug --no-header-files --no-man-pages --compress=2 --output target\runtime || exit /b 1
jpackage --type msi --name Microlead --app-version %VERSION% --vendor Microlead ^
  --description "An end-of-day reflection journal for people who lead others" ^
  --input target\jpackage-input --main-jar microlead.jar --main-class app.microlead.Launcher ^
  --runtime-image target\runtime --icon icons\microlead.ico ^
  --win-menu --win-menu-group Microlead --win-shortcut --win-dir-chooser --win-per-user-install ^
  --java-options "-Xss1m -XX:+UseSerialGC -Xms48m -Xmx384m -XX:MinHeapFreeRatio=30 -XX:MaxHeapFreeRatio=50 -XX:MaxNewSize=24m -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m" --dest target\dist || exit /b 1
dir target\dist
