package io.github.veplint.lint.config;

import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.YamlNode;
import io.github.veplint.model.read.BoundedFetch;
import io.github.veplint.model.read.YamlDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The SIG list of {@code sigs-from}: the SIGs of a kubevirt/community-style {@code sigs.yaml}, the
 * community's authoritative list. Each entry of its top-level {@code sigs} list names its directory
 * in {@code dir} ({@code sig-compute}); an entry without one counts by its {@code label} ({@code
 * sig/documentation} is {@code sig-documentation}); other entries (working groups, committees) are
 * not SIGs.
 *
 * <p>The source is a file in the repository (relative to its root; a path or symbolic link leading
 * out is refused) or an {@code http(s)} URL, fetched only when network use is allowed, with {@link
 * BoundedFetch} as release schedules are. A local file that cannot be read is the user's to fix (a
 * {@link ConfigurationException}: one line, with the file and line); a URL that is not allowed,
 * cannot be fetched or holds no list belongs to another repository, so the run goes on with the SIG
 * directories and says why ({@link Loaded#problem}).
 */
public final class SigList {

  private static final long MAX_BYTES = 1 << 20;
  private static final Pattern SIG_NAME = Pattern.compile("^sig-[a-z0-9]+(-[a-z0-9]+)*$");

  private SigList() {}

  /**
   * What {@link #load} found.
   *
   * @param sigs the SIG names, sorted; empty when the list could not be had from a URL
   * @param problem why a URL gave no list, for a run note
   */
  public record Loaded(Optional<SortedSet<String>> sigs, Optional<String> problem) {}

  /** Whether a source is a URL rather than a path. */
  public static boolean isUrl(String source) {
    String trimmed = source.strip();
    return trimmed.startsWith("http://") || trimmed.startsWith("https://");
  }

  /**
   * Reads the SIG list.
   *
   * @param source the {@code sigs-from} value
   * @param root the repository root
   * @param allowNetwork whether a URL may be fetched
   * @param config the configuration file that named the source, for messages
   * @throws ConfigurationException when a file in the repository is missing, leads outside it, or
   *     is not a SIG list
   */
  public static Loaded load(String source, Path root, boolean allowNetwork, Optional<Path> config) {
    String trimmed = source.strip();
    String setting = config.map(f -> f + ": ").orElse("") + "'sigs-from': ";
    if (isUrl(trimmed)) {
      return fetch(trimmed, allowNetwork);
    }
    Path base = root.toAbsolutePath().normalize();
    Path file = base.resolve(trimmed).normalize();
    if (!file.startsWith(base)) {
      throw new ConfigurationException(setting + "'" + trimmed + "' is not a path inside the repository");
    }
    if (!Files.isRegularFile(file)) {
      throw new ConfigurationException(setting + file + ": no such file");
    }
    try {
      if (!file.toRealPath().startsWith(base.toRealPath())) {
        throw new ConfigurationException(setting + file + ": a symbolic link leads outside the repository; not read");
      }
    } catch (IOException e) {
      throw new ConfigurationException(setting + file + ": cannot resolve it (" + e.getMessage() + ")", e);
    }
    String text;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new ConfigurationException(file + ": the SIG list is larger than 1 MiB");
      }
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ConfigurationException(file + ": the SIG list is not valid UTF-8");
    } catch (IOException e) {
      throw new ConfigurationException(file + ": cannot read the SIG list (" + e.getMessage() + ")", e);
    }
    try {
      return new Loaded(Optional.of(parse(text)), Optional.empty());
    } catch (Malformed e) {
      throw new ConfigurationException(file + ":" + e.position.line() + ":" + e.position.column() + ": " + e.getMessage());
    }
  }

  private static Loaded fetch(String url, boolean allowNetwork) {
    String fallback = ": owning SIGs were checked against the SIG directories";
    if (!allowNetwork) {
      return problem("the SIG list " + url + " was not fetched: network use is opt-in (--allow-network)" + fallback);
    }
    Optional<String> text;
    try {
      text = BoundedFetch.get(BoundedFetch.client(), url, System.nanoTime() + BoundedFetch.TIMEOUT.toNanos(), MAX_BYTES);
    } catch (BoundedFetch.FetchException e) {
      return problem("the SIG list could not be fetched from " + url + " (" + e.getMessage() + ")" + fallback);
    }
    if (text.isEmpty()) {
      return problem("the SIG list could not be fetched from " + url + " (HTTP 404)" + fallback);
    }
    try {
      return new Loaded(Optional.of(parse(text.get())), Optional.empty());
    } catch (Malformed e) {
      return problem("the SIG list at " + url + " is not a SIG list (line " + e.position.line() + ": "
          + e.getMessage() + ")" + fallback);
    }
  }

  private static Loaded problem(String message) {
    return new Loaded(Optional.empty(), Optional.of(message.replace("\r", "\\r").replace("\n", "\\n")));
  }

  /** A sigs.yaml that holds no SIG list, and where. */
  private static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient SourcePosition position;

    Malformed(SourcePosition position, String message) {
      super(message.replace("\r", "\\r").replace("\n", "\\n"), null, false, false);
      this.position = position;
    }
  }

  /** The SIG names of a sigs.yaml text. */
  static SortedSet<String> parse(String text) throws Malformed {
    String noList = "no 'sigs:' list: a kubevirt/community sigs.yaml lists each SIG under 'sigs:' with its 'dir'";
    if (YamlDocuments.isEmpty(text)) {
      throw new Malformed(SourcePosition.START, noList);
    }
    YamlDocuments.Result read = YamlDocuments.read(text);
    if (!read.problems().isEmpty()) {
      ParseProblem first = read.problems().get(0);
      throw new Malformed(first.position(), first.message());
    }
    YamlNode.Mapping root = read.root().orElseThrow(() -> new Malformed(SourcePosition.START, noList));
    Optional<YamlNode.Entry> entry = root.entry("sigs");
    if (entry.isEmpty()) {
      throw new Malformed(SourcePosition.START, noList);
    }
    if (!(entry.get().value() instanceof YamlNode.Sequence sigs)) {
      throw new Malformed(entry.get().keyPosition(), "'sigs' is not a list of SIGs");
    }
    SortedSet<String> names = new TreeSet<>();
    for (YamlNode item : sigs.items()) {
      if (!(item instanceof YamlNode.Mapping sig)) {
        throw new Malformed(item.position(), "an entry of 'sigs' is not a SIG (a mapping with 'name' and 'dir')");
      }
      Optional<YamlNode> dir = sig.get("dir");
      if (dir.isPresent()) {
        String value = dir.get() instanceof YamlNode.Scalar scalar ? scalar.value().strip() : "";
        if (!SIG_NAME.matcher(value).matches()) {
          throw new Malformed(dir.get().position(), "'dir' is not a SIG directory name such as sig-compute");
        }
        names.add(value);
        continue;
      }
      if (sig.get("label").orElse(null) instanceof YamlNode.Scalar label
          && label.value().strip().startsWith("sig/")) {
        String name = "sig-" + label.value().strip().substring("sig/".length());
        if (SIG_NAME.matcher(name).matches()) {
          names.add(name);
        }
      }
    }
    if (names.isEmpty()) {
      throw new Malformed(entry.get().keyPosition(), "'sigs' names no SIG (no entry has a 'dir' or a 'sig/' label)");
    }
    return Collections.unmodifiableSortedSet(names);
  }
}
