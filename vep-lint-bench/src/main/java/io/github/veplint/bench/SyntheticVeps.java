package io.github.veplint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic VEP repository of N VEPs for the benchmarks: {@code veps/<sig>/<n>-<slug>/vep.md}
 * plus the template at {@code veps/NNNN-vep-template/vep.md}.
 *
 * <p>Each VEP has the template's {@code ##} sections in the template's order, filled with prose,
 * lists, code blocks, tables, links and kept prompts (HTML comments). File sizes follow the real
 * kubevirt/enhancements corpus (10th percentile 6.9 KB, median 14 KB, 90th percentile 35 KB, largest
 * 55 KB). About three in ten VEPs use the older prose layout (a "VEP Status Metadata" section with target
 * release bullets and the signoff checklist); the rest have VEP 282 front matter. One in eight has
 * a defect a rule reports (a missing or empty section, a leftover placeholder, a broken link, beta
 * before alpha, an unknown owning SIG, TBD reviewers while implementable). Output depends only on N
 * and the seed.
 *
 * <pre>
 * java -cp vep-lint-bench.jar io.github.veplint.bench.SyntheticVeps DIR N [SEED]
 * </pre>
 */
public final class SyntheticVeps {

  /** The SIG directories VEPs are spread over. */
  public static final List<String> SIGS =
      List.of("sig-compute", "sig-network", "sig-storage", "sig-observability", "sig-release");

  /** The first VEP number; VEP i (0-based) has number {@code FIRST_NUMBER + i}. */
  public static final int FIRST_NUMBER = 1000;

  /** Size quantiles (bytes) of the real corpus: 0, 10, 25, 50, 75, 90 and 100th percentile. */
  private static final double[] QUANTILES = {0, 0.10, 0.25, 0.50, 0.75, 0.90, 1.0};

  private static final int[] SIZES = {3_000, 6_859, 9_224, 14_053, 21_536, 34_827, 54_947};

  private static final String[] WORDS = (
      "the virtual machine controller handler launcher domain guest node cluster migration volume"
          + " network interface device feature gate api field spec status condition operator"
          + " workload pod scheduler memory cpu storage snapshot backup restore hotplug template"
          + " request reconcile update rollback compatibility upgrade release alpha beta stable"
          + " users admins owners should must can will when if and or with without for from into"
          + " each every this that which while before after during because so the a an is are be")
      .split(" ");

  /** The kinds of defect, one per defective VEP, in turn. */
  enum Defect {
    MISSING_SECTION,
    EMPTY_SECTION,
    PLACEHOLDER,
    BROKEN_LINK,
    BETA_BEFORE_ALPHA,
    UNKNOWN_SIG,
    TBD_REVIEWERS
  }

  /** What was written. */
  public record Summary(Path root, int veps, int olderLayout, int defective, long bytes) {}

  private final Random random;
  private final String template;
  /** The template's {@code ##} headings, in order: the sections every VEP gets. */
  private final List<String> sections = new ArrayList<>();

  SyntheticVeps(long seed) {
    this.random = new Random(seed);
    try (InputStream in = SyntheticVeps.class.getResourceAsStream("template.md")) {
      this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : template.split("\n")) {
      if (line.startsWith("## ")) {
        sections.add(line.substring(3).strip());
      }
    }
  }

  /** Generates {@code count} VEPs under {@code root} (created if missing) with the given seed. */
  public static Summary generate(Path root, int count, long seed) throws IOException {
    return new SyntheticVeps(seed).write(root, count);
  }

  /** The directory of VEP {@code index} (0-based), relative to the repository root. */
  public static String directory(int index) {
    int number = FIRST_NUMBER + index;
    return "veps/" + SIGS.get(index % SIGS.size()) + "/" + number + "-synthetic-" + slug(index);
  }

  private static String slug(int index) {
    return new String[] {"hotplug", "migration", "snapshots", "metrics", "release-notes", "numa"}[
        index % 6];
  }

  /** Whether VEP {@code index} uses the older prose layout (no front matter). */
  static boolean olderLayout(int index) {
    Defect defect = defect(index);
    if (defect == Defect.TBD_REVIEWERS || defect == Defect.UNKNOWN_SIG) {
      return false; // defects of front matter values
    }
    return index % 10 == 3 || index % 10 == 6 || index % 10 == 9;
  }

  /** The defect VEP {@code index} carries, or null for a clean VEP. */
  static Defect defect(int index) {
    return index % 8 == 5 ? Defect.values()[(index / 8) % Defect.values().length] : null;
  }

  private Summary write(Path root, int count) throws IOException {
    Path templateFile = root.resolve("veps/NNNN-vep-template/vep.md");
    Files.createDirectories(templateFile.getParent());
    Files.writeString(templateFile, template);
    long bytes = 0;
    int older = 0;
    int defective = 0;
    for (int index = 0; index < count; index++) {
      String text = vep(index, targetSize());
      Path file = root.resolve(directory(index)).resolve("vep.md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
      older += olderLayout(index) ? 1 : 0;
      defective += defect(index) != null ? 1 : 0;
    }
    return new Summary(root, count, older, defective, bytes);
  }

  /** A size drawn from the corpus's size distribution (piecewise linear between quantiles). */
  private int targetSize() {
    double u = random.nextDouble();
    for (int i = 1; i < QUANTILES.length; i++) {
      if (u <= QUANTILES[i]) {
        double f = (u - QUANTILES[i - 1]) / (QUANTILES[i] - QUANTILES[i - 1]);
        return (int) (SIZES[i - 1] + f * (SIZES[i] - SIZES[i - 1]));
      }
    }
    return SIZES[SIZES.length - 1];
  }

  /** The text of VEP {@code index}, about {@code size} bytes. */
  String vep(int index, int size) {
    int number = FIRST_NUMBER + index;
    String sig = SIGS.get(index % SIGS.size());
    boolean older = olderLayout(index);
    Defect defect = defect(index);
    String title = capitalize(slug(index).replace('-', ' ')) + " for synthetic workload " + index;
    StringBuilder out = new StringBuilder(size + 2_000);
    if (!older) {
      frontMatter(out, number, title, defect == Defect.UNKNOWN_SIG ? "sig-nowhere" : sig, defect);
    }
    out.append("# VEP #")
        .append(defect == Defect.PLACEHOLDER ? "NNNN" : String.valueOf(number))
        .append(": ")
        .append(title)
        .append("\n\n");
    if (older) {
      statusMetadata(out, defect);
    }
    int bodyBudget = Math.max(200, size - out.length());
    List<String> written = new ArrayList<>(sections);
    if (defect == Defect.MISSING_SECTION) {
      written.remove("Alternatives");
    }
    for (String section : written) {
      out.append("## ").append(section).append("\n\n");
      if (section.equals("Graduation Requirements")) {
        out.append("### Alpha\n\n- Feature gate guards all code changes\n- Initial e2e tests\n\n");
        out.append("### Beta\n\n- Tests run in the regular lanes\n\n### GA\n\n- Two releases as beta\n\n");
        continue;
      }
      if (defect == Defect.EMPTY_SECTION && section.equals("Scalability")) {
        out.append("<!-- Overview of how the design scales -->\n\n");
        continue;
      }
      int weight = section.equals("Design") ? 6 : section.equals("API Examples") ? 3 : 1;
      body(out, section, bodyBudget * weight / (sections.size() + 7), index, defect);
    }
    return out.toString();
  }

  private void frontMatter(StringBuilder out, int number, String title, String sig, Defect defect) {
    boolean implementable = number % 3 == 0 || defect == Defect.TBD_REVIEWERS;
    out.append("---\n")
        .append("title: ").append(title).append('\n')
        .append("vep-number: ").append(number).append('\n')
        .append("creation-date: \"2025-0").append(1 + number % 9).append("-1").append(number % 10)
        .append("\"\n")
        .append("status: ").append(implementable ? "implementable" : "provisional").append('\n')
        .append("authors:\n  - \"@author").append(number % 97).append("\"\n")
        .append("owning-sig: ").append(sig).append('\n')
        .append("participating-sigs: []\n")
        .append("reviewers:\n  - ")
        .append(defect == Defect.TBD_REVIEWERS ? "TBD" : "\"@reviewer" + number % 13 + "\"")
        .append('\n')
        .append("approvers:\n  - \"@approver").append(number % 7).append("\"\n")
        .append("feature-gate: SyntheticFeature").append(number).append('\n')
        .append("stage: alpha\n")
        .append("milestone:\n");
    if (defect == Defect.BETA_BEFORE_ALPHA) {
      out.append("  alpha: \"v1.8\"\n  beta: \"v1.6\"\n");
    } else {
      out.append("  alpha: \"v1.").append(5 + number % 4).append("\"\n");
    }
    out.append("replaces: \"\"\nsuperseded-by: \"\"\n---\n\n");
  }

  private void statusMetadata(StringBuilder out, Defect defect) {
    String alpha = defect == Defect.BETA_BEFORE_ALPHA ? "v1.8" : "v1.5";
    String beta = defect == Defect.BETA_BEFORE_ALPHA ? "v1.6" : "v1.7";
    out.append("## VEP Status Metadata\n\n### Target releases\n\n")
        .append("- This VEP targets alpha for version: ").append(alpha).append('\n')
        .append("- This VEP targets beta for version: ").append(beta).append('\n')
        .append("- This VEP targets GA for version:\n\n")
        .append("### Release Signoff Checklist\n\n")
        .append("Items marked with (R) are required *prior to targeting to a milestone / release*.\n\n")
        .append("- [x] (R) Enhancement issue created, which links to VEP dir in"
            + " [kubevirt/enhancements] (not the initial VEP PR)\n")
        .append("- [x] (R) Alpha target version is explicitly mentioned and approved\n")
        .append("- [x] (R) Beta target version is explicitly mentioned and approved\n")
        .append("- [ ] (R) GA target version is explicitly mentioned and approved\n\n");
  }

  /** About {@code budget} bytes of section content: a mix of paragraphs, lists, code and tables. */
  private void body(StringBuilder out, String section, int budget, int index, Defect defect) {
    int start = out.length();
    out.append("<!-- ").append(section).append(": kept template prompt -->\n\n");
    if (section.equals("Design")) {
      out.append("The feature gate `SyntheticFeature").append(FIRST_NUMBER + index)
          .append("` guards every change.\n\n");
      String link = defect == Defect.BROKEN_LINK ? "../missing/vep.md" : "../../NNNN-vep-template/vep.md";
      out.append("See [the related design](").append(link).append(") and the [upstream issue]")
          .append("(https://github.com/kubevirt/kubevirt/issues/").append(index + 1).append(").\n\n");
    }
    while (out.length() - start < budget) {
      switch (random.nextInt(6)) {
        case 0, 1, 2 -> paragraph(out, 40 + random.nextInt(80));
        case 3 -> {
          for (int i = 0, items = 2 + random.nextInt(5); i < items; i++) {
            out.append("- ");
            sentence(out, 6 + random.nextInt(14));
            out.append('\n');
          }
          out.append('\n');
        }
        case 4 -> {
          out.append("```yaml\napiVersion: kubevirt.io/v1\nkind: VirtualMachine\nspec:\n");
          for (int i = 0, lines = 3 + random.nextInt(12); i < lines; i++) {
            out.append("  ".repeat(1 + i % 3)).append(word()).append(": ").append(word()).append('\n');
          }
          out.append("```\n\n");
        }
        default -> {
          out.append("| field | type | description |\n|---|---|---|\n");
          for (int i = 0, rows = 2 + random.nextInt(5); i < rows; i++) {
            out.append("| `").append(word()).append("` | string | ");
            sentence(out, 5 + random.nextInt(8));
            out.append(" |\n");
          }
          out.append('\n');
        }
      }
    }
  }

  private void paragraph(StringBuilder out, int words) {
    int lineStart = out.length();
    for (int i = 0; i < words; i++) {
      String w = word();
      if (out.length() - lineStart + w.length() > 100) {
        out.append('\n');
        lineStart = out.length();
      } else if (i > 0) {
        out.append(' ');
      }
      out.append(i % 17 == 5 ? "`" + w + "`" : i % 23 == 7 ? "**" + w + "**" : w);
      if (i % 12 == 11) {
        out.append('.');
      }
    }
    out.append(".\n\n");
  }

  private void sentence(StringBuilder out, int words) {
    for (int i = 0; i < words; i++) {
      out.append(i == 0 ? capitalize(word()) : " " + word());
    }
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * Command line: {@code DIR N [SEED]}. Writes the repository and prints one line: VEPs, older
   * layout, defective, bytes.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: SyntheticVeps DIR N [SEED]");
      System.exit(2);
    }
    Summary summary =
        generate(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42L);
    System.out.printf(
        "%s: %d VEPs (%d older layout, %d with a defect), %d bytes%n",
        summary.root(), summary.veps(), summary.olderLayout(), summary.defective(), summary.bytes());
  }
}
