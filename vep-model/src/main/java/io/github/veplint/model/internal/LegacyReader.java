package io.github.veplint.model.internal;

import io.github.veplint.model.ChecklistItem;
import io.github.veplint.model.LegacyMetadata;
import io.github.veplint.model.Milestones;
import io.github.veplint.model.Origin;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.Section;
import io.github.veplint.model.SourcePosition;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the older prose layout: the "Target releases" bullets and the signoff checklist. */
public final class LegacyReader {

  /**
   * {@code - This VEP targets alpha for version: v1.6}, also struck ({@code - ~This VEP targets
   * beta for version:~}), past tense ({@code targeted}), extra stages ({@code alpha2}) and no stage
   * at all ({@code This VEP targets version: v1.9}).
   */
  private static final Pattern TARGET_BULLET =
      Pattern.compile(
          "^\\s*[-*+]\\s+(?<strike>~{1,2})?\\s*This VEP (?<tense>targets|targeted)\\s+"
              + "(?:(?<stage>.+?)\\s+for\\s+)?version\\b\\s*:?(?<value>.*)$",
          Pattern.CASE_INSENSITIVE);

  /**
   * {@code - Ship target version: v1.8}: the form the template suggests for a VEP without
   * graduation phases, shipped whole in one release.
   */
  private static final Pattern SHIP_BULLET =
      Pattern.compile(
          "^\\s*[-*+]\\s+(?<strike>~{1,2})?\\s*Ship target version\\s*:?(?<value>.*)$",
          Pattern.CASE_INSENSITIVE);

  /** The stage given to a target that names none: the whole feature ships in that release. */
  public static final String SHIP_STAGE = "ship";

  /** {@code - [x] (R) Alpha target version is explicitly mentioned and approved}, maybe struck. */
  private static final Pattern CHECKLIST_ITEM =
      Pattern.compile(
          "^\\s*[-*+]\\s+(?<strikeBefore>~{1,2})?\\s*\\[(?<box>[ xX])\\]\\s*(?<strikeAfter>~{1,2})?(?<text>.*)$");

  private static final Pattern CHECKLIST_STAGE =
      Pattern.compile("\\b(alpha|beta|ga)\\s+target version\\b", Pattern.CASE_INSENSITIVE);

  private LegacyReader() {}

  /**
   * Reads both legacy sections from a parsed body.
   *
   * @param blockLines lines not read (see {@link MarkdownReader.Body#blockLines})
   */
  public static LegacyMetadata read(
      List<Section> allSections, IntFunction<String> line, BitSet blockLines) {
    // "Target releases (WorkloadEncryptionSEV)": one section per feature gate, read them all.
    List<Section> targetSections =
        allSections.stream()
            .filter(s -> Section.normalize(s.text()).startsWith("targetreleases"))
            .toList();
    Optional<Section> targetSection = targetSections.stream().findFirst();
    Optional<Section> checklistSection = find(allSections, "releasesignoffchecklist");
    List<ReleaseTarget> targetList = new ArrayList<>();
    targetSections.forEach(s -> targetList.addAll(readTargets(s, line, blockLines)));
    Milestones targets = new Milestones(targetList);
    List<ChecklistItem> checklist =
        checklistSection.map(s -> readChecklist(s, line, blockLines)).orElse(List.of());
    return new LegacyMetadata(targetSection, targets, checklistSection, checklist);
  }

  private static Optional<Section> find(List<Section> sections, String normalizedName) {
    return sections.stream()
        .filter(s -> Section.normalize(s.text()).equals(normalizedName))
        .findFirst();
  }

  private static List<ReleaseTarget> readTargets(
      Section section, IntFunction<String> line, BitSet skip) {
    List<ReleaseTarget> targets = new ArrayList<>();
    for (int number = section.startLine() + 1; number <= section.endLine(); number++) {
      if (skip.get(number)) {
        continue;
      }
      String text = line.apply(number);
      Matcher m = TARGET_BULLET.matcher(text);
      boolean shipForm = false;
      if (!m.matches()) {
        m = SHIP_BULLET.matcher(text);
        shipForm = true;
        if (!m.matches()) {
          continue;
        }
      }
      boolean struck = m.group("strike") != null;
      String value = m.group("value");
      int valueStart = m.start("value");
      int leading = value.length() - value.stripLeading().length();
      value = value.strip();
      if (value.endsWith("~")) {
        struck = struck || value.startsWith("~") || value.equals("~") || value.endsWith("~~");
        value = value.replaceAll("~+$", "").strip();
        if (value.startsWith("~")) {
          // "~v1.5~": only the value is struck; its opening marker is not part of the value.
          String unmarked = value.replaceFirst("^~+\\s*", "");
          leading += value.length() - unmarked.length();
          value = unmarked;
        }
      }
      String stage =
          shipForm || m.group("stage") == null
              ? SHIP_STAGE
              : m.group("stage").strip().toLowerCase(Locale.ROOT);
      boolean past = !shipForm && m.group("tense").equalsIgnoreCase("targeted");
      SourcePosition position =
          value.isEmpty()
              ? new SourcePosition(number, firstNonBlank(text) + 1)
              : new SourcePosition(number, valueStart + leading + 1);
      if (struck) {
        targets.add(
            new ReleaseTarget(
                stage, ReleaseTarget.Kind.NOT_TARGETED, value, Optional.empty(), "", past,
                Origin.LEGACY_SECTION, position));
      } else {
        targets.add(ReleaseValues.classify(stage, value, past, Origin.LEGACY_SECTION, position));
      }
    }
    return targets;
  }

  private static List<ChecklistItem> readChecklist(Section section, IntFunction<String> line, BitSet skip) {
    List<ChecklistItem> items = new ArrayList<>();
    for (int number = section.startLine() + 1; number <= section.endLine(); number++) {
      if (skip.get(number)) {
        continue;
      }
      String text = line.apply(number);
      Matcher m = CHECKLIST_ITEM.matcher(text);
      if (!m.matches()) {
        continue;
      }
      String itemText = m.group("text").strip();
      boolean struck =
          m.group("strikeBefore") != null || m.group("strikeAfter") != null || itemText.endsWith("~");
      itemText = itemText.replaceAll("~+$", "").strip();
      Matcher stage = CHECKLIST_STAGE.matcher(itemText);
      items.add(
          new ChecklistItem(
              !m.group("box").isBlank(),
              struck,
              itemText.startsWith("(R)"),
              itemText,
              stage.find() ? Optional.of(stage.group(1).toLowerCase(Locale.ROOT)) : Optional.empty(),
              new SourcePosition(number, firstNonBlank(text) + 1)));
    }
    return items;
  }

  private static int firstNonBlank(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
