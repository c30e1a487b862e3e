package io.github.veplint.lint.release;

import io.github.veplint.lint.release.ReleaseLoad.Readiness;
import java.util.List;
import java.util.Map;

/**
 * The picture the HTML release view opens with: an inline SVG bar chart, per owning SIG and per
 * stage targeting the release, of its VEPs split by {@link Readiness} (errors, TBD people, other
 * findings, no findings). Plain SVG elements with presentation attributes: no script, no external
 * font, stylesheet or image, so it renders under the page's Content Security Policy ({@code
 * default-src 'none'}). Each bar segment is a {@code rect} carrying {@code data-sig}, {@code
 * data-stage}, {@code data-readiness} and {@code data-count}, with a {@code title} tooltip; each
 * SIG's rows are a {@code g} with {@code data-sig} and its place ({@code data-y}, {@code data-h}), so
 * the release view's script closes the gaps the SIG filter leaves.
 */
public final class ReleaseChart {

  /** The HTML id of the chart's section. */
  public static final String SECTION_ID = "chart";

  static final int LABEL_WIDTH = 190;
  static final int BAR_AREA = 560;
  static final int ROW = 22;
  static final int BAR = 16;
  static final int MAX_UNIT = 36;

  private ReleaseChart() {}

  /** The fill of each readiness. */
  static String color(Readiness readiness) {
    return switch (readiness) {
      case ERRORS -> "#cf222e";
      case TBD_PEOPLE -> "#d4a72c";
      case FINDINGS -> "#54aeff";
      case READY -> "#2da44e";
    };
  }

  /** The chart's {@code section}, or a sentence when no VEP targets the release. */
  public static String section(ReleaseView view) {
    StringBuilder html = new StringBuilder();
    html.append("<section id=\"").append(SECTION_ID).append("\"><h2>KubeVirt ").append(escape(view.release().toString()))
        .append(" by owning SIG, stage and readiness</h2>\n");
    ReleaseLoad load = view.load();
    if (load.sigs().isEmpty()) {
      html.append("<p class=\"muted\">No VEP targets ").append(escape(view.release().toString())).append(".</p></section>\n");
      return html.toString();
    }
    int max = 1;
    int rows = 0;
    for (ReleaseLoad.SigLoad sig : load.sigs()) {
      rows++;
      for (int count : sig.byStage().values()) {
        max = Math.max(max, count);
        rows++;
      }
    }
    int unit = Math.max(1, Math.min(MAX_UNIT, BAR_AREA / max));
    int width = LABEL_WIDTH + unit * max + 60;
    int legend = 28;
    int height = legend + rows * ROW + 8;
    String title = "VEPs targeting KubeVirt " + view.release() + " per owning SIG and stage, by readiness";
    html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"release-chart\" role=\"img\" aria-labelledby=\"release-chart-title\"")
        .append(" width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" font-size=\"12\">\n");
    html.append("<title id=\"release-chart-title\">").append(escape(title)).append("</title>\n");
    int x = 0;
    for (Readiness r : Readiness.values()) {
      html.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"").append(color(r))
          .append("\" data-legend=\"").append(r.jsonName()).append("\"/>");
      html.append("<text x=\"").append(x + 16).append("\" y=\"14\">").append(escape(r.label())).append("</text>\n");
      x += 24 + 8 * r.label().length();
    }
    int y = legend;
    for (ReleaseLoad.SigLoad sig : load.sigs()) {
      html.append("<g data-sig=\"").append(escape(sig.sig())).append("\" data-y=\"").append(y).append("\" data-h=\"")
          .append((1 + sig.byStage().size()) * ROW).append("\">\n");
      html.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-weight=\"bold\">").append(escape(sig.sig()))
          .append(" (").append(sig.veps()).append(sig.veps() == 1 ? " VEP" : " VEPs").append(")</text>\n");
      y += ROW;
      for (Map.Entry<String, Integer> stage : sig.byStage().entrySet()) {
        html.append("<text x=\"16\" y=\"").append(y + 13).append("\">").append(escape(stage.getKey())).append("</text>\n");
        int at = LABEL_WIDTH;
        for (Map.Entry<Readiness, Integer> part : sig.readiness().get(stage.getKey()).entrySet()) {
          int w = part.getValue() * unit;
          html.append("<rect x=\"").append(at).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
              .append("\" height=\"").append(BAR).append("\" fill=\"").append(color(part.getKey()))
              .append("\" data-sig=\"").append(escape(sig.sig())).append("\" data-stage=\"").append(escape(stage.getKey()))
              .append("\" data-readiness=\"").append(part.getKey().jsonName()).append("\" data-count=\"")
              .append(part.getValue()).append("\"><title>").append(escape(sig.sig() + " " + stage.getKey() + ": "
                  + part.getValue() + " " + part.getKey().label())).append("</title></rect>\n");
          at += w;
        }
        html.append("<text x=\"").append(at + 6).append("\" y=\"").append(y + 14).append("\">")
            .append(stage.getValue()).append("</text>\n");
        y += ROW;
      }
      html.append("</g>\n");
    }
    html.append("</svg></section>\n");
    return html.toString();
  }

  /** The HTML id of the per-person chart. */
  public static final String PEOPLE_CHART_ID = "people-chart";

  /**
   * The per-person chart: one bar per named reviewer and approver, stacked by role (reviewing,
   * approving), each role's part split per owning SIG ({@code data-sig}, {@code data-role}, {@code
   * data-count} on each {@code rect}), so the SIG filter shows a SIG's share of each person's load;
   * each person's row is a {@code g} with the person's load per SIG ({@code data-load}) and its
   * place ({@code data-y}, {@code data-h}), so the release view's script shows the load within the
   * SIG, hides people without any and closes the gaps.
   */
  public static String people(ReleaseView view) {
    ReleaseLoad load = view.load();
    StringBuilder html = new StringBuilder();
    html.append("<section id=\"people\"><h2>Review load per person, by role</h2>\n");
    if (load.people().isEmpty()) {
      html.append("<p class=\"muted\">No VEP of the release names a reviewer or approver yet (front matter, or the"
          + " board's ").append(escape(view.checkIn().settings().reviewerField())).append(" field).</p></section>\n");
      return html.toString();
    }
    Map<String, String> sigOf = new java.util.HashMap<>();
    view.veps().forEach(i -> sigOf.put(MarkdownReleaseView.name(i), i.sig()));
    int max = load.people().stream().mapToInt(p -> p.reviewing().size() + p.approving().size()).max().orElse(1);
    int unit = Math.max(1, Math.min(MAX_UNIT, BAR_AREA / Math.max(1, max)));
    int width = LABEL_WIDTH + unit * max + 60;
    int height = 28 + load.people().size() * ROW + 8;
    html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(PEOPLE_CHART_ID)
        .append("\" role=\"img\" aria-label=\"Review load per person, by role\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" font-size=\"12\">\n");
    html.append("<rect x=\"0\" y=\"4\" width=\"12\" height=\"12\" fill=\"").append(REVIEWING)
        .append("\"/><text x=\"16\" y=\"14\">reviewing</text><rect x=\"96\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
        .append(APPROVING).append("\"/><text x=\"112\" y=\"14\">approving</text>\n");
    int y = 28;
    for (ReleaseLoad.PersonLoad person : load.people()) {
      html.append("<g data-person=\"").append(escape(person.handle())).append("\" data-load=\"")
          .append(escape(HtmlReleaseView.loadAttribute(person, sigOf))).append("\" data-y=\"").append(y)
          .append("\" data-h=\"").append(ROW).append("\">\n");
      html.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(escape(person.handle())).append("</text>\n");
      int at = LABEL_WIDTH;
      for (String role : List.of("reviewing", "approving")) {
        Map<String, Integer> bySig = new java.util.TreeMap<>();
        (role.equals("reviewing") ? person.reviewing() : person.approving())
            .forEach(v -> bySig.merge(sigOf.getOrDefault(v, ReleaseLoad.NO_SIG), 1, Integer::sum));
        for (Map.Entry<String, Integer> part : bySig.entrySet()) {
          int w = part.getValue() * unit;
          html.append("<rect x=\"").append(at).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
              .append("\" height=\"").append(BAR).append("\" fill=\"").append(role.equals("reviewing") ? REVIEWING : APPROVING)
              .append("\" stroke=\"#fff\" data-person=\"").append(escape(person.handle())).append("\" data-role=\"").append(role)
              .append("\" data-sig=\"").append(escape(part.getKey())).append("\" data-count=\"").append(part.getValue())
              .append("\"><title>").append(escape(person.handle() + " " + role + " " + part.getValue() + " in "
                  + part.getKey())).append("</title></rect>\n");
          at += w;
        }
      }
      html.append("<text class=\"total\" x=\"").append(at + 6).append("\" y=\"").append(y + 14).append("\">")
          .append(person.load()).append("</text>\n</g>\n");
      y += ROW;
    }
    html.append("</svg></section>\n");
    return html.toString();
  }

  static final String REVIEWING = "#54aeff";
  static final String APPROVING = "#8250df";

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
