package io.github.veplint.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.veplint.model.ReleaseVersion;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleParserTest {

  private static final ReleaseVersion V1_10 = new ReleaseVersion(1, 10, -1);

  @Test
  void findsAnEnhancementFreezeByItsWhat() {
    ReleaseSchedule schedule = ScheduleParser.parse(V1_10, "s.yaml", """
        - when: 2026-09-02
          who: KubeVirt
          what: Enhancement Freeze
        """);

    assertThat(schedule.freezeDate()).contains(LocalDate.of(2026, 9, 2));
  }

  @Test
  void anEmptyFileHasNoFreeze() {
    assertThat(ScheduleParser.parse(V1_10, "s.yaml", "").freezeDate()).isEmpty();
  }

  @Test
  void rejectsAFreezeWithoutADateWithFileAndLine() {
    assertThatThrownBy(() -> ScheduleParser.parse(V1_10, "s.yaml", """
        - when: 2026/09/01
          what: Tag v1.10.0-alpha.0
        - when: soon
          what: VEP Freeze
        """))
        .isInstanceOf(ScheduleException.class)
        .hasMessage("s.yaml:3: the VEP Freeze item has 'when: soon', which is not a date like 2026/04/30 or 2026-04-30");
  }

  @Test
  void rejectsAMappingAndBrokenYamlWithFileAndLine() {
    assertThatThrownBy(() -> ScheduleParser.parse(V1_10, "s.yaml", "when: 2026/09/01\n"))
        .hasMessageStartingWith("s.yaml:1: a release schedule is a YAML list");
    assertThatThrownBy(() -> ScheduleParser.parse(V1_10, "s.yaml", "- when: [2026\n"))
        .hasMessageStartingWith("s.yaml:2:1: not valid YAML");
  }

  @Test
  void aUrlSourceNeedsNetworkOptIn() {
    assertThatThrownBy(() -> ReleaseSchedules.load("https://example.invalid/{release}/schedule.yaml", Path.of("."), false))
        .isInstanceOf(ScheduleException.class)
        .hasMessageContaining("network use is opt-in");
  }

  @Test
  void aMissingSourceIsOneLine(@TempDir Path dir) {
    assertThatThrownBy(() -> ReleaseSchedules.load("nowhere", dir, false))
        .hasMessage(dir.resolve("nowhere") + ": schedule source not found: give a kubevirt/sig-release checkout, a"
            + " schedule.yaml or a URL pattern with {release}");
  }

  @Test
  void fetchesReleasesFromAUrlPatternUntilTheFirstMissingOne() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      byte[] body = ("- when: 2026/01/0" + (path.contains("v1.0") ? "1" : "2") + "\n  what: VEP Freeze\n")
          .getBytes(StandardCharsets.UTF_8);
      boolean known = path.equals("/v1.0/schedule.yaml") || path.equals("/v1.1/schedule.yaml");
      exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
      if (known) {
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    server.start();
    try {
      String pattern = "http://127.0.0.1:" + server.getAddress().getPort() + "/{release}/schedule.yaml";
      ReleaseSchedules schedules = ReleaseSchedules.load(pattern, Path.of("."), true);

      assertThat(schedules.byRelease()).hasSize(2);
      assertThat(schedules.freezeDate(new ReleaseVersion(1, 1, 0))).contains(LocalDate.of(2026, 1, 2));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anUnreachableUrlIsAClearOfflineError() throws IOException {
    int port;
    try (var socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String pattern = "http://127.0.0.1:" + port + "/{release}/schedule.yaml";
    assertThatThrownBy(() -> ReleaseSchedules.load(pattern, Path.of("."), true))
        .isInstanceOf(ScheduleException.class)
        .hasMessageStartingWith("cannot fetch http://127.0.0.1:" + port + "/v1.0/schedule.yaml (ConnectException")
        .hasMessageContaining("offline?");
  }

  @Test
  void aSingleFileIsNamedByItsDirectory(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("v1.10/schedule.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "- when: 2026/09/02\n  what: VEP Freeze\n");

    assertThat(ReleaseSchedules.load(file.toString(), dir, false).freezeDate(V1_10)).contains(LocalDate.of(2026, 9, 2));
  }
}
