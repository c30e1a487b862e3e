package io.github.veplint.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.model.Vep;
import io.github.veplint.model.VepParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PerFileMemoTest {

  private static Vep parse(String title) {
    return VepParser.parse(
        "veps/sig-compute/42-x/vep.md", ("# " + title + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void computesOncePerVepAndScopeOnAThread() {
    PerFileMemo<String> memo = new PerFileMemo<>();
    AtomicInteger computed = new AtomicInteger();
    Vep first = parse("VEP #42: One");
    Vep second = parse("VEP #42: One");
    Object run = new Object();

    assertThat(memo.get(run, first, () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
    assertThat(memo.get(run, first, () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
    // An equal but different VEP (the next file) and a new run are worked out again.
    assertThat(memo.get(run, second, () -> "a" + computed.incrementAndGet())).isEqualTo("a2");
    assertThat(memo.get(new Object(), second, () -> "a" + computed.incrementAndGet())).isEqualTo("a3");
    assertThat(computed).hasValue(3);
  }

  @Test
  void eachThreadRemembersItsOwnVep() throws Exception {
    PerFileMemo<String> memo = new PerFileMemo<>();
    Vep vep = parse("VEP #42: One");
    Object run = new Object();
    assertThat(memo.get(run, vep, () -> "main")).isEqualTo("main");

    String elsewhere = CompletableFuture.supplyAsync(() -> memo.get(run, vep, () -> "other")).get();

    assertThat(elsewhere).isEqualTo("other");
    assertThat(memo.get(run, vep, () -> "again")).isEqualTo("main");
  }
}
