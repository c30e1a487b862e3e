// A clean repository: the build passed (invoker checks that), the report exists and the log
// has the summary with no finding in the VEP, only the run's notice that no release schedule is
// configured (on .vep-lint.yaml, so the date rules are not skipped silently).
def log = new File(basedir, 'build.log').text
def report = new File(basedir, 'target/vep-lint/vep-lint.txt')
assert report.isFile() : 'no text report'
assert report.text.contains('1 file checked, 1 with findings: 0 errors, 0 warnings, 1 info')
assert report.text.contains('.vep-lint.yaml:1:1  info     future-target  no release schedule is configured')
assert log.contains('vep-lint: 1 file checked, 1 with findings: 0 errors, 0 warnings, 1 info')
assert !log.contains('[ERROR]')
// No temporary file is left behind by the atomic write.
assert new File(basedir, 'target/vep-lint').list().findAll { it.endsWith('.tmp') }.isEmpty()
return true
