// The freeze-exception label lifted vep-freeze: the build passed (invoker checks that) with no
// finding, although the VEP became implementable for v1.9 after v1.9's VEP Freeze.
def log = new File(basedir, 'build.log').text
assert log.contains('vep-lint: 1 file checked, 0 with findings: 0 errors, 0 warnings, 0 info')
assert !log.contains('vep-freeze')
assert !log.contains('[ERROR]')
return true
