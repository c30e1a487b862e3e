#!/usr/bin/env bash
# Builds the self-contained Linux x64 distribution of the CLI: a jlink runtime of only the modules
# vep-lint needs (jdeps on the CLI jar, plus jdk.crypto.ec for TLS to schedule URLs), the CLI jar,
# an AppCDS archive made by and for that runtime, and bin/vep-lint. No JDK is needed to run it.
#
#   build.sh JDK_HOME CLI_JAR EXAMPLES_DIR OUT_DIR NAME
#
# Writes OUT_DIR/NAME/ (the distribution) and OUT_DIR/NAME.tar.gz (entries sorted, owner 0, times
# set to SOURCE_DATE_EPOCH or 0). With a JDK that can relocate an AppCDS archive's class path
# (JDK 21 and later; the release uses 25), the archive works wherever the distribution is unpacked;
# with JDK 17 only where it was built, and the launcher runs without it elsewhere.
# Called by the vep-lint module's 'dist' profile (mvn -Pdist, which .ci/run and the release use).
set -euo pipefail
jdk="$1"; jar="$2"; examples="$3"; out="$4"; name="$5"
dist="$out/$name"
rm -rf "$dist" "$out/$name.tar.gz"
mkdir -p "$out"

modules="$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$jar")"
modules="${modules},jdk.crypto.ec"
echo "vep-lint dist: modules ${modules}"
# --compress: zip-6 from JDK 21 on (where the numeric levels are deprecated), 2 (zip) before.
compress=2
"$jdk/bin/jlink" --list-plugins 2> /dev/null | grep -q 'zip-\[0-9\]\|zip-[0-9]' && compress=zip-6
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress="$compress" --output "$dist"
mkdir -p "$dist/lib/vep-lint"
cp "$jar" "$dist/lib/vep-lint/vep-lint.jar"
here="$(cd "$(dirname "$0")" && pwd)"
cp "$here/vep-lint" "$dist/bin/vep-lint"
chmod 755 "$dist/bin/vep-lint"
root="$(cd "$here/../../.." && pwd)"
cp "$root/LICENSE" "$dist/LICENSE"
# The runtime's own legal notices stay in legal/ (jlink puts them there).

# AppCDS: a training run on examples/ lists the classes a lint loads; a static dump stores them.
java="$dist/bin/java"
cp_jar="$dist/lib/vep-lint/vep-lint.jar"
"$java" -Xshare:off -XX:DumpLoadedClassList="$out/$name.classlist" -cp "$cp_jar" \
  io.github.veplint.lint.cli.VepLintCommand check --today 2026-11-25 "$examples" > "$out/$name-training.log" 2>&1 \
  || [[ $? -eq 1 ]]
"$java" -Xshare:dump -XX:SharedClassListFile="$out/$name.classlist" \
  -XX:SharedArchiveFile="$dist/lib/vep-lint/vep-lint.jsa" -cp "$cp_jar" > "$out/$name-cds.log" 2>&1
chmod 644 "$dist/lib/vep-lint/vep-lint.jsa"

epoch="${SOURCE_DATE_EPOCH:-0}"
(cd "$out" && tar --sort=name --mtime="@${epoch}" --owner=0 --group=0 --numeric-owner \
  -cf - "$name" | gzip -n > "$name.tar.gz")
echo "vep-lint dist: $out/$name.tar.gz ($(du -sh "$dist" | cut -f1) unpacked, $(du -h "$out/$name.tar.gz" | cut -f1) packed)"
