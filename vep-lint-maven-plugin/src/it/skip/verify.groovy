// Skipped: nothing linted, nothing written.
def log = new File(basedir, 'build.log').text
assert log.contains('vep-lint: skipped (vep-lint.skip is true)')
assert !log.contains('title-format')
assert !new File(basedir, 'target/vep-lint').exists()
return true
