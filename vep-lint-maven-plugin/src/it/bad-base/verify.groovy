// An unknown base revision (or, outside any git repository, no repository) is a build error in one
// line that names the revision, and nothing is linted.
def log = new File(basedir, 'build.log').text
// The message names the setting (base), not the command line's --base.
assert log =~ /vep-lint: base no-such-revision-of-vep-lint: (unknown revision|\S+ is not in a git repository)/
assert !log.contains('file checked')
return true
