package io.github.veplint.lint.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.files.AtomicFiles;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.schemas.VepSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A baseline file ({@code vep-lint baseline -o FILE}, {@code check --baseline FILE}): the findings a
 * repository had when it was taken, as {@link BaselineEntry}s, sorted, one per line group, so that
 * the file reads well in a diff and only shrinks. JSON, described by {@value VepSchemas#BASELINE_ID}.
 *
 * @param entries the entries, sorted
 */
public record BaselineFile(List<BaselineEntry> entries) {

  /** Larger baseline files are refused: 16 MiB hold about 50 000 findings. */
  private static final long MAX_SIZE = 16L << 20;
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Sorts the entries. */
  public BaselineFile {
    entries = entries.stream().sorted().toList();
  }

  /** The baseline of these findings. */
  public static BaselineFile of(Collection<Finding> findings) {
    return new BaselineFile(findings.stream().map(BaselineEntry::of).toList());
  }

  /** The file's JSON text: two-space indented, {@code \n} line ends, ending with one. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", VepSchemas.BASELINE_ID);
    ArrayNode findings = root.putArray("findings");
    for (BaselineEntry entry : entries) {
      findings.addObject().put("rule", entry.rule()).put("file", entry.file())
          .put("fingerprint", entry.fingerprint()).put("message", entry.message());
    }
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serializes", e);
    }
  }

  /** Writes the file atomically. */
  public void write(Path file) throws IOException {
    AtomicFiles.write(file, toJson().getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  /**
   * Reads a baseline file.
   *
   * @throws ConfigurationException naming the file when it is missing, too large or not a baseline
   */
  public static BaselineFile read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new ConfigurationException(file + ": baseline file not found (write one with 'vep-lint baseline -o "
            + file + "')");
      }
      if (Files.size(file) > MAX_SIZE) {
        throw new ConfigurationException(file + ": baseline file larger than 16 MiB; not read");
      }
      JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      JsonNode findings = root == null ? null : root.get("findings");
      if (findings == null || !findings.isArray()) {
        throw new ConfigurationException(file + ": not a vep-lint baseline (no 'findings' array)");
      }
      List<BaselineEntry> entries = new ArrayList<>();
      int index = 0;
      for (JsonNode node : findings) {
        String rule = node.path("rule").asText("");
        String path = node.path("file").asText("");
        String fingerprint = node.path("fingerprint").asText("");
        if (rule.isEmpty() || path.isEmpty() || !FINGERPRINT.matcher(fingerprint).matches()) {
          throw new ConfigurationException(file + ": findings[" + index + "] needs 'rule', 'file' and a"
              + " 16-digit 'fingerprint'");
        }
        entries.add(new BaselineEntry(rule, path, fingerprint, node.path("message").asText("")));
        index++;
      }
      return new BaselineFile(entries);
    } catch (JsonProcessingException e) {
      throw new ConfigurationException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON ("
          + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
    } catch (IOException e) {
      throw new ConfigurationException(file + ": cannot read the baseline file (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Compares a run with this baseline: a finding it lists is pre-existing and fails nothing; an
   * entry of a linted file (or of its directory) that no finding matches is fixed.
   *
   * @param name how messages name the baseline, e.g. its path
   * @param linted the files the run linted, relative to the repository root
   */
  public Comparison compare(String name, Collection<String> linted, Collection<Finding> findings) {
    List<BaselineEntry> relevant = entries.stream()
        .filter(e -> linted.contains(e.file()) || linted.stream().anyMatch(f -> f.startsWith(e.file() + "/")))
        .toList();
    return Comparison.match("the baseline " + name, findings, relevant, true);
  }
}
