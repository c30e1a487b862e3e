package io.github.veplint.lint.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.template.TemplateStatus;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.report.ReportContext;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.SourcePosition;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReleaseViewTest {

  private static final String HOTPLUG = "veps/sig-compute/42-cpu-hotplug/vep.md";
  private static final String PASST = "veps/sig-network/21-passt/vep.md";

  /** The page of a view, rendered with the built-in rules' help. */
  static String render(ReleaseView view) {
    StringWriter html = new StringWriter();
    try {
      HtmlReleaseView.write(view, new ReportContext(VepLinter.builder().build().rules(), false, "test"), html);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return html.toString();
  }

  private static ReleaseView view() {
    Finding title = new Finding("title-format", Severity.ERROR, HOTPLUG, new SourcePosition(1, 1),
        "the first heading is 'VEP #42: <title>'");
    Finding link = new Finding("broken-link", Severity.WARNING, "veps/sig-compute/42-cpu-hotplug/notes.md",
        new SourcePosition(3, 5), "no file 'missing.png'");
    ReleaseView.Item hotplug = new ReleaseView.Item(Optional.of(42), Optional.of("CPU <hotplug>"), HOTPLUG,
        Optional.of("sig-compute"), List.of("alpha"), Optional.of("implementable"), false, List.of("@a"),
        List.of("TBD"), ReleaseView.FreezeCompliance.TRACKED,
        Optional.of(new TemplateStatus("2026-03", List.of(), List.of(), List.of())), List.of(title, link));
    ReleaseView.Item passt = new ReleaseView.Item(Optional.of(21), Optional.empty(), PASST,
        Optional.of("sig-network"), List.of("beta", "ga"), Optional.empty(), true, List.of(), List.of(),
        ReleaseView.FreezeCompliance.UNKNOWN,
        Optional.of(new TemplateStatus("2025-05", List.of(),
            List.of("'## Implementation Phases' → '## Implementation History'"), List.of())),
        List.of());
    return new ReleaseView(new ReleaseVersion(1, 9, -1), LocalDate.of(2026, 8, 18),
        Optional.of(LocalDate.of(2026, 4, 30)), List.of(hotplug, passt));
  }

  @Test
  void theReleaseTableHasOneEscapedRowPerVep() {
    String html = render(view());

    assertThat(html).contains("<title>vep-lint release check-in: KubeVirt v1.9</title>")
        .contains("<section id=\"release\"><h2>VEPs of KubeVirt v1.9 · VEP Freeze: 2026-04-30 (passed 110 days ago)"
            + " · code freeze: not in the schedule · no board read · as of 2026-08-18 · 2 VEPs</h2>")
        .contains("<tr><th>VEP</th><th>owning SIG</th><th>stage</th><th>document</th><th>board</th><th>VEP reviewer</th>"
            + "<th>tracking issue</th><th>linked PRs</th><th>lint</th><th>flags</th></tr>")
        .contains("<tr data-sig=\"sig-compute\"><td><a href=\"https://github.com/kubevirt/enhancements/blob/main/" + HOTPLUG
            + "\">VEP 42: CPU &lt;hotplug&gt;</a></td><td>sig-compute</td><td>alpha</td><td>implementable</td>"
            + "<td>no board read</td><td>@a</td><td><a href=\"https://github.com/kubevirt/enhancements/issues/42\">#42</a>"
            + "</td><td>—</td><td>1 error, 1 warning</td><td>tracked</td></tr>")
        .contains("<tr data-sig=\"sig-network\"><td><a href=\"https://github.com/kubevirt/enhancements/blob/main/" + PASST
            + "\">VEP 21</a></td><td>sig-network</td><td>beta, ga</td><td>checklist: beta, ga target not approved</td>"
            + "<td>no board read</td><td>—</td><td><a href=\"https://github.com/kubevirt/enhancements/issues/21\">#21</a>"
            + "</td><td>—</td><td>none</td><td>no status (older layout)</td></tr>");
    // The release state comes first, per SIG then all SIGs (which the SIG filter leaves shown).
    assertThat(html).contains("<section id=\"state\"><h2>Release state of KubeVirt v1.9</h2>")
        .contains("<tr data-sig=\"sig-network\"><td>sig-network</td><td>1</td><td>0</td><td>1</td><td>1</td></tr>")
        .contains("<tr><td>all SIGs</td><td>2</td><td>1</td><td>1</td><td>1</td></tr>");
    assertThat(html.indexOf("<section id=\"state\">")).isLessThan(html.indexOf("<section id=\"release\">"));
    String table = html.split("<section id=\"release\">")[1].split("</tbody>")[0];
    assertThat(table.split("<tr", -1)).hasSize(1 + 1 + 2);
    // The release table comes before the per-VEP overview and findings, which hold only the release's VEPs.
    assertThat(html.indexOf("<section id=\"release\">")).isLessThan(html.indexOf("<section id=\"veps\">"));
    assertThat(html).contains("data-count=\"error\">1<").contains("data-count=\"warning\">1<")
        .contains("data-count=\"files\">2<")
        .contains("<tr class=\"finding\" data-severity=\"error\" data-sig=\"sig-compute\"><td class=\"num\">1:1</td>")
        .contains("<a class=\"rule-link\" href=\"#rule-broken-link\">broken-link</a>");
    // The overview's template column: per main file, empty for the attachment.
    assertThat(html).contains("<th>file</th><th>SIG</th><th>template</th>")
        .contains("<tr class=\"vep-row\" data-sig=\"sig-compute\"><td><a href=\"#file-2\">" + HOTPLUG
            + "</a></td><td>sig-compute</td><td>current</td>")
        .contains("veps/sig-compute/42-cpu-hotplug/notes.md</a></td><td>sig-compute</td><td></td>");
    assertThat(html).doesNotContain("<script src").doesNotContain("<link ");
  }
}
