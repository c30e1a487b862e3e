package io.github.veplint.lint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veplint.lint.cli.VepLintCommand;
import io.github.veplint.model.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless Chromium: the page loads without a console error (its Content
 * Security Policy turns any attempt to load something external into one), the numbers it shows are
 * the JSON report's of the same run, and the SIG and severity filters hide exactly the rows they
 * should. Screenshots go to {@code target/browser/} for a person to look at.
 *
 * <p>Skipped with a message when no Chromium is installed, unless {@code -Dvep.browser.required=true}.
 */
class HtmlReportBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target/browser");
  private static final Path EXAMPLES = Path.of("../examples");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HeadlessChromium chromium;

  @TempDir Path reports;

  /**
   * The browser, started by the first test that needs it. Not in a {@code @BeforeAll}: Surefire
   * reports a class skipped there as zero tests, without the reason; a skip in the test itself is
   * listed as a skipped test with its message.
   */
  private static synchronized HeadlessChromium chromium() throws Exception {
    if (chromium == null) {
      chromium = HeadlessChromium.start(HeadlessChromium.binary(), 1280, 1600);
    }
    return chromium;
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void corpusReportShowsTheJsonCountsAndFilters() throws Exception {
    checkReport(Corpus.enhancements(), "corpus");
  }

  @Test
  void examplesReportShowsTheJsonCountsAndFilters() throws Exception {
    checkReport(EXAMPLES, "examples");
  }

  /**
   * {@code report --release v1.9 --format html} on the corpus, with the sig-release schedules: one
   * release-table row per VEP of the JSON release view, and each VEP's template status computed
   * from the model.
   */
  @Test
  void corpusReleaseViewShowsEveryVepOfTheRelease() throws Exception {
    HeadlessChromium chromium = chromium();
    Path html = reports.resolve("release-v1.9.html");
    Path json = reports.resolve("release-v1.9.json");
    for (String[] format : new String[][] {{"html", html.toString()}, {"json", json.toString()}}) {
      StringWriter err = new StringWriter();
      int status = VepLintCommand.run(new String[] {"report", "--release", "v1.9", "--today", "2026-08-18",
          "--schedule", Corpus.root().resolve("kubevirt-sig-release").toString(), "--format", format[0], "-o", format[1],
          Corpus.enhancements().toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
      assertThat(err.toString()).isEmpty();
      assertThat(status).isEqualTo(VepLintCommand.OK);
    }
    JsonNode view = JSON.readTree(json.toFile());
    int veps = view.path("veps").size();
    assertThat(veps).isEqualTo(36);

    chromium.open(html.toUri());
    chromium.screenshot(SCREENSHOTS.resolve("corpus-release-v1.9.png"));
    assertThat(chromium.errors()).as("console errors").isEmpty();
    JsonNode shown = chromium.evaluate("""
        (() => {
          const table = document.getElementById('release');
          const headers = [...table.querySelectorAll('thead th')].map(th => th.textContent);
          const cell = (row, name) => row.cells[headers.indexOf(name)].textContent;
          const rows = [...table.querySelectorAll('tbody tr')];
          const byVep = {};
          const templates = {};
          document.querySelectorAll('table.overview tbody tr.vep-row').forEach(r => {
            const file = r.cells[0].textContent;
            if (file.endsWith('/vep.md')) {
              templates['VEP ' + file.split('/').slice(-2)[0].split('-')[0]] = r.cells[2].textContent;
            }
          });
          rows.forEach(r => { const vep = cell(r, 'VEP').replace(/:.*/, '');
              byVep[vep] = {template: templates[vep], freeze: cell(r, 'flags'), sig: cell(r, 'owning SIG'),
                            stage: cell(r, 'stage')}; });
          return {rows: rows.length, visible: rows.filter(r => r.offsetParent !== null).length, byVep,
                  title: document.title,
                  errors: Number(document.querySelector('[data-count="error"]').textContent),
                  findings: document.querySelectorAll('tr.finding').length,
                  templateColumn: [...document.querySelectorAll('table.overview thead th')]
                      .map(th => th.textContent).indexOf('template')};
        })()""");
    assertThat(shown.path("rows").asInt()).isEqualTo(veps);
    assertThat(shown.path("visible").asInt()).isEqualTo(veps);
    assertThat(shown.path("title").asText()).isEqualTo("vep-lint release check-in: KubeVirt v1.9");
    assertThat(shown.path("byVep").path("VEP 31").path("template").asText()).isEqualTo("older (2025-05; rename"
        + " '## Implementation Phases' → '## Implementation History', '## Feature lifecycle Phases' →"
        + " '## Graduation Requirements')");
    assertThat(shown.path("byVep").path("VEP 31").path("sig").asText()).isEqualTo("sig-storage");
    assertThat(shown.path("byVep").path("VEP 109").path("template").asText()).isEqualTo("current");
    assertThat(shown.path("byVep").path("VEP 109").path("stage").asText()).isEqualTo("alpha");
    assertThat(shown.path("byVep").path("VEP 109").path("freeze").asText()).isEqualTo("no status (older layout)");
    assertThat(shown.path("templateColumn").asInt()).as("the overview's template column").isEqualTo(2);
    // The per-VEP findings below the table are the release view's, finding for finding.
    int findings = 0;
    for (JsonNode vep : view.path("veps")) {
      findings += vep.path("findings").size();
    }
    assertThat(shown.path("findings").asInt()).isEqualTo(findings).isPositive();

    // The page opens with the chart: rendered (it has a size), first in <main>, and its bars add up
    // to the JSON load's per-SIG, per-stage counts.
    JsonNode chart = chromium.evaluate("""
        (() => {
          const svg = document.getElementById('release-chart');
          const box = svg.getBoundingClientRect();
          const bars = {};
          svg.querySelectorAll('rect[data-count]').forEach(r => {
            const key = r.dataset.sig + '/' + r.dataset.stage;
            bars[key] = (bars[key] || 0) + Number(r.dataset.count);
          });
          return {width: box.width, height: box.height, bars,
                  first: document.querySelector('main').firstElementChild.id,
                  above: box.top < document.getElementById('summary').getBoundingClientRect().top};
        })()""");
    assertThat(chart.path("width").asDouble()).isPositive();
    assertThat(chart.path("height").asDouble()).isPositive();
    assertThat(chart.path("first").asText()).isEqualTo("chart");
    assertThat(chart.path("above").asBoolean()).isTrue();
    int bars = 0;
    for (JsonNode sig : view.path("load").path("sigs")) {
      for (var stage : (Iterable<Map.Entry<String, JsonNode>>) sig.path("byStage")::fields) {
        assertThat(chart.path("bars").path(sig.path("sig").asText() + "/" + stage.getKey()).asInt())
            .as(sig.path("sig").asText() + " " + stage.getKey()).isEqualTo(stage.getValue().asInt());
        bars++;
      }
    }
    assertThat(chart.path("bars").size()).isEqualTo(bars).isPositive();

    // The SIG filter filters every table and the chart: with sig-network chosen, only its rows and bars show.
    JsonNode filtered = chromium.evaluate("""
        (() => {
          const select = document.getElementById('filter-sig');
          select.value = 'sig-network';
          select.dispatchEvent(new Event('change'));
          const visible = id => [...document.querySelectorAll('#' + id + ' tbody tr')]
              .filter(r => r.offsetParent !== null).map(r => r.cells[0].textContent);
          const bars = [...document.querySelectorAll('#release-chart [data-sig]')]
              .filter(g => getComputedStyle(g).display !== 'none').map(g => g.getAttribute('data-sig'));
          return {release: visible('release').length, state: visible('state'), sigs: visible('load-sigs'),
                  bars: [...new Set(bars)]};
        })()""");
    chromium.screenshot(SCREENSHOTS.resolve("corpus-release-v1.9-sig-network.png"));
    assertThat(filtered.path("release").asInt()).isEqualTo(3);
    assertThat(filtered.path("state").toString()).isEqualTo("[\"sig-network\",\"all SIGs\"]");
    assertThat(filtered.path("sigs").toString()).isEqualTo("[\"sig-network\"]");
    assertThat(filtered.path("bars").toString()).isEqualTo("[\"sig-network\"]");
  }

  private void checkReport(Path repository, String name) throws Exception {
    HeadlessChromium chromium = chromium();
    Path html = reports.resolve(name + ".html");
    Path json = reports.resolve(name + ".json");
    StringWriter err = new StringWriter();
    int status = VepLintCommand.run(new String[] {"check", repository.toString(), "--today", "2026-08-18",
        "--format", "html=" + html, "--format", "json=" + json}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(err.toString()).isEmpty();
    assertThat(status).isIn(VepLintCommand.OK, VepLintCommand.FINDINGS);
    JsonNode report = JSON.readTree(json.toFile());
    JsonNode summary = report.path("summary");
    JsonNode findings = report.path("findings");
    assertThat(findings.size()).as("a report worth looking at has findings").isPositive();

    long started = System.nanoTime();
    chromium.open(html.toUri());
    chromium.screenshot(SCREENSHOTS.resolve(name + "-report.png"));

    assertThat(chromium.errors()).as("console errors").isEmpty();
    JsonNode shown = chromium.evaluate("""
        (() => {
          const count = key => Number(document.querySelector('[data-count="' + key + '"]').textContent);
          const byRule = {};
          document.querySelectorAll('[data-rule-count]').forEach(
              cell => byRule[cell.dataset.ruleCount] = Number(cell.textContent));
          const brokenLinks = [...document.querySelectorAll('a[href^="#"]')]
              .filter(a => document.getElementById(a.getAttribute('href').slice(1)) === null)
              .map(a => a.getAttribute('href'));
          return {errors: count('error'), warnings: count('warning'), infos: count('info'),
                  files: count('files'), filesWithFindings: count('files-with-findings'), byRule,
                  rows: document.querySelectorAll('tr.finding').length,
                  visibleRows: [...document.querySelectorAll('tr.finding')].filter(r => r.offsetParent !== null).length,
                  shownCount: Number(document.getElementById('shown-count').textContent),
                  brokenLinks};
        })()""");
    assertThat(shown.path("errors").asInt()).isEqualTo(summary.path("errors").asInt());
    assertThat(shown.path("warnings").asInt()).isEqualTo(summary.path("warnings").asInt());
    assertThat(shown.path("infos").asInt()).isEqualTo(summary.path("infos").asInt());
    assertThat(shown.path("files").asInt()).isEqualTo(summary.path("files").asInt());
    assertThat(shown.path("filesWithFindings").asInt()).isEqualTo(summary.path("filesWithFindings").asInt());
    assertThat(shown.path("byRule")).isEqualTo(summary.path("byRule"));
    assertThat(shown.path("rows").asInt()).isEqualTo(findings.size());
    assertThat(shown.path("visibleRows").asInt()).as("unfiltered, every row is displayed").isEqualTo(findings.size());
    assertThat(shown.path("shownCount").asInt()).isEqualTo(findings.size());
    assertThat(shown.path("brokenLinks")).as("in-page links without a target").isEmpty();

    // Severity filter: untick warnings; exactly the other findings stay displayed.
    int warnings = summary.path("warnings").asInt();
    JsonNode afterSeverity = chromium.evaluate("""
        (() => {
          document.querySelector('input[name=severity][value=warning]').click();
          const visible = [...document.querySelectorAll('tr.finding')].filter(r => r.offsetParent !== null);
          return {visible: visible.length,
                  warningsVisible: visible.filter(r => r.dataset.severity === 'warning').length,
                  shownCount: Number(document.getElementById('shown-count').textContent)};
        })()""");
    assertThat(afterSeverity.path("warningsVisible").asInt()).isZero();
    assertThat(afterSeverity.path("visible").asInt()).isEqualTo(findings.size() - warnings);
    assertThat(afterSeverity.path("shownCount").asInt()).isEqualTo(findings.size() - warnings);

    // SIG filter, warnings back on: the SIG with the most findings, per the JSON report's paths.
    Map<String, Integer> bySig = findingsBySig(findings);
    String sig = bySig.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    JsonNode afterSig = chromium.evaluate("""
        (() => {
          document.querySelector('input[name=severity][value=warning]').click();
          const select = document.getElementById('filter-sig');
          select.value = %s;
          select.dispatchEvent(new Event('change'));
          const visible = [...document.querySelectorAll('tr.finding')].filter(r => r.offsetParent !== null);
          const sections = [...document.querySelectorAll('section.vep')].filter(s => s.offsetParent !== null);
          return {visible: visible.length,
                  otherSigs: visible.filter(r => r.dataset.sig !== select.value).length,
                  sectionsOfOtherSigs: sections.filter(s => s.dataset.sig !== select.value).length,
                  shownCount: Number(document.getElementById('shown-count').textContent)};
        })()""".formatted(JSON.writeValueAsString(sig)));
    assertThat(afterSig.path("otherSigs").asInt()).isZero();
    assertThat(afterSig.path("sectionsOfOtherSigs").asInt()).isZero();
    assertThat(afterSig.path("visible").asInt()).as("findings in %s", sig).isEqualTo(bySig.get(sig));
    assertThat(afterSig.path("shownCount").asInt()).isEqualTo(bySig.get(sig));
    assertThat(bySig.get(sig)).as("the filter must hide something to be tested").isLessThan(findings.size());
    chromium.screenshot(SCREENSHOTS.resolve(name + "-report-" + sig + ".png"));
    assertThat(chromium.errors()).as("console errors while filtering").isEmpty();

    // A finding's rule link scrolls that rule's help into view, with its summary and description.
    JsonNode help = chromium.evaluate("""
        (() => {
          const link = [...document.querySelectorAll('tr.finding a.rule-link')].find(a => a.offsetParent !== null);
          link.click();
          const target = document.getElementById(link.getAttribute('href').slice(1));
          // Sub-pixel layout can leave the target a fraction of a pixel above the top.
          const box = target.getBoundingClientRect();
          return {rule: link.textContent, inView: box.top > -2 && box.top < window.innerHeight, top: box.top, innerHeight: window.innerHeight, scrollY: window.scrollY, height: document.documentElement.scrollHeight,
                  heading: target.querySelector('h3').textContent,
                  description: target.querySelector('.description') !== null};
        })()""");
    assertThat(help.path("inView").asBoolean()).as("help of %s scrolled into view: %s", help.path("rule"), help).isTrue();
    assertThat(help.path("heading").asText()).startsWith(help.path("rule").asText());
    assertThat(help.path("description").asBoolean()).isTrue();
    chromium.screenshot(SCREENSHOTS.resolve(name + "-report-rule-help.png"));

    byte[] png = Files.readAllBytes(SCREENSHOTS.resolve(name + "-report.png"));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    System.out.printf("browser: %s report (%d bytes) loaded, checked and filtered in %d ms%n",
        name, Files.size(html), (System.nanoTime() - started) / 1_000_000);
  }

  /** Findings per SIG directory, read from each path independently of the report's own code. */
  private static Map<String, Integer> findingsBySig(JsonNode findings) {
    Map<String, Integer> bySig = new TreeMap<>();
    for (Iterator<JsonNode> it = findings.elements(); it.hasNext(); ) {
      List<String> segments = new ArrayList<>(List.of(it.next().path("file").asText().split("/")));
      int root = segments.lastIndexOf("veps");
      if (root >= 0 && segments.size() - root > 2) {
        bySig.merge(segments.get(root + 1), 1, Integer::sum);
      }
    }
    return bySig;
  }
}
