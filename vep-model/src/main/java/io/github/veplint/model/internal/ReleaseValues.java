package io.github.veplint.model.internal;

import io.github.veplint.model.Origin;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.ReleaseTarget.Kind;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.SourcePosition;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classifies a release value the way both layouts write it: {@code v1.9}, {@code TBD}, {@code N/A}. */
public final class ReleaseValues {

  /** The value is the first word; what follows (often a parenthesised remark) is a note. */
  private static final Pattern VALUE_AND_NOTE = Pattern.compile("^(?<value>[^\\s(]+)(?<note>.*)$");

  private ReleaseValues() {}

  /** Classifies {@code written}, the text after "for version:" or a milestone's value. */
  public static ReleaseTarget classify(
      String stage, String written, boolean past, Origin origin, SourcePosition position) {
    String text = written.strip();
    if (text.isEmpty()) {
      return new ReleaseTarget(stage, Kind.EMPTY, "", Optional.empty(), "", past, origin, position);
    }
    Matcher m = VALUE_AND_NOTE.matcher(text);
    String value = text;
    String note = "";
    if (m.matches()) {
      // A sentence-ending period ("v1.9.") is punctuation, not part of the release.
      value = m.group("value").replaceAll("[.,;]+$", "");
      note = m.group("note").strip();
    }
    Kind kind;
    Optional<ReleaseVersion> version = ReleaseVersion.parse(value);
    if (version.isPresent()) {
      kind = Kind.VERSION;
    } else if (value.equalsIgnoreCase("TBD")) {
      kind = Kind.TBD;
    } else if (value.equalsIgnoreCase("N/A")) {
      kind = Kind.NOT_APPLICABLE;
    } else {
      kind = Kind.MALFORMED;
      version = ReleaseVersion.parseLenient(value);
      if (version.isEmpty()) {
        value = text;
        note = "";
      }
    }
    return new ReleaseTarget(stage, kind, value, version, note, past, origin, position);
  }
}
