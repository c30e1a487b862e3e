// The warning is logged as a warning and does not fail the build under the default failOn.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] veps/sig-x/3-baz/vep.md:')
assert log.contains('  title-format  the title heading')
assert log.contains('vep-lint: 1 file checked, 2 with findings: 0 errors, 1 warning, 1 info')
assert !log.contains('vep-lint found')
return true
