// mvn site rendered vep-lint's report goal from <reporting> as the page "VEP lint", in the site's
// skin, without failing the build although VEPs have errors. The page's numbers are those of the
// summary line the goal logged; VEP text on it is escaped.
def log = new File(basedir, 'build.log').text
def html = new File(basedir, 'target/site/vep-lint.html')
assert html.isFile() : 'no target/site/vep-lint.html'
assert !log.contains('not a report') : 'maven-site-plugin ignored the goal'
assert log.contains('Generating "VEP lint" report')
def summary = (log =~ /vep-lint: 3 files checked, 2 with findings: (\d+) errors?, (\d+) warnings?, (\d+) info/)
assert summary.find() : 'summary line missing'
def page = html.text

assert page =~ /<title>VEP lint – site-report<\/title>/
assert page.contains('<h1>VEP lint</h1>')
// The summary table: VEP files checked, files with findings, errors, warnings, infos.
def summaryTable = page.split('<h2>Summary</h2>')[1].split('</table>')[0]
assert summaryTable =~ ("<td>3</td>\\s*<td>2</td>\\s*<td>${summary.group(1)}</td>\\s*<td>${summary.group(2)}</td>"
    + "\\s*<td>${summary.group(3)}</td>") : 'summary counts'
// The rules table: a built-in rule links to its documentation, with its count (one per broken VEP).
def rules = page.split('<h2>Rules</h2>')[1].split('</table>')[0]
assert rules =~ ('<td><a class="externalLink" href="https://github.com/veplint/vep-lint/blob/main/vep-lint/src/main/'
    + 'resources/io/github/veplint/lint/rules/title-format.md">title-format</a></td>\\s*<td>[^<]*</td>\\s*<td>2</td>')
// VEP 2's title heading has no number: title-format, an error at line 1, column 1, in its file's section.
def bar = page.split('>veps/sig-x/2-bar/vep.md</a></h3>')
assert bar.size() == 2 : "VEP 2's findings section"
assert bar[1].split('</table>')[0] =~ (/<td>1:1<\/td>\s*<td>error<\/td>\s*<td>title-format<\/td>\s*/
    + /<td>the title heading has no VEP number: write '# VEP #2: Bar gadgets'<\/td>/)
// VEP 3's title is markup: it is shown as text, never as a script.
def baz = page.split('>veps/sig-x/3-baz/vep.md</a></h3>')[1].split('</table>')[0]
assert baz.contains("<td>1:1</td>\n<td>error</td>\n<td>title-format</td>\n<td>separate the VEP number from the title"
    + " with ':': write '# VEP #3: &lt;script&gt;alert(&quot;vep&quot;)&lt;/script&gt; Baz &amp; co'</td>")
assert !page.contains('<script>alert(')

// The site's Project Reports index lists the page, with its description.
def index = new File(basedir, 'target/site/project-reports.html')
assert index.isFile() : 'no project-reports.html'
assert index.text.contains('<td><a href="vep-lint.html">VEP lint</a></td>')
assert !log.contains('[ERROR]')
return true
