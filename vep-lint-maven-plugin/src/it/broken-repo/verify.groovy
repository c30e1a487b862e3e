// The build failed on the title-format error: the finding is logged as an error with its position
// relative to the project, the summary paragraph explains what to do, and the report was still written.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] veps/sig-x/2-bar/vep.md:1:1  title-format  ') : 'finding not logged as an error'
assert log =~ /vep-lint found \d+ errors? and \d+ warnings? in 1 VEP file; see target\/vep-lint\/vep-lint.txt\. Fix them/
assert log.contains("failOn is 'error'")
def report = new File(basedir, 'target/vep-lint/vep-lint.txt')
assert report.isFile() : 'the report must be written before the build fails'
assert report.text.contains('veps/sig-x/2-bar/vep.md:1:1  error    title-format')
return true
