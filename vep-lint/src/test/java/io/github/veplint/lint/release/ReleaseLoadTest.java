package io.github.veplint.lint.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.migrate.FrontMatterMigration;
import io.github.veplint.lint.release.ReleaseLoad.PersonLoad;
import io.github.veplint.lint.release.ReleaseLoad.Readiness;
import io.github.veplint.lint.release.ReleaseLoad.SigLoad;
import io.github.veplint.model.Corpus;
import io.github.veplint.model.ReleaseVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The release view's load: per owning SIG, per reviewer and approver, OWNERS suggestions and the chart. */
class ReleaseLoadTest {

  private static final ReleaseVersion V1_9 = new ReleaseVersion(1, 9, -1);

  @TempDir Path dir;

  private static SigLoad sig(ReleaseLoad load, String name) {
    return load.sigs().stream().filter(s -> s.sig().equals(name)).findFirst().orElseThrow();
  }

  private static String vep(int number, String sig, String status, String reviewers, String approvers, String alpha) {
    return TestRepository.CLEAN_VEP
        .replace("vep-number: 1", "vep-number: " + number).replace("# VEP #1:", "# VEP #" + number + ":")
        .replace("owning-sig: sig-a", "owning-sig: " + sig)
        .replace("status: provisional", "status: " + status)
        .replace("reviewers:\n  - TBD", "reviewers:\n" + reviewers)
        .replace("approvers:\n  - TBD", "approvers:\n" + approvers)
        .replace("alpha: \"v1.9\"", alpha);
  }

  private Path handWritten() {
    return TestRepository.at(dir)
        .file("veps/sig-a/OWNERS", "# See the OWNERS docs\nreviewers:\n  - alice\n  - \"@bob\"\n  - not a name!\n  - TBD\n"
            + "approvers:\n  - carol\nlabels:\n  - sig/a\n")
        .file("veps/sig-a/1-one/vep.md", vep(1, "sig-a", "implementable", "  - \"@alice\"\n  - \"@dave\"",
            "  - \"@carol\"", "alpha: \"v1.9\""))
        .file("veps/sig-a/2-two/vep.md", vep(2, "sig-a", "provisional", "  - TBD", "  - \"@Carol\"",
            "alpha: \"v1.8\"\n  beta: \"v1.9\""))
        .file("veps/sig-b/3-three/vep.md", vep(3, "sig-b", "provisional", "  - TBD", "  - TBD", "alpha: \"v1.9\""))
        .file("veps/sig-a/4-four/vep.md", vep(4, "sig-a", "implementable", "  - \"@alice\"", "  - \"@erin\"",
            "alpha: \"v1.10\""))
        .root();
  }

  @Test
  void countsPerSigAndPersonAndSuggestsOwnersReviewersOnlyWhereTbd() throws IOException {
    Path root = handWritten();

    ReleaseView view = ReleaseViews.build(VepLinter.builder().today(LocalDate.of(2026, 3, 1)).build(), root, V1_9);
    ReleaseLoad load = view.load();

    assertThat(view.veps()).extracting(i -> i.number().orElseThrow()).containsExactly(1, 2, 3);
    assertThat(load.sigs()).extracting(SigLoad::sig).containsExactly("sig-a", "sig-b");
    SigLoad a = sig(load, "sig-a");
    assertThat(a.veps()).isEqualTo(2);
    assertThat(a.byStage()).containsExactly(Map.entry("alpha", 1), Map.entry("beta", 1));
    assertThat(a.tbdReviewers()).isEqualTo(1);
    assertThat(a.tbdApprovers()).isZero();
    assertThat(a.notRecorded()).isZero();
    // OWNERS reviewers, '@' added, the entry that is no user name and TBD left out; no approver is TBD.
    assertThat(a.suggestedReviewers()).containsExactly("@alice", "@bob");
    assertThat(a.suggestedApprovers()).isEmpty();
    assertThat(a.ownersFile()).contains("veps/sig-a/OWNERS");
    assertThat(a.readiness().get("alpha")).containsExactly(Map.entry(Readiness.READY, 1));
    assertThat(a.readiness().get("beta")).containsExactly(Map.entry(Readiness.TBD_PEOPLE, 1));
    SigLoad b = sig(load, "sig-b");
    assertThat(b.tbdReviewers()).isEqualTo(1);
    assertThat(b.tbdApprovers()).isEqualTo(1);
    assertThat(b.suggestedReviewers()).isEmpty();
    assertThat(b.ownersFile()).isEmpty();
    // @carol approves VEPs 1 and 2 (written @Carol once); VEP 4 targets v1.10 and does not count.
    assertThat(load.people()).extracting(PersonLoad::handle).containsExactly("@carol", "@alice", "@dave");
    assertThat(load.people()).extracting(PersonLoad::load).containsExactly(2, 1, 1);
    assertThat(load.people().get(0).approving()).containsExactly("VEP 1: A clean proposal", "VEP 2: A clean proposal");
    assertThat(load.people().get(1).reviewing()).containsExactly("VEP 1: A clean proposal");

    StringWriter md = new StringWriter();
    MarkdownReleaseView.write(view, md);
    assertThat(md.toString())
        .contains("## Review load\n\n| Person | reviewing | approving |\n|---|---|---|\n"
            + "| `@carol` | — | 2 (VEP 1, VEP 2) |\n"
            + "| `@alice` | 1 (VEP 1) | — |\n"
            + "| `@dave` | 1 (VEP 1) | — |\n");

    StringWriter json = new StringWriter();
    JsonReleaseView.write(view, json);
    JsonNode tree = new ObjectMapper().readTree(json.toString());
    JsonNode sigA = tree.get("load").get("sigs").get(0);
    assertThat(sigA.get("sig").asText()).isEqualTo("sig-a");
    assertThat(sigA.get("byStage").get("beta").asInt()).isEqualTo(1);
    assertThat(sigA.get("readiness").get("beta").get("tbd-people").asInt()).isEqualTo(1);
    assertThat(sigA.get("suggestedReviewers").toString()).isEqualTo("[\"@alice\",\"@bob\"]");
    assertThat(sigA.get("ownersFile").asText()).isEqualTo("veps/sig-a/OWNERS");
    assertThat(tree.get("load").get("sigs").get(1).get("ownersFile").isNull()).isTrue();
    JsonNode carol = tree.get("load").get("people").get(0);
    assertThat(carol.get("handle").asText()).isEqualTo("@carol");
    assertThat(carol.get("load").asInt()).isEqualTo(2);
    assertThat(carol.get("reviewing").size()).isZero();

    String html = HtmlReleaseViewTest.render(view);
    assertThat(html).contains("<section id=\"load-sigs\"><h2>Load per owning SIG</h2>")
        .contains("<tr data-sig=\"sig-a\"><td>sig-a</td><td>2</td><td>1</td><td>1</td><td>0</td><td>1</td><td>0</td><td>0</td>"
            + "<td>reviewers @alice, @bob (veps/sig-a/OWNERS)</td></tr>")
        // Each VEP named with its SIG (the filter hides other SIGs'), the person's load per SIG for the count to follow.
        .contains("<tr data-load=\"sig-a=2\"><td>@carol</td><td>2</td><td class=\"veps\"><span class=\"none\">—</span></td>"
            + "<td class=\"veps\"><span class=\"vep\" data-sig=\"sig-a\">VEP 1: A clean proposal</span><span class=\"vep\""
            + " data-sig=\"sig-a\">VEP 2: A clean proposal</span><span class=\"none\" hidden>—</span></td></tr>");
    Map<String, Integer> chart = chartCounts(html);
    assertThat(chart).containsExactlyInAnyOrderEntriesOf(Map.of(
        "sig-a/alpha/ready", 1, "sig-a/beta/tbd-people", 1, "sig-b/alpha/tbd-people", 1));
  }

  @Test
  void anOwnersFileThatIsALinkOrNotYamlSuggestsNobody() throws IOException {
    Path root = handWritten();
    Path outside = dir.resolve("outside-OWNERS");
    Files.writeString(outside, "reviewers:\n  - mallory\n");
    Files.createSymbolicLink(root.resolve("veps/sig-b/OWNERS"), outside);
    Files.writeString(root.resolve("veps/sig-a/OWNERS"), "reviewers: [alice\n");

    ReleaseLoad load = ReleaseViews.build(VepLinter.builder().today(LocalDate.of(2026, 3, 1)).build(), root, V1_9).load();

    assertThat(sig(load, "sig-a").suggestedReviewers()).isEmpty();
    assertThat(sig(load, "sig-a").ownersFile()).isEmpty();
    assertThat(sig(load, "sig-b").suggestedReviewers()).isEmpty();
    assertThat(sig(load, "sig-b").ownersFile()).isEmpty();
  }

  /**
   * v1.9 on the corpus with the sig-release schedules. Counted by hand from the "Target releases"
   * bullets naming v1.9 (v1.9.0, 1.9 and "v1.9." included): sig-compute 27 (alpha 109, 172, 190,
   * 191, 199, 241, 246, 248, 256, 266, 285, 287, 291; beta 10, 115, 141, 144, 156, 160, 171, 24, 80;
   * GA 14, 19, 35, 62; and 250, "This VEP targets version: v1.9", which the model reads as the
   * stage "ship"), sig-network 3 (alpha
   * 168, 183; GA 140), sig-storage 3 (beta 31, 90; GA 277), sig-observability 1 (alpha 143),
   * sig-release 1 (233, "announcement"), and meta-VEP 282 (GA), which has no owning SIG and counts under meta-VEPs. Every one of them is in the older
   * layout: no reviewer or approver is recorded, so nobody carries any load yet, and the corpus's
   * OWNERS files list only labels: nothing to suggest.
   */
  @Test
  void corpusV19LoadPerSig() throws IOException {
    Path corpus = Corpus.root();
    VepLinter linter = VepLinter.builder().today(LocalDate.of(2026, 8, 18))
        .schedule(corpus.resolve("kubevirt-sig-release").toString()).build();

    ReleaseView view = ReleaseViews.build(linter, corpus.resolve("kubevirt-enhancements"), V1_9);
    ReleaseLoad load = view.load();

    assertThat(load.sigs()).extracting(SigLoad::sig).containsExactly(
        "sig-compute", "sig-network", "sig-observability", "sig-release", "sig-storage", ReleaseView.META);
    SigLoad compute = sig(load, "sig-compute");
    assertThat(compute.veps()).isEqualTo(27);
    assertThat(compute.byStage()).containsExactly(
        Map.entry("alpha", 13), Map.entry("beta", 9), Map.entry("ga", 4), Map.entry("ship", 1));
    assertThat(compute.notRecorded()).isEqualTo(27);
    assertThat(compute.tbdReviewers()).isZero();
    assertThat(compute.suggestedReviewers()).isEmpty();
    assertThat(compute.ownersFile()).contains("veps/sig-compute/OWNERS");
    SigLoad network = sig(load, "sig-network");
    assertThat(network.veps()).isEqualTo(3);
    assertThat(network.byStage()).containsExactly(Map.entry("alpha", 2), Map.entry("ga", 1));
    SigLoad storage = sig(load, "sig-storage");
    assertThat(storage.byStage()).containsExactly(Map.entry("beta", 2), Map.entry("ga", 1));
    assertThat(sig(load, "sig-observability").byStage()).containsExactly(Map.entry("alpha", 1));
    assertThat(sig(load, "sig-release").byStage()).containsExactly(Map.entry("announcement", 1));
    assertThat(sig(load, ReleaseView.META).byStage()).containsExactly(Map.entry("ga", 1));
    // Nobody named: every VEP's readiness is "TBD people" unless it has an error.
    assertThat(compute.readiness().get("alpha").values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(13);
    assertThat(compute.readiness().get("alpha")).doesNotContainKeys(Readiness.READY, Readiness.FINDINGS);
    assertThat(load.sigs().stream().mapToInt(SigLoad::veps).sum()).isEqualTo(36);
    assertThat(load.people()).isEmpty();
    assertThat(load.sigs()).allSatisfy(s -> assertThat(s.notRecorded()).isEqualTo(s.veps()));

    // The chart's bars, parsed from the page's SVG, add up to the same counts per SIG and stage.
    Map<String, Integer> bars = new HashMap<>();
    chartCounts(HtmlReleaseViewTest.render(view)).forEach((key, count) ->
        bars.merge(key.substring(0, key.lastIndexOf('/')), count, Integer::sum));
    Map<String, Integer> expected = new HashMap<>();
    load.sigs().forEach(s -> s.byStage().forEach((stage, count) -> expected.put(s.sig() + "/" + stage, count)));
    assertThat(bars).isEqualTo(expected).containsEntry("sig-compute/alpha", 13).containsEntry("meta-VEPs/ga", 1);
  }

  /**
   * The same release after {@code migrate} on a copy of the corpus: every VEP now has front matter
   * with TBD reviewers and approvers, so each SIG's TBD counts are its VEP counts. VEPs 250
   * ("ship") and 233 ("announcement") leave the release: migrate keeps stages VEP 282 does not
   * have as comments only, so 34 of the 36 remain; 282 gets an owning-sig to fill in (blank).
   */
  @Test
  void corpusV19AfterMigrateHasEveryReviewerAndApproverTbd() throws IOException {
    Path corpus = Corpus.root();
    Path copy = copy(corpus.resolve("kubevirt-enhancements"), dir.resolve("enhancements"));
    new FrontMatterMigration(false).run(List.of(copy));
    VepLinter linter = VepLinter.builder().today(LocalDate.of(2026, 8, 18))
        .schedule(corpus.resolve("kubevirt-sig-release").toString()).build();

    ReleaseView view = ReleaseViews.build(linter, copy, V1_9);
    ReleaseLoad load = view.load();

    assertThat(view.veps()).hasSize(34);
    assertThat(load.sigs()).extracting(SigLoad::sig).containsExactly(
        "sig-compute", "sig-network", "sig-observability", "sig-storage", ReleaseView.META);
    SigLoad compute = sig(load, "sig-compute");
    assertThat(compute.veps()).isEqualTo(26);
    assertThat(compute.byStage()).containsExactly(Map.entry("alpha", 13), Map.entry("beta", 9), Map.entry("ga", 4));
    assertThat(compute.tbdReviewers()).isEqualTo(26);
    assertThat(compute.tbdApprovers()).isEqualTo(26);
    assertThat(compute.notRecorded()).isZero();
    assertThat(sig(load, "sig-network").tbdReviewers()).isEqualTo(3);
    assertThat(sig(load, "sig-storage").tbdApprovers()).isEqualTo(3);
    assertThat(load.people()).isEmpty();
    // Suggestions come only from OWNERS reviewers/approvers lists; the corpus's list labels only.
    assertThat(load.sigs()).allSatisfy(s -> assertThat(s.suggestedReviewers()).isEmpty());
  }

  /** Parses the chart's SVG as XML and sums each rect's data-count by sig/stage/readiness. */
  static Map<String, Integer> chartCounts(String html) {
    int start = html.indexOf("<svg ");
    int end = html.indexOf("</svg>") + "</svg>".length();
    assertThat(html.indexOf("<section id=\"chart\">")).isLessThan(html.indexOf("<section id=\"summary\">"));
    assertThat(start).isGreaterThan(html.indexOf("<section id=\"chart\">"));
    String svg = html.substring(start, end);
    assertThat(svg).doesNotContain("<script", "href", "url(", "<image", "@import", "<foreignObject");
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
      assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
      assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
      NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i < rects.getLength(); i++) {
        Element rect = (Element) rects.item(i);
        if (!rect.hasAttribute("data-count")) {
          continue; // the legend
        }
        int count = Integer.parseInt(rect.getAttribute("data-count"));
        assertThat(Integer.parseInt(rect.getAttribute("width"))).isPositive();
        counts.merge(rect.getAttribute("data-sig") + "/" + rect.getAttribute("data-stage") + "/"
            + rect.getAttribute("data-readiness"), count, Integer::sum);
      }
      return counts;
    } catch (Exception e) {
      throw new AssertionError("the chart is not well-formed SVG: " + e.getMessage(), e);
    }
  }

  private static Path copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }
}
