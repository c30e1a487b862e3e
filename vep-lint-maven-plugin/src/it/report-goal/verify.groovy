// The report goal wrote one self-contained HTML page under target/vep-lint/ and did not fail the
// build although a VEP has an error. The page's numbers are those of the summary line in the log.
def log = new File(basedir, 'build.log').text
def html = new File(basedir, 'target/vep-lint/vep-lint.html')
assert html.isFile() : 'no HTML report'
assert log.contains('vep-lint: HTML report written to target/vep-lint/vep-lint.html')
// 2 with findings: the VEP, and .vep-lint.yaml where the run says no release schedule is configured.
def summary = (log =~ /vep-lint: 2 files checked, 2 with findings: (\d+) errors?, (\d+) warnings?, (\d+) info/)
assert summary.find() : 'summary line missing'
def page = html.text
assert page.startsWith('<!DOCTYPE html>')
assert page.contains("data-count=\"error\">${summary.group(1)}<")
assert page.contains("data-count=\"warning\">${summary.group(2)}<")
assert page.contains('data-count="files">2<')
assert page.contains('<tr class="finding" data-severity="error" data-sig="sig-x"><td class="num">1:1</td>')
assert page.contains('<a class="rule-link" href="#rule-title-format">title-format</a>')
assert page.contains('<article class="rule" id="rule-title-format">')
// Self-contained: nothing is loaded from anywhere else.
assert !(page =~ /(src|href)="(https?:)?\/\//)
assert !log.contains('[ERROR]')
assert new File(basedir, 'target/vep-lint').list().findAll { it.endsWith('.tmp') }.isEmpty()
return true
