package io.github.veplint.model.read;

import io.github.veplint.model.FrontMatter;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.YamlNode;
import io.github.veplint.model.internal.FrontMatterReader;
import java.util.List;
import java.util.Optional;

/**
 * Reads standalone YAML documents (such as {@code .vep-lint.yaml}) into the same position-aware
 * {@link YamlNode} tree as front matter, with the same safety limits: no object construction,
 * bounded aliases and nesting, duplicate keys and explicit tags reported.
 */
public final class YamlDocuments {

  private YamlDocuments() {}

  /**
   * The result of reading one document.
   *
   * @param root the top-level mapping, when the document is a readable mapping
   * @param problems what kept it from being read fully; front matter kinds are reused
   */
  public record Result(Optional<YamlNode.Mapping> root, List<ParseProblem> problems) {
    /**
     * Copies the list so the record stays immutable.
     *
     * @param root the top-level mapping, when the document is a readable mapping
     * @param problems what kept it from being read fully; front matter kinds are reused
     */
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads a YAML document whose top level must be a mapping. Problem messages speak of "the
   * document", never of front matter: the reader is shared with front matter, the words are not.
   *
   * @param yaml the document's text
   * @return the mapping read, or the problems that kept it from being read
   */
  public static Result read(String yaml) {
    FrontMatterReader.Result result = FrontMatterReader.readDocument(yaml);
    List<ParseProblem> problems = result.problems().stream()
        .map(p -> new ParseProblem(p.kind(), inDocumentTerms(p.message()), p.position()))
        .toList();
    return new Result(result.frontMatter().flatMap(FrontMatter::root), problems);
  }

  private static String inDocumentTerms(String message) {
    return message.replace("VEP front matter", "the document").replace("front matter", "the document");
  }

  /**
   * Whether a YAML text holds no document at all: only blank lines, comments and document
   * markers, which a reader treats like an empty file.
   *
   * @param yaml a YAML text
   * @return true when the text holds no document
   */
  public static boolean isEmpty(String yaml) {
    for (String line : yaml.split("\\R", -1)) {
      String stripped = line.strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#") && !stripped.equals("---")
          && !stripped.equals("...")) {
        return false;
      }
    }
    return true;
  }
}
