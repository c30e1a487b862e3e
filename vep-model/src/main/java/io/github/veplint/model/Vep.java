package io.github.veplint.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One parsed VEP markdown file: its location, structure, metadata and any problems met while
 * reading it. Immutable and safe to share between threads.
 *
 * @param location what the path says (SIG directory, number, slug, file name)
 * @param layout whether the file uses front matter or the older prose layout
 * @param frontMatter the front matter block, when the file opens with {@code ---}
 * @param title the title heading, when the first level-1 heading is one (a first heading such as
 *     {@code # Overview}, a template section at the wrong level, is not)
 * @param sections the heading tree's roots, in document order; headings in code blocks, block
 *     quotes and lists are not sections
 * @param metadata the merged metadata
 * @param legacy what the older prose layout says, read whatever the layout
 * @param links links and images in the body
 * @param comments HTML comments in the body
 * @param lines the file's lines without line terminators (after decoding, without a byte-order
 *     mark); line {@code n} is {@code lines.get(n - 1)}
 * @param problems what kept the parser from reading the file fully, in file order
 * @param prose the lines with what is not prose blanked (see {@link Prose}): of {@code lines}, with
 *     the body starting after the front matter; the constructor without it makes it
 */
public record Vep(
    VepLocation location,
    Layout layout,
    Optional<FrontMatter> frontMatter,
    Optional<VepTitle> title,
    List<Section> sections,
    VepMetadata metadata,
    LegacyMetadata legacy,
    List<Link> links,
    List<HtmlComment> comments,
    List<String> lines,
    List<ParseProblem> problems,
    Prose prose) {

  /** The two ways a VEP records its metadata. */
  public enum Layout {
    /** YAML front matter, as specified by VEP 282. */
    FRONT_MATTER,
    /** The "VEP Status Metadata" prose section, the title heading and the path. */
    LEGACY
  }

  /**
   * Copies the lists so the record stays immutable.
   *
   * @param location what the path says (SIG directory, number, slug, file name)
   * @param layout whether the file uses front matter or the older prose layout
   * @param frontMatter the front matter block, when the file opens with {@code ---}
   * @param title the title heading, when the first level-1 heading is one (a first heading such as
   *     {@code # Overview}, a template section at the wrong level, is not)
   * @param sections the heading tree's roots, in document order; headings in code blocks, block
   *     quotes and lists are not sections
   * @param metadata the merged metadata
   * @param legacy what the older prose layout says, read whatever the layout
   * @param links links and images in the body
   * @param comments HTML comments in the body
   * @param lines the file's lines without line terminators (after decoding, without a byte-order
   *     mark); line {@code n} is {@code lines.get(n - 1)}
   * @param problems what kept the parser from reading the file fully, in file order
   * @param prose the lines with what is not prose blanked (see {@link Prose}): of {@code lines},
   *     with the body starting after the front matter; the constructor without it makes it
   * @throws IllegalArgumentException when {@code prose} is not that of {@code lines} and {@code
   *     frontMatter}
   */
  public Vep {
    sections = List.copyOf(sections);
    links = List.copyOf(links);
    comments = List.copyOf(comments);
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
    if (!prose.isOf(lines, firstBodyLine(frontMatter))) {
      throw new IllegalArgumentException("prose of other lines than the VEP's: " + prose);
    }
  }

  /**
   * A VEP whose {@link #prose()} is made from its lines and front matter (the blanking is worked out
   * when first asked for). The parameters are the record's, without {@code prose}.
   *
   * @param location what the path says (SIG directory, number, slug, file name)
   * @param layout whether the file uses front matter or the older prose layout
   * @param frontMatter the front matter block, when the file opens with {@code ---}
   * @param title the title heading, when the first level-1 heading is one (a first heading such as
   *     {@code # Overview}, a template section at the wrong level, is not)
   * @param sections the heading tree's roots, in document order; headings in code blocks, block
   *     quotes and lists are not sections
   * @param metadata the merged metadata
   * @param legacy what the older prose layout says, read whatever the layout
   * @param links links and images in the body
   * @param comments HTML comments in the body
   * @param lines the file's lines without line terminators (after decoding, without a byte-order
   *     mark); line {@code n} is {@code lines.get(n - 1)}
   * @param problems what kept the parser from reading the file fully, in file order
   */
  public Vep(
      VepLocation location,
      Layout layout,
      Optional<FrontMatter> frontMatter,
      Optional<VepTitle> title,
      List<Section> sections,
      VepMetadata metadata,
      LegacyMetadata legacy,
      List<Link> links,
      List<HtmlComment> comments,
      List<String> lines,
      List<ParseProblem> problems) {
    this(
        location, layout, frontMatter, title, sections, metadata, legacy, links, comments, lines,
        problems, Prose.of(lines, firstBodyLine(frontMatter)));
  }

  private static int firstBodyLine(Optional<FrontMatter> frontMatter) {
    return frontMatter.map(f -> f.endLine() + 1).orElse(1);
  }

  /**
   * Every section, depth first, in document order.
   *
   * @return the sections of every level
   */
  public List<Section> allSections() {
    return sections.stream().flatMap(s -> s.flatten().stream()).toList();
  }

  /**
   * The sections at one heading level, in document order.
   *
   * @param level the heading level, 1 for {@code #}
   * @return the sections at that level
   */
  public List<Section> sectionsAtLevel(int level) {
    return allSections().stream().filter(s -> s.level() == level).toList();
  }

  /**
   * The first section, at any level, whose heading matches {@code name} by {@link Section#normalize}.
   *
   * @param name a heading, compared in its {@link Section#normalize normalized} form
   * @return the section; empty when there is none
   */
  public Optional<Section> section(String name) {
    String wanted = Section.normalize(name);
    return allSections().stream().filter(s -> Section.normalize(s.text()).equals(wanted)).findFirst();
  }

  /**
   * Whether this is a process VEP (it lives under {@code meta-VEPs/}).
   *
   * @return true for a VEP under {@code meta-VEPs/}
   */
  public boolean isProcessVep() {
    return location.isProcessVep();
  }

  /**
   * The text of one line, 1-based; empty for a line outside the file.
   *
   * @param number a 1-based line number
   * @return the line as written; empty outside the file
   */
  public String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  /**
   * Whether any problem kept the file from being read fully.
   *
   * @return true when the file has a parse problem
   */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /**
   * The problems of one kind.
   *
   * @param kind the kind of problem
   * @return the file's problems of that kind, in file order
   */
  public Stream<ParseProblem> problems(ParseProblem.Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind);
  }
}
