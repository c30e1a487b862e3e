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
    // The total row stays, its counts those of what the filter shows.
    assertThat(filtered.path("state").toString()).isEqualTo("[\"sig-network\",\"sig-network (filtered)\"]");
    assertThat(filtered.path("sigs").toString()).isEqualTo("[\"sig-network\"]");
    assertThat(filtered.path("bars").toString()).isEqualTo("[\"sig-network\"]");
  }

  /**
   * The weekly check-in made from the test board's export ({@code report --release v1.10
   * --board-export}): with a SIG chosen, every table row and chart bar of another SIG is hidden and
   * the counts follow (the release state's total row, the headings, each person's load, the charts
   * closing up). Three screenshots go to {@code target/screenshots/}: the release state, the filter
   * applied, the charts.
   */
  @Test
  void boardCheckInFiltersEveryTableAndTheChart() throws Exception {
    HeadlessChromium chromium = chromium();
    Path export = reports.resolve("board.json");
    Files.writeString(export, io.github.veplint.lint.release.TestBoard.export());
    Path html = reports.resolve("check-in.html");
    Path json = reports.resolve("check-in.json");
    for (String[] format : new String[][] {{"html", html.toString()}, {"json", json.toString()}}) {
      StringWriter err = new StringWriter();
      int status = VepLintCommand.run(new String[] {"report", "--release", "v1.10", "--today",
          io.github.veplint.lint.release.TestBoard.TODAY, "--board-export", export.toString(), "--format", format[0],
          "-o", format[1], Corpus.newerEnhancements().toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
      assertThat(err.toString()).isEmpty();
      assertThat(status).isEqualTo(VepLintCommand.OK);
    }
    JsonNode view = JSON.readTree(json.toFile());
    String sig = "sig-compute";
    int vepsOfSig = 0;
    int checksOfSig = 0;
    for (JsonNode vep : view.path("veps")) {
      if (vep.path("sig").asText().equals(sig)) {
        vepsOfSig++;
        checksOfSig += vep.path("checks").size();
      }
    }
    assertThat(vepsOfSig).isPositive().isLessThan(view.path("veps").size());
    assertThat(checksOfSig).isPositive();

    chromium.open(html.toUri());
    assertThat(chromium.errors()).as("console errors (a script the policy refuses is one)").isEmpty();
    chromium.evaluate("document.getElementById('state').scrollIntoView()");
    screenshot(chromium, "check-in-release-state.png");
    JsonNode before = chromium.evaluate("""
        (() => ({total: [...document.querySelector('#state tbody tr:not([data-sig])').cells].map(c => c.textContent),
                 chart: Number(document.getElementById('release-chart').getAttribute('height')),
                 errors: document.querySelector('#summary [data-count="error"]').textContent}))()""");
    assertThat(before.path("total").get(0).asText()).isEqualTo("all SIGs");

    JsonNode filtered = chromium.evaluate("""
        ((sig) => {
          const select = document.getElementById('filter-sig');
          select.value = sig;
          select.dispatchEvent(new Event('change'));
          // An SVG element has no offsetParent: it shows when neither it nor an SVG ancestor is display: none.
          const shown = el => {
            if (!(el instanceof SVGElement)) { return el.offsetParent !== null; }
            for (let e = el; e instanceof SVGElement; e = e.parentNode) {
              if (getComputedStyle(e).display === 'none') { return false; }
            }
            return true;
          };
          const tables = {};
          for (const id of ['state', 'attention', 'release', 'load-sigs', 'load-people', 'veps']) {
            const rows = [...document.querySelectorAll('#' + id + ' tbody tr')];
            tables[id] = {rows: rows.length, shown: rows.filter(shown).length,
                otherSigs: rows.filter(r => shown(r) && r.hasAttribute('data-sig') && r.dataset.sig !== sig).length};
          }
          const people = [...document.querySelectorAll('#load-people tbody tr')].filter(shown).map(r => ({
              count: Number(r.cells[1].textContent), load: r.dataset.load,
              otherVeps: [...r.querySelectorAll('span.vep')].filter(v => !v.hidden && v.dataset.sig !== sig).length,
              veps: new Set([...r.querySelectorAll('span.vep')].filter(v => !v.hidden).map(v => v.textContent)).size}));
          const bars = id => [...document.querySelectorAll('#' + id + ' rect[data-sig]')];
          const chartRows = [...document.querySelectorAll('#people-chart g[data-load]')].filter(shown).map(g => ({
              total: Number(g.querySelector('text.total').textContent), load: g.dataset.load}));
          const stateRow = [...document.querySelectorAll('#state tbody tr[data-sig]')].find(r => r.dataset.sig === sig);
          const svg = document.getElementById('release-chart');
          const groups = [...svg.querySelectorAll('g[data-sig]')].filter(shown);
          const card = key => Number(document.querySelector('#summary [data-count="' + key + '"]').textContent);
          const findingsOfSig = [...document.querySelectorAll('tr.finding')].filter(r => r.dataset.sig === sig);
          const ruleRows = [...document.querySelectorAll('#summary [data-rule-count]')].filter(c => shown(c.parentNode));
          return {tables, people, chartRows,
              cards: {errors: card('error'), warnings: card('warning'), info: card('info'), files: card('files')},
              findings: {errors: findingsOfSig.filter(r => r.dataset.severity === 'error').length,
                  warnings: findingsOfSig.filter(r => r.dataset.severity === 'warning').length,
                  info: findingsOfSig.filter(r => r.dataset.severity === 'info').length},
              byRule: ruleRows.reduce((sum, c) => sum + Number(c.textContent), 0),
              overviewRows: [...document.querySelectorAll('tr.vep-row')].filter(shown).length,
              total: [...document.querySelector('#state tbody tr:not([data-sig])').cells].map(c => c.textContent),
              sigRow: [...stateRow.cells].map(c => c.textContent),
              releaseHeading: document.querySelector('#release h2').textContent,
              attentionHeading: document.querySelector('#attention h2').textContent,
              otherBars: ['release-chart', 'people-chart'].map(id => bars(id).filter(b => shown(b) && b.dataset.sig !== sig).length),
              ownBars: ['release-chart', 'people-chart'].map(id => bars(id).filter(b => shown(b) && b.dataset.sig === sig).length),
              chart: Number(svg.getAttribute('height')),
              firstGroupTop: groups.length ? groups[0].getBoundingClientRect().top - svg.getBoundingClientRect().top : -1};
        })('%s')""".formatted(sig));
    screenshot(chromium, "check-in-filter-" + sig + ".png");
    assertThat(chromium.errors()).as("console errors while filtering").isEmpty();

    // Every table: its rows of other SIGs hidden, its rows of the SIG shown.
    for (String table : List.of("state", "attention", "release", "load-sigs", "load-people", "veps")) {
      assertThat(filtered.path("tables").path(table).path("otherSigs").asInt()).as(table).isZero();
    }
    assertThat(filtered.path("tables").path("release").path("shown").asInt()).isEqualTo(vepsOfSig);
    assertThat(filtered.path("tables").path("attention").path("shown").asInt()).isEqualTo(checksOfSig);
    assertThat(filtered.path("tables").path("load-sigs").path("shown").asInt()).isEqualTo(1);
    assertThat(filtered.path("tables").path("state").path("shown").asInt()).isEqualTo(2);
    // The counts follow: the total row is the SIG's row, the headings count what is shown.
    List<String> sigRow = new ArrayList<>();
    filtered.path("sigRow").forEach(c -> sigRow.add(c.asText()));
    List<String> total = new ArrayList<>();
    filtered.path("total").forEach(c -> total.add(c.asText()));
    assertThat(total.get(0)).isEqualTo(sig + " (filtered)");
    assertThat(total.subList(1, total.size())).isEqualTo(sigRow.subList(1, sigRow.size()));
    assertThat(filtered.path("releaseHeading").asText()).endsWith("· " + vepsOfSig + " VEPs");
    assertThat(filtered.path("attentionHeading").asText()).isEqualTo("Needs attention: " + checksOfSig + " cross-checks");
    // The summary counts the SIG's findings and files.
    assertThat(filtered.path("cards").path("errors").asInt()).isEqualTo(filtered.path("findings").path("errors").asInt())
        .isLessThan(before.path("errors").asInt());
    assertThat(filtered.path("cards").path("warnings").asInt()).isEqualTo(filtered.path("findings").path("warnings").asInt());
    assertThat(filtered.path("cards").path("info").asInt()).isEqualTo(filtered.path("findings").path("info").asInt());
    assertThat(filtered.path("byRule").asInt()).isEqualTo(filtered.path("findings").path("errors").asInt()
        + filtered.path("findings").path("warnings").asInt() + filtered.path("findings").path("info").asInt());
    assertThat(filtered.path("cards").path("files").asInt()).isEqualTo(filtered.path("overviewRows").asInt());
    // Each person shown has load in the SIG, counted within it, and only the SIG's VEPs named.
    assertThat(filtered.path("people")).isNotEmpty().allSatisfy(p -> {
      assertThat(p.path("load").asText()).contains(sig + "=" + p.path("count").asInt());
      assertThat(p.path("otherVeps").asInt()).isZero();
      assertThat(p.path("veps").asInt()).isEqualTo(p.path("count").asInt());
    });
    assertThat(filtered.path("chartRows")).hasSameSizeAs(filtered.path("people")).allSatisfy(r ->
        assertThat(r.path("load").asText()).contains(sig + "=" + r.path("total").asInt()));
    // Every chart: no bar of another SIG shown, the SIG's bars shown, the rows closed up.
    assertThat(filtered.path("otherBars").toString()).isEqualTo("[0,0]");
    assertThat(filtered.path("ownBars").get(0).asInt()).isPositive();
    assertThat(filtered.path("ownBars").get(1).asInt()).isPositive();
    assertThat(filtered.path("chart").asInt()).isLessThan(before.path("chart").asInt());
    assertThat(filtered.path("firstGroupTop").asDouble()).isBetween(0.0, 40.0);

    chromium.evaluate("document.getElementById('chart').scrollIntoView()");
    screenshot(chromium, "check-in-chart-" + sig + ".png");

    // Back to all SIGs: everything as it was.
    JsonNode reset = chromium.evaluate("""
        (() => {
          const select = document.getElementById('filter-sig');
          select.value = '';
          select.dispatchEvent(new Event('change'));
          return {total: [...document.querySelector('#state tbody tr:not([data-sig])').cells].map(c => c.textContent),
                  chart: Number(document.getElementById('release-chart').getAttribute('height')),
                  errors: document.querySelector('#summary [data-count="error"]').textContent,
                  hiddenRows: [...document.querySelectorAll('main tbody tr')].filter(r => r.hidden).length};
        })()""");
    assertThat(reset.path("total")).isEqualTo(before.path("total"));
    assertThat(reset.path("chart").asInt()).isEqualTo(before.path("chart").asInt());
    assertThat(reset.path("hiddenRows").asInt()).isZero();
    assertThat(reset.path("errors").asText()).isEqualTo(before.path("errors").asText());
  }

  /** A screenshot in {@code target/screenshots/}, copied to {@code /tmp/board-screens/} for a person to look at. */
  private static void screenshot(HeadlessChromium chromium, String name) throws Exception {
    Path file = Path.of("target/screenshots").resolve(name);
    chromium.screenshot(file);
    try {
      Path copy = Path.of(System.getProperty("java.io.tmpdir"), "board-screens", name);
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      System.out.println("browser: could not copy " + file + " for a person to look at: " + e.getMessage());
    }
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
