package io.github.veplint.lint.baseline;

import io.github.veplint.lint.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The identity of a finding that survives edits elsewhere in its file, in the sense of SARIF's
 * {@code partialFingerprints}: its rule and its <em>subject</em>, never its line or column. The
 * subject is, by default, the finding's message with every position in it ({@code line 12},
 * {@code lines 3-5}, {@code column 7}) taken out; since messages name what they are about (the
 * missing section, the field, the link target, the value), a finding whose line moved keeps its
 * fingerprint, while one about another section, field or value gets another. A rule whose message
 * carries more than its subject gets its own subject function in {@link #SUBJECTS}: a table here,
 * so that neither {@link Finding} nor the rules' {@code FindingSink} had to change.
 *
 * <p>The file is not part of the fingerprint (it is matched separately, following renames), so one
 * fingerprint can be shared by findings of several files.
 */
public final class Fingerprint {

  /** The positions a message may quote, which move with every edit above them. */
  private static final Pattern POSITIONS =
      Pattern.compile("\\b(line|lines|column|col)\\s+\\d{1,9}(\\s*[-–]\\s*\\d{1,9})?", Pattern.CASE_INSENSITIVE);

  /** The name of {@code partialFingerprints} under which SARIF results carry it. */
  public static final String SARIF_NAME = "vepLint/v1";

  /** The section a {@code missing-section} message is about (its first quoted heading). */
  private static final Pattern MISSING_SECTION = Pattern.compile("^missing '([^']{1,300})' section");

  /** The suggestion a {@code dir-name} message ends with, worked out from the VEP's number. */
  private static final Pattern NAME_SUGGESTION = Pattern.compile(": (move this file to|rename it to) '.*$");

  /**
   * Subjects of rules whose messages hold more than their subject: {@code missing-section} adds
   * hints (where the VEP covers the topic, which template asks for it, why) that change with edits
   * elsewhere in the VEP, so its subject is the missing heading; {@code dir-name} ends with the
   * name to use, which changes with the VEP's number, so its subject is what is wrong with the name.
   */
  static final Map<String, Function<Finding, String>> SUBJECTS = Map.of(
      "missing-section", f -> {
        var m = MISSING_SECTION.matcher(f.message());
        return m.find() ? m.group(1) : f.message();
      },
      "dir-name", f -> NAME_SUGGESTION.matcher(f.message()).replaceFirst(""));

  /**
   * Rules whose subject is the file's place (its directory, its name, the number its directory
   * carries, the links relative to it) rather than what it says: for a file renamed since the base,
   * their findings are compared with the base file at its old path, the other rules' with the base
   * content at the new path. A rename to a name that breaks the convention is the change's own.
   */
  static final java.util.Set<String> ABOUT_THE_PLACE =
      java.util.Set.of("dir-name", "main-file-name", "number-mismatch", "broken-link", "duplicate-number");

  private Fingerprint() {}

  /** Whether a rule's findings are about the file's place rather than its content. */
  static boolean isAboutThePlace(String ruleId) {
    return ABOUT_THE_PLACE.contains(ruleId);
  }

  /** The subject of a finding: what it is about, without positions. */
  public static String subject(Finding finding) {
    Function<Finding, String> subject = SUBJECTS.get(finding.ruleId());
    String text = subject != null ? subject.apply(finding) : finding.message();
    return POSITIONS.matcher(text).replaceAll("$1 #").strip();
  }

  /** The fingerprint: 16 hex digits of SHA-256 over the rule id and the subject. */
  public static String of(Finding finding) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(finding.ruleId().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(subject(finding).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
