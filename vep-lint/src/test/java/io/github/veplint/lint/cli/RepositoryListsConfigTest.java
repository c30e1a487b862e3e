package io.github.veplint.lint.cli;

import static io.github.veplint.lint.cli.CommunityValidatorCasesTest.PATH;
import static io.github.veplint.lint.cli.CommunityValidatorCasesTest.check;
import static io.github.veplint.lint.cli.CommunityValidatorCasesTest.repository;
import static io.github.veplint.lint.cli.CommunityValidatorCasesTest.valid;
import static io.github.veplint.lint.cli.CommunityValidatorCasesTest.valueOf;
import static io.github.veplint.lint.cli.CommunityValidatorCasesTest.vep;
import static io.github.veplint.lint.cli.CommunityValidatorCasesTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.cli.CommunityValidatorCasesTest.Reported;
import io.github.veplint.lint.cli.CommunityValidatorCasesTest.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files {@code .vep-lint.yaml} may name for a run besides the VEPs: {@code sigs-from}, the SIG
 * list of a kubevirt/community-style {@code sigs.yaml}, and {@code baseline}. A pull request can
 * change the configuration, so neither may make vep-lint read outside the repository.
 */
class RepositoryListsConfigTest {

  /** kubevirt/community's shape: each SIG under 'sigs:' with its directory; one without a directory. */
  static final String SIGS_YAML = """
      sigs:
          - name: compute
            dir: sig-compute
            label: sig/compute
            leadership:
              chairs:
                  - github: someone
          - name: documentation
            label: sig/documentation
          - name: network
            dir: sig-network
            label: sig/network
          - name: storage
            dir: sig-storage
            label: sig/storage
      workinggroups:
          - name: code-quality
            label: wg/code-quality
      """;

  static final String OBSERVABILITY = "veps/sig-observability/124-bar/vep.md";

  @TempDir Path dir;

  /** The three SIG directories and VEP 123, plus VEP 124 in a SIG directory sigs.yaml does not list. */
  private String twoVeps() {
    String text = vep(with(with(valid(), "owning-sig", "sig-observability"), "vep-number", "124"))
        .replace("# VEP #123", "# VEP #124");
    repository(dir, PATH, vep(valid())).file(OBSERVABILITY, text);
    return text;
  }

  private static void assertUnknownObservability(Verdict verdict, String text) {
    Reported error = verdict.hasError("owning-sig", valueOf(text, "owning-sig"));
    assertThat(error.file()).isEqualTo(OBSERVABILITY);
    assertThat(error.message()).startsWith("unknown SIG 'sig-observability'")
        .endsWith("owning-sig must be one of sig-compute, sig-documentation, sig-network, sig-storage");
  }

  @Nested
  class SigsFrom {

    @Test
    void aSigsYamlInTheRepositoryIsTheSigList() {
      String text = twoVeps();
      assertThat(check(dir).errors()).as("the SIG directories: sig-observability is one").isEmpty();

      TestRepository.at(dir).file("community/sigs.yaml", SIGS_YAML).file(".vep-lint.yaml",
          "sigs-from: community/sigs.yaml\n");

      assertUnknownObservability(check(dir), text);
    }

    @Test
    void sigsGivenExplicitlyWin() {
      twoVeps();
      TestRepository.at(dir).file("community/sigs.yaml", SIGS_YAML).file(".vep-lint.yaml",
          "sigs: [sig-compute, sig-observability]\nsigs-from: community/sigs.yaml\n");

      check(dir).isOk();
    }

    @Test
    void aUrlIsFetchedWithAllowNetworkOnly() throws IOException {
      String text = twoVeps();
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/kubevirt/community/main/sigs.yaml", exchange -> {
        byte[] body = SIGS_YAML.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.start();
      try {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/kubevirt/community/main/sigs.yaml";
        TestRepository.at(dir).file(".vep-lint.yaml", "sigs-from: " + url + "\n");

        assertUnknownObservability(check(dir, "--allow-network"), text);

        Verdict offline = check(dir);
        offline.isOk();
        assertThat(offline.out()).contains("note: owning-sig: the SIG list " + url + " was not fetched: network use"
            + " is opt-in (--allow-network): owning SIGs were checked against the SIG directories");
      } finally {
        server.stop(0);
      }
    }

    @Test
    void anUnreachableUrlIsANoteAndTheSigDirectoriesCount() throws IOException {
      twoVeps();
      int closedPort;
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        closedPort = socket.getLocalPort();
      }
      String url = "http://127.0.0.1:" + closedPort + "/sigs.yaml";
      TestRepository.at(dir).file(".vep-lint.yaml", "sigs-from: " + url + "\n");

      Verdict verdict = check(dir, "--allow-network");

      verdict.isOk();
      assertThat(verdict.out()).containsPattern("(?m)^note: owning-sig: the SIG list could not be fetched from "
          + java.util.regex.Pattern.quote(url) + " \\(ConnectException.*\\): owning SIGs were checked against the SIG"
          + " directories$");
    }

    @Test
    void aMalformedSigsYamlStopsTheRunWithItsLine() {
      twoVeps();
      TestRepository.at(dir).file(".vep-lint.yaml", "sigs-from: sigs.yaml\n")
          .file("sigs.yaml", "sigs:\n  - name: compute\n    dir: Compute\n");

      Verdict verdict = check(dir);

      assertThat(verdict.status()).isEqualTo(2);
      assertThat(verdict.err()).hasLineCount(1)
          .contains("sigs.yaml:3:10: 'dir' is not a SIG directory name such as sig-compute");

      TestRepository.at(dir).file("sigs.yaml", "sigs: [unclosed\n");
      Verdict broken = check(dir);
      assertThat(broken.status()).isEqualTo(2);
      assertThat(broken.err()).hasLineCount(1).containsPattern("sigs\\.yaml:2:1: ");

      TestRepository.at(dir).file("sigs.yaml", "workinggroups: []\n");
      assertThat(check(dir).err()).hasLineCount(1).contains("sigs.yaml:1:1: no 'sigs:' list");
    }

    @Test
    void aPathOutsideTheRepositoryIsRefused(@TempDir Path outside) throws IOException {
      twoVeps();
      TestRepository.at(dir).file(".vep-lint.yaml", "sigs-from: ../sigs.yaml\n");

      Verdict verdict = check(dir);

      assertThat(verdict.status()).isEqualTo(2);
      assertThat(verdict.err()).hasLineCount(1).contains(".vep-lint.yaml:1:12: 'sigs-from': '../sigs.yaml' is not"
          + " a path inside the repository");

      Files.writeString(outside.resolve("sigs.yaml"), SIGS_YAML);
      Files.createSymbolicLink(dir.resolve("sigs.yaml"), outside.resolve("sigs.yaml"));
      TestRepository.at(dir).file(".vep-lint.yaml", "sigs-from: sigs.yaml\n");
      Verdict linked = check(dir);
      assertThat(linked.status()).isEqualTo(2);
      assertThat(linked.err()).hasLineCount(1).contains("'sigs-from': ").contains("a symbolic link leads outside the"
          + " repository; not read");
    }
  }

  @Nested
  class Baseline {

    private int baseline(String output) {
      StringWriter out = new StringWriter();
      return VepLintCommand.run(new String[] {"baseline", "--today", CommunityValidatorCasesTest.TODAY, "-o",
          dir.resolve(output).toString(), dir.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    }

    @Test
    void theConfiguredBaselineIsCheckBaselineAndTheOptionWins() {
      repository(dir, PATH, vep(valid()));
      assertThat(baseline("empty-baseline.json")).isZero();
      TestRepository.at(dir).file(PATH, vep(with(valid(), "status", "in-review")));
      assertThat(baseline(".vep-lint-baseline.json")).isZero();
      assertThat(check(dir).status()).as("the broken status fails without a baseline").isEqualTo(1);

      TestRepository.at(dir).file(".vep-lint.yaml", "baseline: .vep-lint-baseline.json\n");
      Verdict configured = check(dir);
      assertThat(configured.status()).as(configured.out()).isZero();
      assertThat(configured.out()).contains("frontmatter-schema");

      Verdict option = check(dir, "--baseline", dir.resolve("empty-baseline.json").toString());
      assertThat(option.status()).as("--baseline wins over the configuration's").isEqualTo(1);
    }

    @Test
    void theConfiguredBaselineStaysInTheRepository(@TempDir Path outside) throws IOException {
      repository(dir, PATH, vep(valid()));
      TestRepository.at(dir).file(".vep-lint.yaml", "baseline: ../baseline.json\n");

      Verdict verdict = check(dir);

      assertThat(verdict.status()).isEqualTo(2);
      assertThat(verdict.err()).hasLineCount(1).contains(".vep-lint.yaml:1:11: 'baseline': '../baseline.json' is not"
          + " a path inside the repository");

      Files.writeString(outside.resolve("baseline.json"), "{}");
      Files.createSymbolicLink(dir.resolve("baseline.json"), outside.resolve("baseline.json"));
      TestRepository.at(dir).file(".vep-lint.yaml", "baseline: baseline.json\n");
      Verdict linked = check(dir);
      assertThat(linked.status()).isEqualTo(2);
      assertThat(linked.err()).hasLineCount(1).contains("'baseline': ").contains("a symbolic link leads outside the"
          + " repository; not read");
    }
  }
}
