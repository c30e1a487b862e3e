package io.github.veplint.testkit;

import io.github.veplint.lint.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown fixture split into what the linter reads (the text without its expectation markers)
 * and the expectations, with the map from the lines the linter sees back to the fixture's lines.
 *
 * <p>Markers are removed rather than left in place because VEP rules read HTML comments
 * (suppressions, template prompts, empty-section's notion of content), so a marker the linter saw
 * could change the verdict under test; and a blanked line would still split a paragraph or a list.
 * A marker on its own line is therefore removed with its line, a marker at the end of a line is cut
 * together with the white space before it, and positions are translated back for comparison.
 */
final class Fixture {

  /** Where a marker starts: {@code <!--}, optional white space, {@code expect:}. */
  private static final Pattern MARKER_START = Pattern.compile("<!--\\s*expect:");
  private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern POSITION = Pattern.compile("@(?:(\\d+)(?::(\\d+))?|:(\\d+))");

  private final String linted;
  private final List<Expectation> expectations;
  /** {@code originalLine[j - 1]}: the fixture line of linted line {@code j}. */
  private final int[] originalLine;
  private final int originalLineCount;

  private Fixture(String linted, List<Expectation> expectations, int[] originalLine, int originalLineCount) {
    this.linted = linted;
    this.expectations = List.copyOf(expectations);
    this.originalLine = originalLine;
    this.originalLineCount = originalLineCount;
  }

  /** The text as the linter must see it: every marker removed. */
  String linted() {
    return linted;
  }

  /** The expectations, in fixture order. */
  List<Expectation> expectations() {
    return expectations;
  }

  /** The fixture line of a line of the linted text; lines past its end keep their distance. */
  int originalLine(int lintedLine) {
    if (lintedLine >= 1 && lintedLine <= originalLine.length) {
      return originalLine[lintedLine - 1];
    }
    return originalLineCount + Math.max(1, lintedLine - originalLine.length);
  }

  /**
   * Parses the markers of a fixture.
   *
   * @param file the repository-relative path the fixture is linted at, for expectations and errors
   * @throws IllegalArgumentException for a malformed marker, naming its line
   */
  static Fixture parse(String file, String text) {
    List<String> lines = splitKeepingTerminators(text);
    record Pending(int markerLine, boolean ownLine, String body) {}
    List<Pending> pending = new ArrayList<>();
    boolean[] markerOnly = new boolean[lines.size() + 1];
    StringBuilder linted = new StringBuilder();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String line = lines.get(i);
      String terminator = terminator(line);
      String content = line.substring(0, line.length() - terminator.length());
      Matcher start = MARKER_START.matcher(content);
      if (!start.find()) {
        linted.append(line);
        kept.add(lineNumber);
        continue;
      }
      String before = content.substring(0, start.start());
      boolean ownLine = before.isBlank();
      int at = start.start();
      while (at < content.length()) {
        Matcher marker = MARKER_START.matcher(content).region(at, content.length());
        if (!marker.lookingAt()) {
          if (!content.substring(at).isBlank()) {
            throw error(file, lineNumber, "an expect marker must end its line, but '"
                + content.substring(at).strip() + "' follows it");
          }
          break;
        }
        int end = content.indexOf("-->", marker.end());
        if (end < 0) {
          throw error(file, lineNumber, "the expect marker does not end with '-->' on the same line");
        }
        pending.add(new Pending(lineNumber, ownLine, content.substring(marker.end(), end)));
        at = end + 3;
        while (at < content.length() && Character.isWhitespace(content.charAt(at))) {
          at++;
        }
      }
      if (ownLine) {
        markerOnly[lineNumber] = true;
      } else {
        linted.append(before.stripTrailing()).append(terminator);
        kept.add(lineNumber);
      }
    }
    List<Expectation> expectations = new ArrayList<>();
    for (Pending p : pending) {
      int target = p.markerLine();
      if (p.ownLine()) {
        target = p.markerLine() + 1;
        while (target <= lines.size() && markerOnly[target]) {
          target++;
        }
        if (target > lines.size()) {
          target = -1;
        }
      }
      expectations.add(expectation(file, p.markerLine(), target, p.body(), markerOnly));
    }
    return new Fixture(linted.toString(), expectations, kept.stream().mapToInt(Integer::intValue).toArray(), lines.size());
  }

  private static Expectation expectation(String file, int markerLine, int target, String body, boolean[] markerOnly) {
    List<String> tokens = tokens(file, markerLine, body);
    if (tokens.isEmpty() || !RULE_ID.matcher(tokens.get(0)).matches()) {
      throw error(file, markerLine, "an expect marker starts with a rule id, e.g."
          + " <!-- expect: missing-section \"Alternatives\" -->; found '" + body.strip() + "'");
    }
    String ruleId = tokens.get(0);
    Optional<String> message = Optional.empty();
    Optional<Severity> severity = Optional.empty();
    OptionalInt column = OptionalInt.empty();
    boolean positioned = false;
    for (String token : tokens.subList(1, tokens.size())) {
      if (token.startsWith("\"")) {
        if (message.isPresent()) {
          throw error(file, markerLine, "an expect marker takes one quoted message text");
        }
        message = Optional.of(token.substring(1));
      } else if (token.startsWith("severity=")) {
        String label = token.substring("severity=".length());
        if (severity.isPresent()) {
          throw error(file, markerLine, "an expect marker takes one severity");
        }
        severity = Optional.of(Severity.parse(label).orElseThrow(() -> error(file, markerLine,
            "unknown severity '" + label + "': write error, warning or info")));
      } else if (token.startsWith("@")) {
        Matcher position = POSITION.matcher(token);
        if (!position.matches() || positioned) {
          throw error(file, markerLine, positioned ? "an expect marker takes one position"
              : "'" + token + "' is no position: write @LINE, @LINE:COLUMN or @:COLUMN");
        }
        positioned = true;
        if (position.group(1) != null) {
          target = Integer.parseInt(position.group(1));
          if (target < 1 || target >= markerOnly.length || markerOnly[target]) {
            throw error(file, markerLine, "@" + target + " is no line the linter sees"
                + " (past the end, or a line holding only expect markers)");
          }
        }
        String col = position.group(2) != null ? position.group(2) : position.group(3);
        if (col != null) {
          column = OptionalInt.of(Integer.parseInt(col));
          if (column.getAsInt() < 1) {
            throw error(file, markerLine, "columns are 1-based");
          }
        }
      } else {
        throw error(file, markerLine, "'" + token + "' is none of: a quoted message text,"
            + " severity=LEVEL, @LINE[:COLUMN], @:COLUMN");
      }
    }
    if (target < 1) {
      throw error(file, markerLine, "the expect marker is on the last lines, with no line after it"
          + " to expect the finding on: put it at the end of that line, or give @LINE");
    }
    return new Expectation(file, ruleId, target, column, severity, message, markerLine);
  }

  /** White-space separated tokens; a quoted token keeps its opening quote and loses its escapes. */
  private static List<String> tokens(String file, int markerLine, String body) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        StringBuilder text = new StringBuilder("\"");
        i++;
        while (true) {
          if (i >= body.length()) {
            throw error(file, markerLine, "the quoted message text is not closed");
          }
          char q = body.charAt(i++);
          if (q == '"') {
            break;
          }
          if (q == '\\' && i < body.length()) {
            q = body.charAt(i++);
          }
          text.append(q);
        }
        if (i < body.length() && !Character.isWhitespace(body.charAt(i))) {
          throw error(file, markerLine, "put white space after the quoted message text");
        }
        tokens.add(text.toString());
      } else {
        int end = i;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end)) && body.charAt(end) != '"') {
          end++;
        }
        tokens.add(body.substring(i, end));
        i = end;
      }
    }
    return tokens;
  }

  private static List<String> splitKeepingTerminators(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private static String terminator(String line) {
    if (line.endsWith("\r\n")) {
      return "\r\n";
    }
    if (line.endsWith("\n") || line.endsWith("\r")) {
      return line.substring(line.length() - 1);
    }
    return "";
  }

  private static IllegalArgumentException error(String file, int line, String message) {
    return new IllegalArgumentException(file + ":" + line + ": " + message);
  }
}
