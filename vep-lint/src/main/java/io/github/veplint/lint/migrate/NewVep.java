package io.github.veplint.lint.migrate;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.config.ConfigLoader;
import io.github.veplint.lint.config.LintConfig;
import io.github.veplint.lint.files.AtomicFiles;
import io.github.veplint.lint.files.RepositoryRoot;
import io.github.veplint.model.Section;
import io.github.veplint.model.read.VepDirectory;
import io.github.veplint.model.read.VepParser;
import io.github.veplint.model.read.VepRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates a new VEP, {@code <vep-root>/<sig>/<number>-<slug>/vep.md}, from the repository's own
 * template: the template's front matter with the number, title, owning SIG, authors, today's
 * creation date, {@code status: provisional} and {@code TBD} reviewers and approvers filled in, and
 * the keys whose template values are only examples ({@code stage}, {@code milestone}) kept as comments for
 * the author; {@code feature-gate} is the one given or {@code TBD}. A template in the older prose layout (no front
 * matter) gets VEP 282 front matter in the order {@code migrate} writes it. The title line becomes
 * {@code # VEP #N: Title}; the body's prompts stay as they are (HTML comments). The sections the
 * front matter replaces (an older template's "VEP Status Metadata", "Target releases" and "Release
 * Signoff Checklist") are left out: a new VEP records its status and target releases once.
 *
 * <p>Refuses, before writing anything, an existing directory, a number another VEP uses, an unknown
 * SIG and a malformed handle. The file is written atomically.
 */
public final class NewVep {

  /** A GitHub handle with its {@code @}. */
  private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");
  private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*)\\s*:(.*)$");
  /** Template front matter keys whose values are examples, not defaults: kept as comments. */
  private static final Set<String> EXAMPLE_KEYS = Set.of("stage", "milestone");
  private static final int MAX_SLUG = 60;

  /**
   * What to create.
   *
   * @param number the VEP number (the tracking issue's number)
   * @param sig the owning SIG, e.g. {@code sig-compute}
   * @param title the title
   * @param authors GitHub handles with {@code @}; may be empty
   * @param slug the directory name after {@code N-}; empty: from the title
   * @param featureGate the feature gate's name; empty: {@code TBD} for the author to replace
   * @param today the creation date
   */
  public record Request(int number, String sig, String title, List<String> authors, Optional<String> slug,
      Optional<String> featureGate, LocalDate today) {
    /** Copies the list. */
    public Request {
      authors = List.copyOf(authors);
    }
  }

  /**
   * What was created.
   *
   * @param file the new {@code vep.md}
   * @param relativePath its path relative to the repository root
   * @param template the template it was made from, relative to the repository root
   * @param content the bytes written
   */
  public record Created(Path file, String relativePath, String template, byte[] content) {}

  private NewVep() {}

  /**
   * Creates the VEP in the repository that holds {@code path}.
   *
   * @param configFile the configuration file, when not the repository's own
   * @throws ConfigurationException for every refusal (one line); nothing is written then
   */
  public static Created create(Path path, Optional<Path> configFile, Request request) throws IOException {
    Path start = path.toAbsolutePath().normalize();
    if (!Files.isDirectory(start)) {
      throw new ConfigurationException(path + ": no such directory");
    }
    validateBasics(request);
    Path root = RepositoryRoot.find(start);
    LintConfig config = ConfigLoader.forRoot(root, configFile, Optional.empty());
    VepRepository repository = VepRepository.scan(root, config.vepRoots());
    if (repository.vepRoots().isEmpty()) {
      throw new ConfigurationException(root + ": no VEP root found (looked for "
          + String.join(", ", config.vepRoots()) + "/)");
    }
    Path templateFile = config.template().map(root::resolve).filter(Files::isRegularFile)
        .or(repository::template)
        .orElseThrow(() -> new ConfigurationException(root + ": no VEP template found (looked for "
            + repository.vepRoots().get(0).getFileName() + "/NNNN-vep-template/vep.md and 'template' in "
            + LintConfig.FILE_NAME + ")"));
    if (!templateFile.toRealPath().startsWith(root.toRealPath())) {
      throw new ConfigurationException(repository.relativize(templateFile)
          + ": the template is a symbolic link that leads outside the repository; not read");
    }
    String slug = request.slug().orElseGet(() -> slug(request.title()));
    if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new ConfigurationException(request.slug().isPresent()
          ? "--slug: '" + slug + "' is not lower-case words joined by '-', e.g. live-migration-network"
          : "--title: '" + request.title() + "' gives no directory name; pass --slug");
    }
    validateSig(request, config, repository);
    Path sigDirectory = repository.vepRoots().get(0).resolve(request.sig());
    Path directory = sigDirectory.resolve(request.number() + "-" + slug);
    if (Files.exists(directory)) {
      throw new ConfigurationException(repository.relativize(directory) + ": already exists; nothing written");
    }
    validate(request, config, repository);
    String text = readTemplate(templateFile, repository.relativize(templateFile));
    byte[] content = render(text, request).getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(directory);
    Path file = directory.resolve("vep.md");
    AtomicFiles.write(file, content, Optional.empty());
    return new Created(file, repository.relativize(file), repository.relativize(templateFile), content);
  }

  private static void validateSig(Request request, LintConfig config, VepRepository repository) {
    SortedSet<String> sigs = new TreeSet<>(config.sigs().isPresent() ? config.sigs().get() : repository.sigs());
    if (!sigs.contains(request.sig())) {
      throw new ConfigurationException("--sig: unknown SIG '" + request.sig() + "' (valid: "
          + (sigs.isEmpty() ? "none found under " + String.join(", ", config.vepRoots()) + "/" : String.join(", ", sigs)) + ")");
    }
  }

  private static void validateBasics(Request request) {
    if (request.number() <= 0) {
      throw new ConfigurationException("--number: " + request.number() + " is not a VEP number (the tracking issue's number, 1 or more)");
    }
    if (request.title().isBlank() || request.title().contains("\n") || request.title().contains("\r")) {
      throw new ConfigurationException("--title: a title is one non-empty line");
    }
    if (request.featureGate().isPresent() && !request.featureGate().get().matches("[A-Z][A-Za-z0-9]*")) {
      throw new ConfigurationException("--feature-gate: '" + request.featureGate().get()
          + "' is not a KubeVirt feature gate name like LiveMigration");
    }
  }

  private static void validate(Request request, LintConfig config, VepRepository repository) {
    for (String author : request.authors()) {
      if (!HANDLE.matcher(author).matches()) {
        throw new ConfigurationException("--author: '" + author + "' is not a GitHub handle like @octocat");
      }
    }
    for (VepDirectory directory : repository.directories()) {
      if (directory.number().filter(n -> n == request.number()).isPresent()) {
        throw new ConfigurationException("--number: VEP " + request.number() + " already exists ("
            + directory.relativePath() + "); the number is the tracking issue's, one per VEP");
      }
    }
  }

  private static String readTemplate(Path file, String relative) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(VepParser.MAX_FILE_BYTES + 1);
    }
    if (bytes.length > VepParser.MAX_FILE_BYTES) {
      throw new ConfigurationException(relative + ": the template is larger than " + VepParser.MAX_FILE_BYTES + " bytes");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ConfigurationException(relative + ": the template is not UTF-8 text");
    }
  }

  /** The directory name part from a title: lower-case words joined by {@code -}, at most 60 characters. */
  public static String slug(String title) {
    String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > MAX_SLUG) {
      s = s.substring(0, MAX_SLUG);
      int cut = s.lastIndexOf('-');
      s = cut > 0 ? s.substring(0, cut) : s;
    }
    return s;
  }

  /** The new VEP's text from the template's text, in the template's line endings. */
  public static String render(String template, Request request) {
    String eol = template.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(template.replace("\r\n", "\n").split("\n", -1)));
    List<String> out = new ArrayList<>();
    int bodyStart = 0;
    if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
      int end = -1;
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).strip().equals("---") || lines.get(i).strip().equals("...")) {
          end = i;
          break;
        }
      }
      if (end > 0) {
        out.add("---");
        out.addAll(frontMatter(lines.subList(1, end), request));
        out.add("---");
        bodyStart = end + 1;
      }
    }
    if (out.isEmpty()) {
      out.add("---");
      out.addAll(frontMatter(List.of(), request));
      out.add("---");
      out.add("");
    }
    List<String> body = withoutLegacySections(lines.subList(bodyStart, lines.size()));
    String titleLine = "# VEP #" + request.number() + ": " + request.title().strip();
    boolean replaced = false;
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i).matches("#\\s.*")) {
        body.set(i, titleLine);
        replaced = true;
        break;
      }
      if (body.get(i).matches("#{2,6}\\s.*")) {
        break;
      }
    }
    if (!replaced) {
      int at = 0;
      while (at < body.size() && body.get(at).isBlank()) {
        at++;
      }
      body.addAll(at, List.of(titleLine, ""));
    }
    out.addAll(body);
    return String.join(eol, out);
  }

  /**
   * The body without the sections the front matter replaces ("VEP Status Metadata" with its "Target
   * releases" and "Release Signoff Checklist", or those two on their own), each up to the next
   * heading of its level or above: a new VEP holds its status and targets in front matter only, so
   * there is no prose to contradict it once the author fills {@code milestone}.
   */
  private static List<String> withoutLegacySections(List<String> body) {
    List<String> out = new ArrayList<>();
    int droppingLevel = 0;
    boolean fenced = false;
    for (String line : body) {
      String stripped = line.stripLeading();
      if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
        fenced = !fenced;
      }
      int level = fenced ? 0 : headingLevel(line);
      if (level > 0 && droppingLevel > 0 && level <= droppingLevel) {
        droppingLevel = 0;
      }
      if (level > 0 && droppingLevel == 0
          && LegacyDrop.REMOVED.contains(Section.normalize(line.substring(line.indexOf('#') + level)))) {
        droppingLevel = level;
      }
      if (droppingLevel == 0) {
        out.add(line);
      }
    }
    return out;
  }

  /** The level of an ATX heading line (1 to 6), or 0. */
  private static int headingLevel(String line) {
    int indent = 0;
    while (indent < line.length() && indent < 4 && line.charAt(indent) == ' ') {
      indent++;
    }
    int level = 0;
    while (indent + level < line.length() && line.charAt(indent + level) == '#') {
      level++;
    }
    boolean separated = indent + level == line.length() || line.charAt(indent + level) == ' ' || line.charAt(indent + level) == '\t';
    return indent < 4 && level >= 1 && level <= 6 && separated ? level : 0;
  }

  /** One top-level key of the template's front matter with the lines that follow it. */
  private record Entry(String key, String value, String comment, List<String> rest) {}

  private static List<String> frontMatter(List<String> template, Request request) {
    List<String> before = new ArrayList<>();
    List<Object> items = new ArrayList<>();
    Entry current = null;
    for (String line : template) {
      Matcher m = TOP_KEY.matcher(line);
      if (m.matches()) {
        String[] valueAndComment = splitComment(m.group(2));
        current = new Entry(m.group(1), valueAndComment[0].strip(), valueAndComment[1], new ArrayList<>());
        items.add(current);
      } else if (current == null) {
        before.add(line);
      } else if (line.isBlank() || (!line.startsWith(" ") && !line.startsWith("\t") && !line.startsWith("-"))) {
        items.add(line);
        current = null;
      } else {
        current.rest().add(line);
      }
    }
    List<String> out = new ArrayList<>(before);
    Set<String> written = new LinkedHashSet<>();
    for (Object item : items) {
      if (item instanceof String line) {
        out.add(line);
        continue;
      }
      Entry e = (Entry) item;
      written.add(e.key());
      switch (e.key()) {
        case "title" -> out.add("title: " + FrontMatterMigration.yamlString(request.title().strip()) + e.comment());
        case "vep-number" -> out.add("vep-number: " + request.number() + e.comment());
        case "creation-date" -> out.add("creation-date: \"" + request.today() + "\"" + e.comment());
        case "status" -> {
          out.add("status: provisional" + e.comment());
          e.rest().stream().filter(NewVep::isCommentLine).forEach(out::add);
        }
        case "owning-sig" -> {
          out.add("owning-sig: " + request.sig() + e.comment());
          e.rest().stream().filter(NewVep::isCommentLine).forEach(out::add);
        }
        case "authors" -> out.addAll(authors(request, e.comment()));
        case "reviewers", "approvers" -> {
          out.add(e.key() + ":" + e.comment());
          String itemComment = e.rest().stream().filter(l -> l.strip().startsWith("-")).findFirst()
              .map(l -> splitComment(l)[1]).orElse("");
          out.add("  - TBD" + itemComment);
          e.rest().stream().filter(NewVep::isCommentLine).forEach(out::add);
        }
        case "feature-gate" -> {
          out.addAll(featureGate(request, e.comment()));
          e.rest().stream().filter(NewVep::isCommentLine).forEach(out::add);
        }
        default -> {
          if (EXAMPLE_KEYS.contains(e.key())) {
            // The template's value is an example (FeatureName, alpha, "v1.x"): the author decides.
            out.add("# " + e.key() + ":" + (e.value().isEmpty() ? "" : " " + e.value()) + e.comment());
            e.rest().forEach(l -> out.add(isCommentLine(l) ? l : "# " + l));
          } else {
            out.add(e.key() + ":" + (e.value().isEmpty() ? "" : " " + e.value()) + e.comment());
            out.addAll(e.rest());
          }
        }
      }
    }
    if (items.isEmpty()) {
      // The older prose layout: VEP 282 front matter in migrate's order.
      out.add("title: " + FrontMatterMigration.yamlString(request.title().strip()));
      out.add("vep-number: " + request.number());
      out.add("creation-date: \"" + request.today() + "\"");
      out.add("status: provisional");
      out.add("");
      out.addAll(authors(request, ""));
      out.add("");
      out.add("owning-sig: " + request.sig());
      out.add("participating-sigs: []");
      out.add("");
      out.add("reviewers:");
      out.add("  - TBD  # the owning SIG names reviewers after triage; no TBD once implementable");
      out.add("approvers:");
      out.add("  - TBD  # SIG chairs/leads who commit to approving the design; no TBD once implementable");
      out.add("");
      out.addAll(featureGate(request, ""));
      out.add("# stage: alpha  # alpha | beta | ga, the feature's current implementation stage");
      out.add("# milestone:  # the release per stage, e.g. alpha: \"v1.9\"; add alpha once planned");
      out.add("");
      out.add("replaces: \"\"");
      out.add("superseded-by: \"\"");
      return out;
    }
    // Keys VEP 282 requires that the template's front matter lacks go at the end.
    if (!written.contains("title")) {
      out.add("title: " + FrontMatterMigration.yamlString(request.title().strip()));
    }
    if (!written.contains("vep-number")) {
      out.add("vep-number: " + request.number());
    }
    if (!written.contains("creation-date")) {
      out.add("creation-date: \"" + request.today() + "\"");
    }
    if (!written.contains("status")) {
      out.add("status: provisional");
    }
    if (!written.contains("authors")) {
      out.addAll(authors(request, ""));
    }
    if (!written.contains("owning-sig")) {
      out.add("owning-sig: " + request.sig());
    }
    if (!written.contains("feature-gate")) {
      out.addAll(featureGate(request, ""));
    }
    for (String key : List.of("reviewers", "approvers")) {
      if (!written.contains(key)) {
        out.add(key + ":");
        out.add("  - TBD");
      }
    }
    return out;
  }

  private static List<String> authors(Request request, String comment) {
    if (request.authors().isEmpty()) {
      return List.of("authors:" + comment, "  - TBD  # TODO(author): your GitHub handle, e.g. \"@octocat\"");
    }
    List<String> out = new ArrayList<>();
    out.add("authors:" + comment);
    request.authors().forEach(a -> out.add("  - \"" + a + "\""));
    return out;
  }

  private static List<String> featureGate(Request request, String comment) {
    if (request.featureGate().isPresent()) {
      return List.of("feature-gate: " + request.featureGate().get() + comment);
    }
    String todo = "feature-gate: TBD  # TODO(author): the gate's KubeVirt name; or remove this key and justify"
        + " in the body why there is none";
    // The template's own prompt for the key follows on a comment line of its own.
    return comment.isBlank() ? List.of(todo) : List.of(todo, comment.strip());
  }

  private static boolean isCommentLine(String line) {
    return line.strip().startsWith("#");
  }

  /** A YAML line's value and its trailing comment (with the spaces before it), outside quotes. */
  private static String[] splitComment(String text) {
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '"' && !single) {
        dbl = !dbl;
      } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        int start = i;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
          start--;
        }
        String comment = text.substring(start);
        return new String[] {text.substring(0, start), comment.startsWith(" ") || comment.startsWith("\t") ? comment : " " + comment};
      }
    }
    return new String[] {text, ""};
  }
}
