// A configuration error is a MojoExecutionException that names the file and line, and nothing is linted.
def log = new File(basedir, 'build.log').text
assert log =~ /vep-lint: \S*\.vep-lint\.yaml:2:\d+: .*colour/
assert !log.contains('vep-lint found')
assert !log.contains('file checked')
return true
