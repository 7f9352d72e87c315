#!/usr/bin/env bash
# Builds LatentLab's self-contained application image and the installer of this machine's OS:
# a .deb on Linux, an .msi on Windows (Git Bash, with WiX 3 on PATH), a .dmg on macOS.
# Needs only a JDK 17+ with jlink and jpackage (JAVA_HOME, or javac on PATH) and Maven.
#
# Usage: packaging/build.sh [--skip-jar] [--image-only] [--fast]
#   --skip-jar    use target/latentlab.jar and target/lib/ as they are (e.g. right after mvn verify)
#   --image-only  stop after the application image (no installer)
#   --fast        Linux: compress the .deb with gzip -1 instead of xz (same contents, 173 MiB instead
#                 of 118, minutes faster: for CI)
# Output: target/installer/LatentLab/ (the image) and target/installer/latentlab_VERSION-1_amd64.deb
#         (LatentLab-VERSION.msi, LatentLab-VERSION.dmg).
#
# The three steps, as packaging/README.md explains: jdeps finds the JDK modules the application
# uses; jlink makes a runtime of those modules and JavaFX's; jpackage puts the application's jars
# (on the class path) and the PyTorch natives (pre-extracted) beside that runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

skip_jar=false
image_only=false
fast=false
for arg in "$@"; do
  case "$arg" in
    --skip-jar) skip_jar=true ;;
    --image-only) image_only=true ;;
    --fast) fast=true ;;
    *) echo "usage: packaging/build.sh [--skip-jar] [--image-only] [--fast]" >&2; exit 2 ;;
  esac
done

step() { echo "== $*"; }

# --- The JDK whose jlink, jpackage and modules make the runtime.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then
  jdk=$JAVA_HOME
elif command -v javac >/dev/null 2>&1; then
  jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
else
  echo "packaging/build.sh: no JDK found: set JAVA_HOME to a JDK 17+ with jlink and jpackage" >&2
  exit 1
fi
for tool in jdeps jlink jpackage jar java; do
  [ -x "$jdk/bin/$tool" ] || [ -x "$jdk/bin/$tool.exe" ] || { echo "packaging/build.sh: $jdk has no $tool" >&2; exit 1; }
done

case "$(uname -s)" in
  Linux) os=linux; installer=deb; fx_natives=lib ;;
  Darwin) os=macos; installer=dmg; fx_natives=lib ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; installer=msi; fx_natives=bin ;;
  *) echo "packaging/build.sh: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac

# --- The jar and its libraries.
if [ "$skip_jar" = false ]; then
  step "mvn package"
  ./mvnw -B -q -DskipTests package
fi
[ -f target/latentlab.jar ] || { echo "packaging/build.sh: target/latentlab.jar is missing (run mvn package)" >&2; exit 1; }
version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
version=${version%-SNAPSHOT}   # installers want plain numbers

out=target/installer
work=$out/work
rm -rf "$out"
mkdir -p "$work/fx" "$work/input" "$work/torch" "$work/tmp"

# --- Stage: JavaFX's platform jars go into the runtime (module path), the PyTorch natives are
# extracted once here, and every other jar goes on the application's class path.
natives_jar=
jni_jar=
for jar in target/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-[0-9]*-*.jar) cp "$jar" "$work/fx/" ;;        # platform jar, e.g. javafx-base-21.0.8-linux.jar
    javafx-*.jar) ;;                                      # empty umbrella jar
    pytorch-native-cu*) echo "   (CUDA natives left out: the installer carries the CPU natives)" ;;
    pytorch-native-cpu-*) natives_jar=$jar ;;
    pytorch-jni-*) jni_jar=$jar ;;
    *) cp "$jar" "$work/input/" ;;
  esac
done
cp target/latentlab.jar "$work/input/"
[ -n "$natives_jar" ] && [ -n "$jni_jar" ] || { echo "packaging/build.sh: no pytorch-native-cpu or pytorch-jni jar in target/lib" >&2; exit 1; }

step "PyTorch natives from $(basename "$natives_jar")"
(cd "$work/tmp" && "$jdk/bin/jar" xf "$root/$natives_jar" native/lib/pytorch.properties)
flavor=$(sed -n 's/^flavor=//p' "$work/tmp/native/lib/pytorch.properties")
classifier=$(sed -n 's/^classifier=//p' "$work/tmp/native/lib/pytorch.properties")
(cd "$work/tmp" && "$jdk/bin/jar" xf "$root/$natives_jar" "pytorch/$flavor/$classifier/" \
  && "$jdk/bin/jar" xf "$root/$jni_jar" "jnilib/$classifier/$flavor/")
# DJL loads libtorch from PYTORCH_LIBRARY_PATH and looks for its JNI library in the same folder,
# so neither jar is needed at run time (and nothing is extracted into the user's home).
mv "$work/tmp/pytorch/$flavor/$classifier/"* "$work/tmp/jnilib/$classifier/$flavor/"* "$work/torch/"
# PyTorch's Linux libraries keep their full symbol tables (about 90 MB of libtorch_cpu.so's 440 MB);
# loading needs only the dynamic symbols, which strip keeps.
if [ "$os" = linux ]; then
  if command -v strip >/dev/null 2>&1; then
    strip --strip-unneeded "$work/torch/"*.so*
  else
    echo "   (strip not found, natives kept unstripped: apt-get install binutils makes the image 90 MB smaller)"
  fi
fi
ls "$work/torch"

# JNA (used by DJL and the engine settings) would unpack its own library into ~/.cache/JNA;
# it loads it from jna.boot.library.path instead.
case "$classifier" in
  linux-x86_64) jna_platform=linux-x86-64 ;;
  osx-aarch64) jna_platform=darwin-aarch64 ;;
  win-x86_64) jna_platform=win32-x86-64 ;;
esac
jna_jar=$(ls "$work/input/"jna-[0-9]*.jar)
(cd "$work/tmp" && "$jdk/bin/jar" xf "$root/$jna_jar" "com/sun/jna/$jna_platform/")
mkdir -p "$work/jna"
mv "$work/tmp/com/sun/jna/$jna_platform/"* "$work/jna/"

# --- 1. jdeps: the JDK modules the application and its libraries use. The roots are the jars
# without a module descriptor (DJL, JNA, Smile, ...) and the application; the modular ones are
# reached through them. javafx.* comes out of this too, from the JavaFX jars on the module path.
step "jdeps"
roots=()
for jar in "$work/input/"*.jar; do
  "$jdk/bin/jar" tf "$jar" | grep 'module-info\.class$' >/dev/null || roots+=("$jar")
done
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps --recursive \
  --module-path "$work/fx" --class-path "$work/input/*" "${roots[@]}" | tail -1)
echo "   $modules"

# --- 2. jlink: a runtime of those modules. JavaFX's jars carry their native libraries as
# resources, which JavaFX would extract into ~/.openjfx on every first start; they are left out
# of the modules and put where the runtime's own libraries are, where JavaFX finds them.
step "jlink"
compress=2                                   # zip; JDK 21 renamed it zip-6 and deprecated "2"
[ "$("$jdk/bin/jlink" --version | cut -d. -f1)" -lt 21 ] || compress=zip-6
"$jdk/bin/jlink" --module-path "$work/fx" --add-modules "$modules" \
  --exclude-resources='**.so,**.dll,**.dylib' \
  --strip-debug --strip-native-commands --no-header-files --no-man-pages --compress=$compress \
  --output "$work/runtime"
for jar in "$work/fx/"*.jar; do
  libs=$("$jdk/bin/jar" tf "$jar" | grep -E '^[^/]+\.(so|dll|dylib)$' || true)
  [ -z "$libs" ] || (cd "$work/runtime/$fx_natives" && "$jdk/bin/jar" xf "$root/$jar" $libs)
done

# --- 3. jpackage: the application image, then the installer.
step "icon"
"$jdk/bin/java" -Djava.awt.headless=true packaging/icon/LatentLabIcon.java "$work/icon"
case "$os" in
  linux) icon=$work/icon/LatentLab.png ;;
  windows) icon=$work/icon/LatentLab.ico ;;
  macos) icon=$work/icon/LatentLab.icns ;;
esac
# Everything in the input folder lands in the image's app folder ($APPDIR); only jars go on the
# class path. (JDK 17's jpackage has no --app-content.)
mv "$work/torch" "$work/jna" "$work/input/"

step "jpackage app-image"
image_args=()
[ -f "packaging/$os/image.args" ] && image_args+=("@packaging/$os/image.args")
"$jdk/bin/jpackage" --type app-image --dest "$out" @packaging/common.args @packaging/app.args "${image_args[@]}" \
  --app-version "$version" --icon "$icon" --runtime-image "$work/runtime" --input "$work/input"

if [ "$image_only" = false ]; then
  step "jpackage $installer"
  if [ "$os" = linux ]; then
    # jpackage's .deb needs dpkg-deb and fakeroot; install them when we can.
    missing=()
    command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg)
    command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
    if [ ${#missing[@]} -gt 0 ]; then
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
      else
        echo "packaging/build.sh: jpackage needs ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
        exit 1
      fi
    fi
    if [ "$fast" = true ]; then
      export DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1   # read by dpkg-deb 1.21.10+
    fi
  fi
  "$jdk/bin/jpackage" --type "$installer" --dest "$out" --app-image "$out/LatentLab" \
    @packaging/common.args @"packaging/$os/$installer.args" --app-version "$version" --icon "$icon"
fi
rm -rf "$work"

step "sizes"
if [ "$os" = linux ]; then
  image=$out/LatentLab
  for part in "$image" "$image/lib/app/torch" "$image/lib/runtime" "$image/lib/app/jna"; do
    du -sh "$part"   # one call each: du counts a folder once, inside its parent
  done
  du -ch "$image/lib/app/"*.jar | tail -1 | sed 's/total/jars on the class path/'
fi
ls -l "$out"
