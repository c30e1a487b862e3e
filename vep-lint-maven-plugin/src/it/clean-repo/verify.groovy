// A clean repository: the build passed (invoker checks that), the report exists and the log
// has the summary with no finding.
def log = new File(basedir, 'build.log').text
def report = new File(basedir, 'target/vep-lint/vep-lint.txt')
assert report.isFile() : 'no text report'
assert report.text.contains('1 file checked, 0 with findings: 0 errors, 0 warnings, 0 info')
assert log.contains('vep-lint: 1 file checked, 0 with findings: 0 errors, 0 warnings, 0 info')
// The run's notice (no release schedule configured, so the date rules checked nothing) is no
// finding: it is said once, after the findings, and counts towards nothing.
assert report.text.contains('note: future-target: no release schedule is configured')
assert !log.contains('[ERROR]')
// No temporary file is left behind by the atomic write.
assert new File(basedir, 'target/vep-lint').list().findAll { it.endsWith('.tmp') }.isEmpty()
return true
