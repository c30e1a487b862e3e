// With -Dvep-lint.release=v1.9 the report goal wrote, from one lint run, the HTML report and next to
// it the release view of v1.9 as one self-contained HTML page and as Markdown. Only VEP 1 targets
// v1.9 (VEP 2 has no target); its template status is computed from the VEP, not from findings.
def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'target/vep-lint')
assert new File(dir, 'vep-lint.html').isFile() : 'the plain report is still written'
def html = new File(dir, 'vep-lint-release-v1.9.html')
def md = new File(dir, 'vep-lint-release-v1.9.md')
assert html.isFile() : 'no HTML release view'
assert md.isFile() : 'no Markdown release view'
assert log.contains('vep-lint: release view of v1.9 (1 VEP) written to target/vep-lint/vep-lint-release-v1.9.html'
    + ' and target/vep-lint/vep-lint-release-v1.9.md')
// The log's summary line counts the whole repository: the release view reuses that run.
assert (log =~ /vep-lint: 2 files checked, 1 with findings/).find()

def page = html.text
assert page.startsWith('<!DOCTYPE html>')
assert page.contains('<title>vep-lint release check-in: KubeVirt v1.9</title>')
assert page.contains("Content-Security-Policy\" content=\"default-src 'none';")
def table = page.split('<section id="release">')[1].split('</tbody>')[0]
assert table.count('<tr') == 2 : 'one heading row and one VEP row'
assert table.contains('<tr data-sig="sig-x"><td><a href="https://github.com/kubevirt/enhancements/blob/main/'
    + 'veps/sig-x/1-foo/vep.md">VEP 1: Foo widgets for virtual machines</a></td><td>sig-x</td><td>alpha</td>'
    + '<td>provisional</td><td>no board read</td><td>TBD</td>')
// VEP 2 (broken, no target) is not part of the release page.
assert !page.contains('veps/sig-x/2-bar/vep.md')
// Links go to the VEP files and tracking issues on GitHub; nothing is loaded from elsewhere.
assert !(page =~ /src="(https?:)?\/\//)

def markdown = md.text
assert markdown.startsWith('# KubeVirt v1.9 release check-in\n\nAs of 2026-01-20 · VEP Freeze: no freeze known')
assert markdown.contains('| [VEP 1][v1] Foo widgets for virtual machines | sig-x | alpha | provisional | no board read'
    + ' | `TBD` | kubevirt/enhancements#1 | — | none | — |')
assert !log.contains('[ERROR]')
assert dir.list().findAll { it.endsWith('.tmp') }.isEmpty()
return true
