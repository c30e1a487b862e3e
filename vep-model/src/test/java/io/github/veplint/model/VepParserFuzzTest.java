package io.github.veplint.model;

import io.github.veplint.model.read.VepParser;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the whole VEP parser (decoding, front matter, markdown, legacy
 * metadata, title, path). Runs over {@code VepParserFuzzTestInputs/} in every build; {@code
 * fuzz/run.sh VepParserFuzzTest SECONDS} fuzzes it.
 */
class VepParserFuzzTest {

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void parse(byte[] content) {
    Vep vep = VepParser.parse("veps/sig-compute/42-fuzzed/vep.md", content);
    FuzzInvariants.check(vep);
  }
}
