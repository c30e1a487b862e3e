package io.github.veplint.model;

import static org.assertj.core.api.Assertions.assertThat;

/** What every parse result must satisfy, whatever the input: positions point into the file. */
final class FuzzInvariants {

  private FuzzInvariants() {}

  static void check(Vep vep) {
    // An empty file still has position 1:1; a position may name the line after the last one
    // (an unclosed block reported at the end of the file).
    int lastLine = Math.max(1, vep.lines().size() + 1);
    vep.problems().forEach(p -> inFile(p.position(), lastLine, p.message()));
    vep.links().forEach(l -> inFile(l.position(), lastLine, l.destination()));
    vep.comments().forEach(c -> inFile(c.position(), lastLine, c.text()));
    vep.allSections().forEach(s -> inFile(s.position(), lastLine, s.toString()));
    vep.problems().forEach(p -> assertThat(p.message()).doesNotContain("\n").isNotBlank());
  }

  private static void inFile(SourcePosition position, int lastLine, String what) {
    assertThat(position.line()).as("line of %s", what).isBetween(1, lastLine);
  }
}
