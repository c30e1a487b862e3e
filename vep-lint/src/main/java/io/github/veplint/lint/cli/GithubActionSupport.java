package io.github.veplint.lint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.config.FailOn;
import io.github.veplint.lint.config.LintConfig;
import io.github.veplint.lint.config.RuleSetting;
import io.github.veplint.lint.config.RunOptions;
import io.github.veplint.lint.files.RepositoryRoot;
import io.github.veplint.lint.spi.Rule;
import io.github.veplint.model.Located;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The GitHub Action's helper, run by {@code .github/action/run.sh} as {@code java -cp vep-lint.jar
 * io.github.veplint.lint.cli.GithubActionSupport COMMAND …}, so the script needs neither jq nor
 * Python to read JSON: the event payload, vep-lint's JSON report and GitHub REST API responses.
 * Not part of the command line: its arguments and output are the script's, and may change with it.
 *
 * <ul>
 *   <li>{@code event FILE}: {@code key=value} lines from an event payload: {@code number}, {@code
 *       base}, {@code head} and one {@code label} per label of a pull request; {@code before} of a
 *       push (not for a new branch). Commit ids are checked to be hex; labels with control
 *       characters are dropped.
 *   <li>{@code facts --report JSON [--config FILE] [--fail-on LEVEL] [--label NAME --labels-json FILE]
 *       PATH…}: {@code fail-on=LEVEL}
 *       (the effective one), and for each linted main {@code vep.md} with valid front matter (no
 *       front matter finding) {@code front-matter=FILE} and, when it has a {@code vep-number},
 *       {@code vep=NUMBER<TAB>FILE<TAB>LINE<TAB>COL}; with {@code --labels-json} the request body
 *       that adds the label.
 *   <li>{@code report --report JSON --out FILE [--comment-json FILE --marker TEXT] [--extra TSV]
 *       [--base REF] [--changed-only] [--schedule] [--status N] [--context TEXT] [--config FILE]
 *       PATH…}: the
 *       Markdown report, one entry per linted file (with {@code --changed-only}; else per file with
 *       findings), every check that ran with pass or fail and its fix. {@code --extra} adds findings
 *       the script made itself ({@code RULE<TAB>SEVERITY<TAB>FILE<TAB>LINE<TAB>COL<TAB>MESSAGE});
 *       {@code --comment-json} writes the PR comment's request body (the marker, then the report).
 *       Prints {@code errors=}, {@code warnings=}, {@code infos=} including those.
 *   <li>{@code comment-id MARKER FILE…}: the id of the first comment in these pages of {@code GET
 *       /repos/…/issues/N/comments} whose body contains the marker; nothing when none does.
 *   <li>{@code json-body FILE}: {@code {"body": …}} with the file's text, for {@code POST}/{@code
 *       PATCH} of a comment.
 *   <li>{@code labels-body NAME}: {@code {"labels": [NAME]}}.
 * </ul>
 *
 * Exit status 0, or 2 with one line on standard error.
 */
public final class GithubActionSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
  private static final Pattern ZEROS = Pattern.compile("0+");
  /** A GitHub comment holds at most 65 536 characters; the report stops well before. */
  static final int MAX_REPORT = 60_000;
  private static final Set<String> FRONT_MATTER_RULES = Set.of("frontmatter-missing", "frontmatter-syntax",
      "frontmatter-schema");
  /** Rules that do something only with {@code --base}, or only with a release schedule. */
  private static final Set<String> NEED_BASE = Set.of("status-transition");
  private static final Set<String> NEED_SCHEDULE = Set.of("vep-freeze", "future-target");

  private GithubActionSupport() {}

  /** Runs one command and exits with its status. */
  public static void main(String[] args) {
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, System.err));
  }

  /** Runs one command; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println("vep-lint action: missing command");
      return 2;
    }
    List<String> rest = List.of(args).subList(1, args.length);
    try {
      switch (args[0]) {
        case "event" -> event(Path.of(rest.get(0)), out);
        case "facts" -> facts(new Options(rest), out);
        case "report" -> report(new Options(rest), out);
        case "comment-id" -> commentId(rest.get(0), rest.subList(1, rest.size()), out);
        case "json-body" -> out.print(JSON.writeValueAsString(
            JSON.createObjectNode().put("body", Files.readString(Path.of(rest.get(0)), StandardCharsets.UTF_8))));
        case "labels-body" -> {
          ObjectNode body = JSON.createObjectNode();
          body.putArray("labels").add(rest.get(0));
          out.print(JSON.writeValueAsString(body));
        }
        default -> throw new IllegalArgumentException("unknown command " + args[0]);
      }
      out.flush();
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("vep-lint action: " + args[0] + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
      return 2;
    }
  }

  /** {@code --name value} options, {@code --flag} switches and positional paths. */
  static final class Options {
    final Map<String, String> values = new LinkedHashMap<>();
    final List<String> paths = new ArrayList<>();

    Options(List<String> args) {
      Set<String> flags = Set.of("--changed-only", "--schedule");
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (flags.contains(arg)) {
          values.put(arg, "true");
        } else if (arg.startsWith("--") && i + 1 < args.size()) {
          values.put(arg, args.get(++i));
        } else {
          paths.add(arg);
        }
      }
      if (paths.isEmpty()) {
        paths.add(".");
      }
    }

    Optional<String> get(String name) {
      return Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty());
    }

    String require(String name) {
      return get(name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
    }

    /** {@code --fail-on}, parsed by {@link RunOptions#failOn}; a bad value names the option. */
    Optional<FailOn> failOn() {
      Optional<String> value = get("--fail-on");
      try {
        return value.map(RunOptions::failOn);
      } catch (RunOptions.InvalidOption e) {
        throw new IllegalArgumentException("--fail-on: " + e.getMessage(), e);
      }
    }
  }

  // --- event -------------------------------------------------------------------------------

  static void event(Path file, PrintStream out) throws IOException {
    JsonNode event = JSON.readTree(file.toFile());
    JsonNode pr = event.path("pull_request");
    if (pr.isObject()) {
      if (pr.path("number").canConvertToInt()) {
        out.println("number=" + pr.path("number").asInt());
      }
      sha(pr.path("base").path("sha")).ifPresent(s -> out.println("base=" + s));
      sha(pr.path("head").path("sha")).ifPresent(s -> out.println("head=" + s));
      for (JsonNode label : pr.path("labels")) {
        String name = label.path("name").asText("");
        if (!name.isEmpty() && name.chars().noneMatch(Character::isISOControl)) {
          out.println("label=" + name);
        }
      }
      return;
    }
    sha(event.path("before")).filter(s -> !ZEROS.matcher(s).matches()).ifPresent(s -> out.println("before=" + s));
  }

  private static Optional<String> sha(JsonNode node) {
    return Optional.of(node.asText("")).map(s -> s.toLowerCase(Locale.ROOT)).filter(s -> SHA.matcher(s).matches());
  }

  // --- facts -------------------------------------------------------------------------------

  /** What the script needs to decide on the label and the tracking-issue check. */
  static void facts(Options options, PrintStream out) throws IOException {
    // Parsed as check parses it (RunOptions), before anything is read, so the script compares a
    // canonical value and a bad one is the same usage error here as there.
    Optional<FailOn> given = options.failOn();
    JsonNode report = JSON.readTree(Path.of(options.require("--report")).toFile());
    Context context = new Context(options);
    FailOn failOn = given.or(() -> context.config.failOn()).orElse(FailOn.ERROR);
    out.println("fail-on=" + failOn.name().toLowerCase(Locale.ROOT));
    Optional<String> labelsJson = options.get("--labels-json");
    if (labelsJson.isPresent()) {
      ObjectNode body = JSON.createObjectNode();
      body.putArray("labels").add(options.require("--label"));
      Files.writeString(Path.of(labelsJson.get()), JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    }
    Set<String> badFrontMatter = new java.util.HashSet<>();
    for (JsonNode finding : report.path("findings")) {
      if (FRONT_MATTER_RULES.contains(finding.path("rule").asText())) {
        badFrontMatter.add(finding.path("file").asText());
      }
    }
    for (JsonNode fileNode : report.path("files")) {
      String file = fileNode.asText();
      if (!file.endsWith("/vep.md") || badFrontMatter.contains(file)) {
        continue;
      }
      Path path = context.root.resolve(file);
      Optional<Path> vepRoot = context.config.vepRoots().stream().map(context.root::resolve)
          .filter(path::startsWith).findFirst();
      if (vepRoot.isEmpty() || !Files.isRegularFile(path)) {
        continue;
      }
      Vep vep = VepParser.parse(context.root, vepRoot.get(), path);
      if (vep.layout() != Vep.Layout.FRONT_MATTER || vep.frontMatter().isEmpty()) {
        continue;
      }
      String shown = context.prefix + file;
      out.println("front-matter=" + shown);
      Optional<Located<Integer>> number = vep.frontMatter().get().entry("vep-number").isPresent()
          ? vep.metadata().number() : Optional.empty();
      number.filter(n -> n.value() > 0).ifPresent(n -> out.println("vep=" + n.value() + "\t" + shown + "\t"
          + n.position().line() + "\t" + n.position().column()));
    }
  }

  /** The repository, its configuration and the rules, as the lint run saw them. */
  static final class Context {
    final Path root;
    final LintConfig config;
    final List<Rule> rules;
    /** The repository root relative to the workspace, with a trailing '/', as annotations name files. */
    final String prefix;

    Context(Options options) {
      Path first = Path.of(options.paths.get(0)).toAbsolutePath().normalize();
      root = RepositoryRoot.find(first);
      VepLinter.Builder builder = VepLinter.builder();
      options.get("--config").ifPresent(c -> builder.configFile(Path.of(c)));
      VepLinter linter = builder.build();
      config = linter.loadConfig(root);
      rules = linter.rules();
      String workspace = Optional.ofNullable(System.getenv("GITHUB_WORKSPACE")).filter(w -> !w.isBlank()).orElse("");
      String relative = "";
      if (!workspace.isEmpty()) {
        Path ws = Path.of(workspace).toAbsolutePath().normalize();
        if (root.startsWith(ws) && !root.equals(ws)) {
          relative = ws.relativize(root).toString().replace('\\', '/') + "/";
        }
      }
      prefix = relative;
    }
  }

  // --- report ------------------------------------------------------------------------------

  record Item(String rule, String severity, String file, int line, int column, String message) {}

  static void report(Options options, PrintStream out) throws IOException {
    JsonNode report = JSON.readTree(Path.of(options.require("--report")).toFile());
    Context context = new Context(options);
    List<Item> items = new ArrayList<>();
    for (JsonNode f : report.path("findings")) {
      items.add(new Item(f.path("rule").asText(), f.path("severity").asText(), f.path("file").asText(""),
          f.path("line").asInt(1), f.path("column").asInt(1), f.path("message").asText("")));
    }
    List<String> files = new ArrayList<>();
    report.path("files").forEach(n -> files.add(n.asText()));
    Optional<String> extra = options.get("--extra");
    if (extra.isPresent() && Files.isRegularFile(Path.of(extra.get()))) {
      for (String line : Files.readAllLines(Path.of(extra.get()), StandardCharsets.UTF_8)) {
        String[] cells = line.split("\t", 6);
        if (cells.length == 6) {
          String file = cells[2].startsWith(context.prefix) ? cells[2].substring(context.prefix.length()) : cells[2];
          items.add(new Item(cells[0], cells[1], file, Integer.parseInt(cells[3]), Integer.parseInt(cells[4]), cells[5]));
        }
      }
    }
    int errors = count(items, "error");
    int warnings = count(items, "warning");
    int infos = count(items, "info");
    boolean changedOnly = options.get("--changed-only").isPresent();
    boolean base = options.get("--base").isPresent();
    boolean schedule = options.get("--schedule").isPresent() || context.config.schedule().isPresent();
    int status = Integer.parseInt(options.get("--status").orElse("0"));

    StringBuilder md = new StringBuilder();
    md.append("## vep-lint\n\n");
    String verdict = status == 0 ? ":white_check_mark:" : ":x:";
    md.append(verdict).append(' ').append(files.size()).append(changedOnly ? " changed" : "")
        .append(files.size() == 1 ? " file" : " files").append(" checked");
    options.get("--base").ifPresent(b -> md.append(" against `").append(b, 0, Math.min(12, b.length())).append('`'));
    md.append(": ").append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"))
        .append(", ").append(infos).append(" info");
    options.get("--context").ifPresent(c -> md.append(" (").append(cell(c)).append(')'));
    md.append(".\n");
    if (!base) {
      md.append("\n_No base revision: `status-transition` and the checks of what is new did not run._\n");
    }
    if (!schedule) {
      md.append("\n_No release schedule: `vep-freeze` and `future-target` did not run._\n");
    }
    long fixable = report.path("summary").path("fixable").asLong(0);
    if (fixable > 0) {
      md.append("\n:wrench: ").append(plural((int) fixable, "finding")).append(fixable == 1 ? " has" : " have")
          .append(" a mechanical fix: run `vep-lint fix` (`java -jar vep-lint.jar fix`) on your branch and push,")
          .append(" or `vep-lint fix --dry-run --diff` to see it first.\n");
    }

    List<String> entries = new ArrayList<>();
    for (String file : files) {
      if (changedOnly || items.stream().anyMatch(i -> i.file().equals(file) && !i.severity().equals("info"))) {
        entries.add(file);
      }
    }
    if (items.stream().anyMatch(i -> i.file().isEmpty())) {
      entries.add("");
    }
    if (!changedOnly && entries.size() < files.size()) {
      md.append("\n").append(files.size() - entries.size())
          .append(" files without errors or warnings are not listed.\n");
    }
    int shown = 0;
    for (String file : entries) {
      StringBuilder entry = new StringBuilder();
      entry(entry, file, items, context, base, schedule, entries.size() <= 5);
      if (md.length() + entry.length() > MAX_REPORT) {
        md.append("\n… ").append(entries.size() - shown)
            .append(" more entries cut to fit; the annotations and the log have every finding.\n");
        break;
      }
      md.append(entry);
      shown++;
    }
    Files.writeString(Path.of(options.require("--out")), md.toString(), StandardCharsets.UTF_8);
    // The PR comment's request body: the hidden marker, then the same report.
    Optional<String> commentJson = options.get("--comment-json");
    if (commentJson.isPresent()) {
      String body = options.get("--marker").map(m -> m + "\n").orElse("") + md;
      Files.writeString(Path.of(commentJson.get()), JSON.writeValueAsString(JSON.createObjectNode().put("body", body)),
          StandardCharsets.UTF_8);
    }
    out.println("errors=" + errors);
    out.println("warnings=" + warnings);
    out.println("infos=" + infos);
  }

  private static void entry(StringBuilder md, String file, List<Item> items, Context context, boolean base,
      boolean schedule, boolean openPassed) {
    List<Item> mine = items.stream().filter(i -> i.file().equals(file)).toList();
    String icon = mine.stream().anyMatch(i -> i.severity().equals("error")) ? "❌"
        : mine.stream().anyMatch(i -> i.severity().equals("warning")) ? "⚠️" : "✅";
    md.append("\n### ").append(icon).append(' ')
        .append(file.isEmpty() ? "the repository as a whole" : "`" + context.prefix + file + "`").append("\n\n");
    // The checks that ran: every enabled rule for a main vep.md (rules that need a base or a
    // schedule only when there was one), the rules with findings for any other file.
    List<String> ran = new ArrayList<>();
    boolean main = file.endsWith("/vep.md") || file.equals("vep.md");
    if (main) {
      for (Rule rule : context.rules) {
        boolean off = context.config.settingFor(rule.id(), file).map(s -> s == RuleSetting.OFF).orElse(false);
        if (off || (!base && NEED_BASE.contains(rule.id())) || (!schedule && NEED_SCHEDULE.contains(rule.id()))) {
          continue;
        }
        ran.add(rule.id());
      }
    }
    for (Item item : mine) {
      if (!ran.contains(item.rule())) {
        ran.add(item.rule());
      }
    }
    md.append("| check | result | finding | how to fix |\n| --- | --- | --- | --- |\n");
    List<String> passed = new ArrayList<>();
    for (String rule : ran) {
      List<Item> found = mine.stream().filter(i -> i.rule().equals(rule)).toList();
      if (found.isEmpty()) {
        passed.add(rule);
        continue;
      }
      String fix = context.rules.stream().filter(r -> r.id().equals(rule)).findFirst()
          .map(r -> cell(r.summary()) + " (`vep-lint explain " + rule + "`)").orElse("see the message");
      for (Item item : found) {
        String result = switch (item.severity()) {
          case "error" -> "❌ fail";
          case "warning" -> "⚠️ warning";
          default -> "ℹ️ info";
        };
        String where = file.isEmpty() ? "" : "line " + item.line() + ":" + item.column() + ": ";
        md.append("| `").append(rule).append("` | ").append(result).append(" | ").append(where)
            .append(cell(item.message())).append(" | ").append(fix).append(" |\n");
      }
    }
    if (mine.isEmpty() && passed.isEmpty()) {
      md.append("| (none) | ✅ pass | no findings | |\n");
    }
    if (!passed.isEmpty()) {
      if (openPassed) {
        for (String rule : passed) {
          md.append("| `").append(rule).append("` | ✅ pass | | |\n");
        }
      } else {
        md.append("\n<details><summary>").append(passed.size()).append(" checks passed</summary>\n\n")
            .append(String.join(", ", passed.stream().map(r -> "`" + r + "`").toList()))
            .append("\n\n</details>\n");
      }
    }
  }

  private static int count(List<Item> items, String severity) {
    return (int) items.stream().filter(i -> i.severity().equals(severity)).count();
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** Text for a Markdown table cell: one line, no cell break, no HTML. */
  static String cell(String text) {
    return text.replaceAll("[\\r\\n]+", " ").replace("\\", "\\\\").replace("|", "\\|")
        .replace("<", "&lt;").replace(">", "&gt;");
  }

  // --- comments ----------------------------------------------------------------------------

  static void commentId(String marker, List<String> pages, PrintStream out) throws IOException {
    for (String page : pages) {
      JsonNode comments = JSON.readTree(Path.of(page).toFile());
      for (JsonNode comment : comments) {
        if (comment.path("body").asText("").contains(marker) && comment.path("id").canConvertToLong()) {
          out.println(comment.path("id").asLong());
          return;
        }
      }
    }
  }
}
