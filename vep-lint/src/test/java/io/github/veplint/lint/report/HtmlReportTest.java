package io.github.veplint.lint.report;

import static io.github.veplint.lint.report.Fixtures.CLEAN;
import static io.github.veplint.lint.report.Fixtures.HOTPLUG;
import static io.github.veplint.lint.report.Fixtures.TRICKY;
import static io.github.veplint.lint.report.Fixtures.UMLAUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final Pattern HREF = Pattern.compile("href=\"#([^\"]+)\"");
  private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

  private static String html() {
    return Fixtures.render(new HtmlReport(), Fixtures.result(), Fixtures.context());
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> matches = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      matches.add(m.group(1));
    }
    return matches;
  }

  private static String countOf(String html, String attribute) {
    Matcher m = Pattern.compile(attribute + "\">(\\d+)<").matcher(html);
    assertThat(m.find()).as("element with %s", attribute).isTrue();
    return m.group(1);
  }

  @Test
  void summaryCountsAreTheResultsCounts() {
    String html = html();

    // Fixtures: 3 errors (one repository-wide), 1 warning, 2 infos; 4 files, 3 names with findings.
    assertThat(countOf(html, "data-count=\"error")).isEqualTo("3");
    assertThat(countOf(html, "data-count=\"warning")).isEqualTo("1");
    assertThat(countOf(html, "data-count=\"info")).isEqualTo("2");
    assertThat(countOf(html, "data-count=\"files")).isEqualTo("4");
    assertThat(countOf(html, "data-count=\"files-with-findings")).isEqualTo("4");
    assertThat(countOf(html, "data-rule-count=\"title-format")).isEqualTo("2");
    assertThat(countOf(html, "data-rule-count=\"unused-suppression")).isEqualTo("2");
    assertThat(html).doesNotContain("data-rule-count=\"never-fires\"");
    assertThat(all(Pattern.compile("(<tr class=\"finding\")"), html)).hasSize(6);
  }

  @Test
  void everyInPageLinkHasATargetAndEveryRuleHasHelp() {
    String html = html();
    Set<String> ids = new HashSet<>(all(ID, html));

    assertThat(all(HREF, html)).isNotEmpty().allSatisfy(target -> assertThat(ids).contains(target));
    assertThat(ids).contains("rule-title-format", "rule-missing-section", "rule-never-fires", "rule-internal-error");
    // The description is markdown, rendered: its fenced example becomes a code block.
    assertThat(html).contains("<pre><code class=\"language-markdown\"># Overview");
  }

  @Test
  void textIsEscapedAndNothingExternalIsLoaded() throws Exception {
    String html = html();

    assertThat(html).contains("100% wrong: a, b\nnext &lt;line&gt; &amp; &quot;quoted&quot; ]]&gt; &#39;x&#39;");
    assertThat(html).doesNotContain(TRICKY.substring(TRICKY.indexOf('<')));
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(html).contains("default-src 'none'").doesNotContain("script-src 'unsafe-inline'");
    // The policy's hash is that of the one script element's text, so the browser runs it.
    Matcher hash = Pattern.compile("script-src 'sha256-([^']+)'").matcher(html);
    assertThat(hash.find()).isTrue();
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertThat(script.find()).isTrue();
    assertThat(Base64.getDecoder().decode(hash.group(1)))
        .isEqualTo(MessageDigest.getInstance("SHA-256").digest(
            script.group(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(script.find()).as("only one script").isFalse();
  }

  @Test
  void rowsCarryTheSigFromThePath() {
    String html = html();

    assertThat(html).contains("<tr class=\"vep-row\" data-sig=\"sig-network\"><td>" + CLEAN + "</td>");
    assertThat(html).contains("<option value=\"sig storage\">");
    assertThat(HtmlPage.sigOf(HOTPLUG)).isEqualTo("sig-compute");
    assertThat(HtmlPage.sigOf(UMLAUT)).isEqualTo("sig storage");
    assertThat(HtmlPage.sigOf("veps/stray.md")).isEqualTo(HtmlPage.NO_SIG);
    assertThat(HtmlPage.sigOf("docs/veps/meta-VEPs/1-x/vep.md")).isEqualTo("meta-VEPs");
  }

  @Test
  void extraColumnsAndTablesAreRendered() throws IOException {
    HtmlReport report = new HtmlReport(List.of(new VepColumn("template", file -> file.equals(CLEAN) ? "current" : "older <v1>")));
    String html = Fixtures.render(report, Fixtures.result(), Fixtures.context());
    assertThat(html).contains("<th>template</th>", "<td>current</td>", "<td>older &lt;v1&gt;</td>");

    HtmlPage page = HtmlPage.of(Fixtures.result(), Fixtures.context(), List.of())
        .withTable(new HtmlPage.Table("release-v1-10", "Release v1.10", List.of("VEP", "stage"),
            List.of(List.of("42", "alpha"))));
    StringWriter out = new StringWriter();
    HtmlReport.render(page, out);
    assertThat(out.toString()).contains("<section id=\"release-v1-10\"><h2>Release v1.10</h2>", "<td>alpha</td>");
    assertThatThrownBy(() -> new HtmlPage.Table("t", "T", List.of("a", "b"), List.of(List.of("1"))))
        .hasMessageContaining("1 cells for 2 headers");
  }

  @Test
  void theTitleNamesTheRepositoryButNotItsPath() {
    String html = html();

    assertThat(html).contains("<title>vep-lint report: repo</title>").doesNotContain("/nonexistent");
    assertThat(HtmlPage.title("C:\\work\\enhancements\\")).isEqualTo("vep-lint report: enhancements");
    assertThat(HtmlPage.title("/")).isEqualTo("vep-lint report");
  }

  @Test
  void aCleanRunSaysSo() {
    String html = Fixtures.render(new HtmlReport(), Fixtures.empty(), Fixtures.context());

    assertThat(html).contains("No findings").doesNotContain("<tr class=\"finding\"");
    assertThat(countOf(html, "data-count=\"error")).isEqualTo("0");
  }
}
