package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.VALID;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Notice;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.model.Corpus;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.schemas.VepSchemas;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The author's loop (issue 25, items 15 to 17): the advice a finding gives is never itself an error,
 * a misspelt SIG directory is caught without a base revision, and a run that holds every VEP to
 * today's template for want of the template's history says so.
 */
class AuthorLoopMessagesTest {

  /** The rules that judge the front matter's lists of people and SIGs. */
  private static final List<DocumentRule> LIST_RULES = List.of(
      new FrontMatterSchemaRule(), new HandleFormatRule(), new ImplementableReadinessRule(),
      new ParticipatingSigsRule());

  /** {@code "… e.g. 'authors: ["@octocat"]'"}: the value an example suggests, as written. */
  private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\. '([a-z-]+): (\\[[^\\]]*\\])'");

  /**
   * Every list key of the front matter schema, written with no value: the advice names a value
   * that the same rules then accept, and for a key that must list an entry it never suggests
   * {@code []}, which is itself reported.
   */
  @Test
  void item15_adviceForAListWithoutValueIsAValueTheSchemaAccepts() throws Exception {
    List<String> listKeys = schemaListKeys();
    assertThat(listKeys).contains("authors", "reviewers", "approvers", "participating-sigs");

    for (String key : listKeys) {
      Finding empty = single(check(withValue(key, "")), key);
      assertThat(empty.position()).as(key).isEqualTo(new SourcePosition(keyLine(key), 1));
      String advice = empty.message();
      List<String> suggested = new ArrayList<>();
      if (advice.contains("write [] for none")) {
        suggested.add("[]");
      }
      Matcher example = EXAMPLE.matcher(advice);
      while (example.find()) {
        assertThat(example.group(1)).as(advice).isEqualTo(key);
        suggested.add(example.group(2));
      }
      assertThat(suggested).as("advice for '%s:' names a value: %s", key, advice).isNotEmpty();
      for (String value : suggested) {
        assertThat(check(withValue(key, " " + value)))
            .as("'%s: %s', as '%s' advised", key, value, advice)
            .noneMatch(f -> f.position().line() == keyLine(key) || f.position().line() == keyLine(key) + 1);
      }
    }

    assertThat(single(check(withValue("authors", "")), "authors").message())
        .isEqualTo("'authors' has no value: list at least one entry, e.g. 'authors: [\"@octocat\"]'");
    assertThat(single(check(withValue("authors", " []")), "authors").message())
        .isEqualTo("'authors' must list at least one entry, e.g. 'authors: [\"@octocat\"]'");
    assertThat(single(check(withValue("reviewers", "")), "reviewers").message())
        .isEqualTo("'reviewers' has no value: list at least one entry, e.g. 'reviewers: [TBD]'");
    assertThat(single(check(withValue("participating-sigs", "")), "participating-sigs").message())
        .isEqualTo("'participating-sigs' has no value: list its entries, or write [] for none");
    // The only author, blank: removing it would leave 'authors: []'.
    assertThat(single(check(withValue("authors", "\n  - \"\"")), "authors").message())
        .isEqualTo("each of authors must be a GitHub handle such as \"@octocat\": write the handle");
  }

  /**
   * A SIG directory holding one VEP, named one letter off an established SIG: without a base, it
   * is no SIG, whether owning-sig repeats the typo or names the right SIG. A lone SIG directory
   * whose name is like no other stays a SIG.
   */
  @Test
  void item16_aMisspeltSigDirectoryIsUnknownWithoutABase(@TempDir Path root) {
    TestRepository repository = TestRepository.at(root)
        .file("veps/sig-network/1-one/vep.md", vep(1, "sig-network"))
        .file("veps/sig-network/2-two/vep.md", vep(2, "sig-network"))
        .file("veps/sig-compute/3-three/vep.md", vep(3, "sig-compute"))
        .file("veps/sig-scale/4-four/vep.md", vep(4, "sig-scale"))
        .file("veps/sig-netwrk/325-typo/vep.md", vep(325, "sig-netwrk"));

    List<Finding> typoTwice = owningSig(repository.root());

    assertThat(typoTwice).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo("veps/sig-netwrk/325-typo/vep.md");
      assertThat(f.position()).isEqualTo(new SourcePosition(8, 13));
      assertThat(f.message())
          .startsWith("unknown SIG 'sig-netwrk' (did you mean 'sig-network'?); its directory holds this VEP"
              + " alone and is named like 'sig-network', an established SIG, so it reads as a misspelling")
          .endsWith(": owning-sig must be one of sig-compute, sig-network, sig-scale");
    });

    repository.file("veps/sig-netwrk/325-typo/vep.md", vep(325, "sig-network"));

    assertThat(owningSig(repository.root())).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(8, 13));
      assertThat(f.message())
          .startsWith("owning-sig is 'sig-network' but the VEP lives in veps/sig-netwrk/, which is not a known"
              + " SIG (did you mean 'sig-network'?)")
          .endsWith(": move the VEP directory to veps/sig-network/")
          .doesNotContain("owning-sig: sig-netwrk");
    });
  }

  /**
   * The corpus copied into a fresh repository and committed once: the template's history is one
   * commit, so every VEP is held to today's template (more errors than on the real repository),
   * and the run says why and how to get exact verdicts. The real repository's history gives no
   * such notice.
   */
  @Test
  void item17_aOneCommitTemplateHistoryIsANotice(@TempDir Path temp) throws Exception {
    Path copy = copyCorpus(Corpus.enhancements(), temp.resolve("copy"));
    try (Git git = Git.init().setDirectory(copy.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      PersonIdent someone = new PersonIdent("someone", "someone@example.org");
      git.commit().setMessage("copy").setAuthor(someone).setCommitter(someone).setSign(false).call();
    }
    Path full = TestRepository.cloneCorpusBundle(temp.resolve("full"));

    LintResult onCopy = lint(copy);
    LintResult onFull = lint(full);

    long copyErrors = errors(onCopy);
    long fullErrors = errors(onFull);
    System.out.printf("item 17: %d errors on a one-commit copy, %d on the full clone%n", copyErrors, fullErrors);
    assertThat(copyErrors).isGreaterThan(fullErrors);
    assertThat(onCopy.notices()).filteredOn(n -> n.ruleId().equals("missing-section"))
        .extracting(Notice::message)
        .singleElement()
        .satisfies(message -> assertThat(message)
            .startsWith("the template's git history has one commit (a shallow clone, or a copy committed once),"
                + " so today's template is the only version vep-lint knows and every VEP is held to it")
            .contains("lint a clone with its full git history (actions/checkout with 'fetch-depth: 0')")
            .contains("'template.required-from'")
            .contains("'template.enforce-current-from'"));
    assertThat(onFull.notices()).extracting(Notice::message).noneMatch(m -> m.contains("one commit"));
  }

  private static List<String> schemaListKeys() throws Exception {
    JsonNode schema;
    try (InputStream in = VepSchemas.open(VepSchemas.FRONTMATTER_RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
    List<String> keys = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      if ("array".equals(property.getValue().path("type").asText())) {
        keys.add(property.getKey());
      }
    }
    return keys;
  }

  /** {@link FrontMatterFixture#VALID} with the list {@code key} (its line and entries) written as {@code key:value}. */
  private static String withValue(String key, String value) {
    Matcher list = Pattern.compile("(?m)^" + Pattern.quote(key) + ":.*\\n(?:  - .*\\n)*").matcher(VALID);
    assertThat(list.find()).as(key).isTrue();
    return VALID.substring(0, list.start()) + key + ":" + value + "\n" + VALID.substring(list.end());
  }

  private static int keyLine(String key) {
    List<String> lines = VALID.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(key + ":")) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(key);
  }

  private static List<Finding> check(String markdown) {
    List<Finding> findings = new ArrayList<>();
    for (DocumentRule rule : LIST_RULES) {
      findings.addAll(tester().check(rule, PATH, markdown));
    }
    return findings;
  }

  private static Finding single(List<Finding> findings, String key) {
    int line = keyLine(key);
    List<Finding> atKey = findings.stream()
        .filter(f -> f.position().line() == line || f.position().line() == line + 1)
        .toList();
    assertThat(atKey).as(key).hasSize(1);
    return atKey.get(0);
  }

  private static String vep(int number, String owningSig) {
    return TestRepository.CLEAN_VEP
        .replace("vep-number: 1\n", "vep-number: " + number + "\n")
        .replace("# VEP #1:", "# VEP #" + number + ":")
        .replace("owning-sig: sig-a", "owning-sig: " + owningSig);
  }

  private static List<Finding> owningSig(Path root) {
    return VepLinter.builder().today(LocalDate.of(2026, 2, 1)).build().lint(List.of(root)).findings().stream()
        .filter(f -> f.ruleId().equals("owning-sig"))
        .toList();
  }

  private static LintResult lint(Path root) {
    return VepLinter.builder().today(LocalDate.of(2026, 8, 18)).build().lint(List.of(root));
  }

  private static long errors(LintResult result) {
    return result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  private static Path copyCorpus(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
          target.toFile().setWritable(true);
        }
      }
    }
    return to;
  }
}
