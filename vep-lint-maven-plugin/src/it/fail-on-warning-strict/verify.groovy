// failOn=warning from the command line turns the warning into a build failure.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] veps/sig-x/3-baz/vep.md:')
assert log.contains('vep-lint found 0 errors and 1 warning in 1 VEP file; see target/vep-lint/vep-lint.txt.')
assert log.contains("failOn is 'warning'")
assert log.contains('-Dvep-lint.rules=title-format=info')
return true
