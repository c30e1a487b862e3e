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
    proseKeepsColumns(vep);
  }

  /** Each prose line is its file line with some characters turned into spaces, none moved. */
  private static void proseKeepsColumns(Vep vep) {
    assertThat(vep.prose().lines()).hasSameSizeAs(vep.lines());
    for (int n = 1; n <= vep.lines().size(); n++) {
      String line = vep.line(n);
      String prose = vep.prose().line(n);
      assertThat(prose).as("prose line %d", n).hasSameSizeAs(line);
      for (int i = 0; i < line.length(); i++) {
        if (prose.charAt(i) != line.charAt(i)) {
          assertThat(prose.charAt(i)).as("prose line %d column %d", n, i + 1).isEqualTo(' ');
        }
      }
    }
  }

  private static void inFile(SourcePosition position, int lastLine, String what) {
    assertThat(position.line()).as("line of %s", what).isBetween(1, lastLine);
  }
}
