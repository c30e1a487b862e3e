// The README snippet, copied as is: the build failed on the VEP's missing sections (errors, with
// their positions), the snippet's <rules> lowered title-format to a warning, and the failure
// paragraph says what to do.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] veps/sig-x/2-bar/vep.md:5:1  missing-section  missing \'## Goals\' section')
assert log.contains('[WARNING] veps/sig-x/2-bar/vep.md:1:1  title-format  ')
assert log =~ /vep-lint found \d+ errors and \d+ warnings in 1 VEP file; see target\/vep-lint\/vep-lint.txt\. Fix them/
assert new File(basedir, 'target/vep-lint/vep-lint.txt').isFile()
assert new File(basedir, 'target/vep-lint/vep-lint.sarif').isFile()
return true
