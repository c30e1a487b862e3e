package io.github.veplint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.report.ReportContext;
import io.github.veplint.model.SourcePosition;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;

/**
 * The site page's content as Doxia sink events (maven-site-plugin turns them into HTML in the
 * site's skin; the {@code site-report} invoker build checks that HTML). VEP text only ever reaches
 * the sink as {@code text}, which the sink escapes.
 */
class SiteReportPageTest {

  private static final String HOSTILE = "<script>alert(\"vep\")</script> & <img src=x onerror=alert(1)>";
  private static final ReportContext CONTEXT = new ReportContext(VepLinter.builder().build().rules(), false, "1.2.3");

  @Test
  void summaryRulesFilesAndFindingsInOrder() {
    LintResult result = new LintResult("/repo", List.of("veps/sig-x/1-a/vep.md", "veps/sig-x/2-b/vep.md"), List.of(
        new Finding("title-format", Severity.ERROR, "veps/sig-x/1-a/vep.md", new SourcePosition(3, 7), "no number"),
        new Finding("title-format", Severity.WARNING, "veps/sig-x/2-b/vep.md", SourcePosition.START, "bad title"),
        new Finding("empty-section", Severity.INFO, "veps/sig-x/2-b/vep.md", new SourcePosition(9, 1), "empty")));

    List<String> events = render(result);

    assertThat(texts(events)).containsSubsequence(
        "VEP lint", "VEP lint",
        "Summary", "VEP files checked", "With findings", "Errors", "Warnings", "Infos", "2", "2", "1", "1", "1",
        "Rules", "Rule", "Checks", "Findings", "empty-section", "1", "title-format", "2",
        "Files", "File", "Errors", "Warnings", "Infos", "veps/sig-x/1-a/vep.md", "1", "0", "0",
        "veps/sig-x/2-b/vep.md", "0", "1", "1",
        "Findings", "veps/sig-x/1-a/vep.md", "Line:Column", "Severity", "Rule", "Message",
        "3:7", "error", "title-format", "no number",
        "veps/sig-x/2-b/vep.md", "1:1", "warning", "title-format", "bad title", "9:1", "info", "empty-section", "empty");
    assertThat(events).contains(
        "link https://github.com/veplint/vep-lint/blob/main/vep-lint/src/main/resources/io/github/veplint/lint/rules/"
            + "title-format.md",
        "link #vep-lint-file-1", "anchor vep-lint-file-1", "link #vep-lint-file-2", "anchor vep-lint-file-2");
    assertThat(events).doesNotContain("text No findings.");
    assertThat(events).last().isEqualTo("flush");
  }

  @Test
  void vepTextIsOnlyEverTextAndNeverAnIdOrALink() {
    String file = "veps/sig-x/3-" + HOSTILE + "/vep.md";
    LintResult result = new LintResult("/repo", List.of(file), List.of(
        new Finding("title-format", Severity.ERROR, file, SourcePosition.START, "write '# VEP #3: " + HOSTILE + "'"),
        new Finding("plug-in-rule", Severity.ERROR, "", SourcePosition.START, HOSTILE)));

    List<String> events = render(result);

    assertThat(events).contains("text " + file, "text write '# VEP #3: " + HOSTILE + "'", "text " + HOSTILE,
        "text (the repository)", "text plug-in-rule");
    assertThat(events).filteredOn(e -> e.contains("<script>")).allMatch(e -> e.startsWith("text "));
    assertThat(events).filteredOn(e -> e.startsWith("link ") || e.startsWith("anchor "))
        .allMatch(e -> e.matches("(link #|anchor )vep-lint-file-\\d+|link https://github\\.com/veplint/vep-lint/"
            + "blob/main/vep-lint/src/main/resources/io/github/veplint/lint/rules/[a-z-]+\\.md"));
    assertThat(events).noneMatch(e -> e.startsWith("rawText") || e.startsWith("unknown") || e.startsWith("comment"));
  }

  @Test
  void aCleanRepositorySaysSoWithoutEmptyTables() {
    List<String> events = render(new LintResult("/repo", List.of("veps/sig-x/1-a/vep.md"), List.of()));

    assertThat(texts(events)).containsSubsequence("Summary", "Infos", "1", "0", "0", "0", "0", "No findings.");
    assertThat(texts(events)).doesNotContain("Rules", "Files", "Findings");
  }

  private static List<String> render(LintResult result) {
    List<String> events = new ArrayList<>();
    Sink sink = (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
        (proxy, method, args) -> {
          events.add(args == null ? method.getName() : method.getName() + " " + args[0]);
          return null;
        });
    new SiteReportPage(sink).render(result, CONTEXT);
    return events;
  }

  private static List<String> texts(List<String> events) {
    return events.stream().filter(e -> e.startsWith("text ")).map(e -> e.substring(5)).toList();
  }
}
