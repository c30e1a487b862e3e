// The check ran once, in the root, and both modules said why they skipped it.
def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.contains('file checked') || it.contains('files checked') }
assert summaries.size() == 1 : "expected one summary line, got ${summaries}"
// The one finding is the run's notice that no release schedule is configured.
assert summaries[0].contains('vep-lint: 1 file checked, 1 with findings: 0 errors, 0 warnings, 1 info')
assert log.readLines().count { it.contains('vep-lint: skipped: not the execution root') } == 2
assert new File(basedir, 'target/vep-lint/vep-lint.txt').isFile()
assert !new File(basedir, 'mod-a/target/vep-lint').exists()
assert !new File(basedir, 'mod-b/target/vep-lint').exists()
return true
