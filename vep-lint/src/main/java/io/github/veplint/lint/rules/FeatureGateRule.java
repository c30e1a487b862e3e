package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.MainFileRule;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.model.Prose;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.Section;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Text;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepStatus;
import io.github.veplint.model.VepTitle;
import io.github.veplint.model.YamlNode;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feature VEP names its feature gate, or explains in its body why it needs none.
 *
 * <p>Front matter layout: {@code feature-gate} is set, or the body carries an explicit opt-out
 * justification (VEP 282). An error in every state, as VEP 282's field table and the community's
 * validator have it (a provisional VEP too: the gate is part of the design being reviewed). VEPs
 * that will never ship ({@code rejected}, {@code withdrawn}, {@code replaced}) are not asked for a
 * gate. Process VEPs ({@code meta-VEPs/}) are exempt, and so are VEPs that change no KubeVirt code
 * ({@link #changesNoKubevirtFeature}). Headings never count, neither as a mention nor as an
 * opt-out: only prose does.
 *
 * <h2>Older layout</h2>
 *
 * <p>Without front matter there is no field, so the rule reads the body as a maintainer would, and
 * is satisfied by either:
 *
 * <ul>
 *   <li>any mention of a feature gate outside HTML comments: the corpus names its gates in prose
 *       ("introduced behind a feature gate named `IOMMUFD`", "Feature gate `VideoConfig` guards all
 *       code changes") or relies on an existing one ("the existing SEV feature gate"), and
 *       the owning SIG copies the name into the field when it migrates the VEP. Template prompts in HTML comments
 *       ("Feature gate guards all code changes") do not count: the author did not write them;
 *   <li>a plan without alpha and beta: the Target releases bullets give alpha and beta as N/A or
 *       struck out, or the graduation/lifecycle section has only a GA subsection (sig-network/29,
 *       "Since ... already GAed, their integration does not pose a significant risk"). A GA feature
 *       has no gate by definition (docs/feature-lifecycle.md);
 *   <li>an explicit opt-out: "This VEP does not have graduation phases guarded by a feature gate."
 *       (the template's wording for VEPs shipped whole in one release), "does not require a feature
 *       gate because ...", "No feature gate (...)", "Feature Flag: None. ...", or a statement that
 *       the VEP does not follow the feature graduation model (a policy VEP outside
 *       {@code meta-VEPs/}). Opt-outs count in HTML comments too, where authors put such notes
 *       next to the Target releases bullets, but not in "Alternatives" sections (a rejected "No
 *       Feature Gate" design is no opt-out) or GA stage sections ("API available without a
 *       FeatureGate" holds for every GA feature). The same opt-outs satisfy a front matter VEP.
 * </ul>
 *
 * <p>Whether an opt-out reason is strong enough (docs/feature-lifecycle.md) is the reviewers' call,
 * not the linter's. Findings on the older layout are warnings: VEP 282 has the validator warn on
 * existing VEPs until they are migrated.
 */
@RuleInfo(
    id = "feature-gate",
    severity = Severity.ERROR,
    summary = "A feature VEP names its feature gate or justifies in the body why it has none",
    tags = {"front-matter", "governance"})
public final class FeatureGateRule extends MainFileRule {

  private static final Set<VepStatus> NEVER_SHIPS =
      Set.of(VepStatus.REJECTED, VepStatus.WITHDRAWN, VepStatus.REPLACED);

  private static final String GATE = "feature[ -]?(?:gate|flag)";

  /**
   * "feature gate", "feature-gate", "featuregate", plural too, ignoring case; the space may be any
   * run of white space (line breaks included), so the body needs no joining into one line first.
   */
  private static final Pattern MENTION =
      Pattern.compile("feature(?:\\s+|-)?gates?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FG_ABBREVIATION = Pattern.compile("\\bFG\\b");

  static final List<Pattern> OPT_OUTS =
      List.of(
          caseless(
              "\\b(?:does not|doesn't|do not|don't|will not|won't|need not|should not)\\s+"
                  + "(?:have|require|need|introduce|add|use|include)\\s+(?:a |any )?"
                  + "(?:new |dedicated |separate |its own )?(?:graduation phases guarded by a )?" + GATE),
          // "has no feature gate", or a sentence or bullet that starts "No feature gate (...)";
          // not any "no feature gate", which also reads "... and no feature gate" in a list of faults.
          caseless("(?:\\b(?:has|have|needs?|requires?|with|there is|there's)\\s+|(?:^|[.:;!?] |- ))no (?:new"
              + " |dedicated |separate )?" + GATE + "s?\\b(?! (?:is|are) (?:set|enabled|specified))"),
          caseless("\\bwithout (?:a |any )?(?:new |dedicated |separate )?" + GATE),
          caseless(GATE + "s?\\s*:\\s*(?:none|n/?a)\\b"),
          caseless("\\bnot (?:be )?(?:guarded|gated|protected) (?:by|behind) (?:a |any )?" + GATE),
          caseless("\\bnot (?:be )?feature[ -]gated\\b"),
          caseless("\\bdoes not follow the (?:standard )?(?:alpha/beta/ga )?(?:feature )?graduation"));

  private static final Pattern GA_HEADING = Pattern.compile("^ga(?:v?\\d+)?$");

  /** {@code `Name` feature gate} or {@code feature gate named `Name`}: a gate the body names. */
  private static final Pattern NAMED_GATE =
      Pattern.compile(
          "`([A-Z][A-Za-z0-9]+)`\\s+(?:alpha\\s+|beta\\s+)?feature[ -]?gate"
              + "|feature[ -]?gate\\s*(?:named|called|:)?\\s*`([A-Z][A-Za-z0-9]+)`",
          Pattern.CASE_INSENSITIVE);

  /**
   * The template's example graduation criterion "- [ ] Feature gate guards all code changes",
   * which VEPs keep as prose or in a comment: the template's words, not the VEP naming or
   * discussing its gate, so it never counts as a mention, checked or not.
   */
  static final Pattern TEMPLATE_CHECKLIST_LINE =
      Pattern.compile(
          "^\\s*(?:[-*+]\\s+)?(?:\\[[ xX]?\\]\\s*)?feature gate guards all code changes\\.?\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> PROCESS_SIGS = Set.of("sig-buildsystem", "sig-release");
  private static final String REPOS = Section.normalize("Repos");
  static final Pattern REPOSITORY =
      Pattern.compile("(?i)\\b(?:github\\.com/[a-z0-9-]+|kubevirt)/[a-z0-9][a-z0-9._-]*");
  /** kubevirt/kubevirt, not kubevirt/kubevirtci. */
  static final Pattern KUBEVIRT_REPO =
      Pattern.compile("(?i)\\bkubevirt/kubevirt(?![a-z0-9_-])");

  /**
   * How far an opt-out reaches on either side of its "feature" or "graduation": the longest lead-in
   * ("doesn't introduce any dedicated graduation phases guarded by a ") is under 70 characters,
   * and in collapsed text every white space run is one space.
   */
  private static final int OPT_OUT_REACH = 200;

  /** The view of {@link Vep#prose()} {@link #bodyText} reads: only comments are blanked. */
  private static final Set<Prose.Kind> COMMENTS = Set.of(Prose.Kind.HTML_COMMENT);

  /** The front matter lacks a gate: what is wrong, then how to fix it ({@link #ADD_GATE} or {@link #ADD_NAMED_GATE}). */
  private static final String NO_GATE = """
      %s%s, or, if the feature needs no gate, justify it in the body (e.g. 'This VEP does not \
      have graduation phases guarded by a feature gate, because ...'); alpha and beta features \
      must be gated (docs/feature-lifecycle.md, VEP 282)""";

  private static final String ADD_NAMED_GATE = "add 'feature-gate: %1$s' (the body names `%1$s`)";
  private static final String ADD_GATE = "add 'feature-gate: <GateName>' with the gate that guards the feature";

  /** An older-layout VEP never mentions a gate. */
  private static final String NEVER_SAYS = """
      the VEP never says which feature gate guards the feature: name it in the design (it \
      becomes 'feature-gate' in the front matter), or state that none is needed and why (e.g. \
      'This VEP does not have graduation phases guarded by a feature gate, because ...'); alpha \
      and beta features must be gated (docs/feature-lifecycle.md, VEP 282)""";

  @Override
  protected void checkMainFile(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    if (vep.isProcessVep() || changesNoKubevirtFeature(vep)) {
      return;
    }
    if (vep.layout() == Vep.Layout.FRONT_MATTER) {
      checkFrontMatter(vep, sink);
    } else {
      checkOlderLayout(vep, sink);
    }
  }

  private static void checkFrontMatter(Vep vep, FindingSink sink) {
    Optional<YamlNode.Mapping> front = FrontMatterSupport.mainFrontMatter(vep);
    if (front.isEmpty()) {
      return;
    }
    YamlNode.Mapping root = front.get();
    Optional<YamlNode.Entry> entry = root.entry("feature-gate");
    if (entry.isPresent() && !FrontMatterSupport.isBlank(entry.get().value())) {
      return; // a name (its shape is frontmatter-schema's business)
    }
    Optional<VepStatus> status = FrontMatterSupport.status(root);
    if (status.map(NEVER_SHIPS::contains).orElse(false)) {
      return;
    }
    if (hasOptOut(vep)) {
      return;
    }
    Optional<String> named = namedGate(bodyText(vep, false, templateChecklistLines(vep), true));
    String fix = named.map(ADD_NAMED_GATE::formatted).orElse(ADD_GATE);
    String message = NO_GATE.formatted(entry.isPresent() ? "'feature-gate' is empty: " : "no feature-gate: ", fix);
    SourcePosition at = entry.map(YamlNode.Entry::keyPosition).orElse(FrontMatterSupport.missingKeyPosition(root));
    sink.report(at, message);
  }

  private static void checkOlderLayout(Vep vep, FindingSink sink) {
    if (vep.frontMatter().isPresent() || vep.problems().stream().anyMatch(p -> p.isFrontMatterProblem())) {
      return; // broken front matter: frontmatter-syntax first
    }
    BitSet notProse = templateChecklistLines(vep);
    // Headings name topics ("### No feature gate", "### Feature Gate"): what the VEP says about
    // its gate is in the prose under them.
    vep.allSections().forEach(section -> notProse.set(section.startLine()));
    String prose = bodyText(vep, false, notProse, false);
    if (mentionsGate(prose)
        || (prose.contains("FG") && FG_ABBREVIATION.matcher(prose).find())
        || hasOptOut(vep)
        || shipsDirectlyAsGa(vep)) {
      return;
    }
    SourcePosition at =
        vep.legacy().targetReleasesSection().map(Section::position)
            .or(() -> vep.title().map(VepTitle::position))
            .orElse(SourcePosition.START);
    sink.report(Report.at(at, NEVER_SAYS).withSeverity(Severity.WARNING));
  }

  /**
   * Whether the older-layout VEP plans no alpha or beta at all: its target bullets give alpha and
   * beta as N/A or struck out and GA a release, or its graduation/lifecycle section has a GA
   * subsection and no alpha or beta one. A GA feature has no gate by definition
   * (docs/feature-lifecycle.md); why it may skip alpha and beta is the reviewers' call.
   */
  private static boolean shipsDirectlyAsGa(Vep vep) {
    List<ReleaseTarget> targets = vep.legacy().targets().targets();
    boolean gaHasRelease = targets.stream().anyMatch(t -> t.stage().equals("ga") && t.version().isPresent());
    boolean alphaOrBetaPlanned =
        targets.stream()
            .filter(t -> t.stage().startsWith("alpha") || t.stage().startsWith("beta"))
            .anyMatch(t -> t.kind() != ReleaseTarget.Kind.NOT_APPLICABLE && t.kind() != ReleaseTarget.Kind.NOT_TARGETED);
    if (gaHasRelease && !alphaOrBetaPlanned) {
      return true;
    }
    for (Section section : vep.allSections()) {
      String heading = Section.normalize(section.text());
      if (!heading.contains("graduation") && !heading.contains("lifecycle")) {
        continue;
      }
      List<String> stages = section.children().stream().map(c -> Section.normalize(c.text())).toList();
      boolean ga = stages.stream().anyMatch(FeatureGateRule::isGaHeading);
      boolean earlier = stages.stream().anyMatch(h -> h.startsWith("alpha") || h.startsWith("beta"));
      if (ga && !earlier) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line's first non-blank character can start {@link #TEMPLATE_CHECKLIST_LINE} (a
   * list marker, a checkbox or the criterion itself): most lines are rejected by one character,
   * before the expression runs.
   */
  static boolean mayOpenChecklistLine(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '-' || c == '*' || c == '+' || c == '[' || c == 'f' || c == 'F';
      }
    }
    return false;
  }

  private static BitSet templateChecklistLines(Vep vep) {
    BitSet lines = new BitSet();
    List<String> text = vep.lines();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (mayOpenChecklistLine(line) && TEMPLATE_CHECKLIST_LINE.matcher(line).matches()) {
        lines.set(i + 1);
      }
    }
    return lines;
  }

  /**
   * Whether the VEP changes how KubeVirt is built, tested or released, or code outside KubeVirt,
   * rather than a KubeVirt feature: feature gates are switches in the KubeVirt CR, so such a VEP
   * has nothing to gate, like a process VEP under {@code meta-VEPs/}. Two signals, both written by
   * the author: the VEP lives under {@code sig-buildsystem/} or {@code sig-release/} (VEP 392
   * removes Bazel), or its Repos section lists repositories and none is kubevirt/kubevirt (VEP 172's
   * Tide configuration in kubevirt/project-infra, VEP 458's out-of-tree operator).
   */
  static boolean changesNoKubevirtFeature(Vep vep) {
    if (vep.location().sigDirectory().map(PROCESS_SIGS::contains).orElse(false)) {
      return true;
    }
    for (Section section : vep.allSections()) {
      if (!Section.normalize(section.text()).equals(REPOS)) {
        continue;
      }
      int from = section.startLine() + 1;
      int to = Math.min(section.endLine(), vep.lines().size());
      StringBuilder text = new StringBuilder();
      for (int line = from; line <= to; line++) {
        text.append(vep.lines().get(line - 1)).append('\n');
      }
      return namesOnlyOtherRepositories(text.toString());
    }
    return false;
  }

  /**
   * Whether the text names a repository ({@link #REPOSITORY}) and none is kubevirt/kubevirt
   * ({@link #KUBEVIRT_REPO}). Every match of either begins with {@code github.com/} or {@code
   * kubevirt/} (any case), so each expression is searched from the first place one of these is.
   */
  static boolean namesOnlyOtherRepositories(String repos) {
    int repository = -1;
    int kubevirt = -1;
    for (int slash = repos.indexOf('/');
        slash >= 0 && kubevirt < 0;
        slash = repos.indexOf('/', slash + 1)) {
      if (slash >= 8 && repos.regionMatches(true, slash - 8, "kubevirt", 0, 8)) {
        kubevirt = slash - 8;
        if (repository < 0) {
          repository = kubevirt;
        }
      } else if (repository < 0
          && slash >= 10
          && repos.regionMatches(true, slash - 10, "github.com", 0, 10)) {
        repository = slash - 10;
      }
    }
    if (repository < 0 || !REPOSITORY.matcher(repos).find(repository)) {
      return false;
    }
    return kubevirt < 0 || !KUBEVIRT_REPO.matcher(repos).find(kubevirt);
  }

  private static Pattern caseless(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  /**
   * Whether the body opts out of a gate. Comments count (authors put such notes next to the Target
   * releases bullets); rejected alternatives ("### Alternative C: No Feature Gate") and GA stage
   * sections ("API available without a FeatureGate", true of every GA feature) do not.
   */
  private static boolean hasOptOut(Vep vep) {
    BitSet skipped = new BitSet();
    for (Section section : vep.allSections()) {
      String heading = Section.normalize(section.text());
      if (heading.startsWith("alternative") || isGaHeading(heading)) {
        skipped.set(section.startLine(), section.endLine() + 1);
      }
      // A heading or title such as "### No feature gate" announces a topic; only the prose under
      // it can say why the VEP needs no gate.
      skipped.set(section.startLine());
    }
    return anyOptOut(Text.collapseWhitespace(bodyText(vep, true, skipped, false), true));
  }

  /**
   * Whether {@link #OPT_OUTS} match the collapsed text: as a search of the whole text, but tried
   * only around each "feature" and "graduation", which every opt-out contains. Lookarounds and
   * word boundaries still see past the window (transparent bounds), and {@code ^} still means the
   * start of the text, so a match found is a match of the whole text, and no match is missed.
   */
  static boolean anyOptOut(String plain) {
    for (String word : List.of("feature", "graduation")) {
      for (int at = Text.indexOfIgnoreCase(plain, word, 0); at >= 0; at = Text.indexOfIgnoreCase(plain, word, at + 1)) {
        int from = Math.max(0, at - OPT_OUT_REACH);
        int to = Math.min(plain.length(), at + word.length() + OPT_OUT_REACH);
        for (Pattern optOut : OPT_OUTS) {
          Matcher matcher = optOut.matcher(plain);
          matcher.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
          if (matcher.find()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the text mentions a feature gate ({@link #MENTION}), looking only where "feature" is. */
  private static boolean mentionsGate(String text) {
    int at = Text.indexOfIgnoreCase(text, "feature", 0);
    if (at < 0) {
      return false;
    }
    Matcher mention = MENTION.matcher(text);
    mention.region(at, text.length());
    return mention.find();
  }

  /** "GA", "GA v1.10", "GA (v1.9.0)", normalized; not "Gateway". */
  private static boolean isGaHeading(String normalizedHeading) {
    return GA_HEADING.matcher(normalizedHeading).matches();
  }

  private static Optional<String> namedGate(String prose) {
    Matcher m = NAMED_GATE.matcher(prose);
    return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
  }

  /**
   * The body after the front matter, with HTML comments blanked out ({@link Prose.Kind#HTML_COMMENT})
   * unless {@code withComments}, and without the {@code skipped} lines; with {@code collapse}, as
   * one line of text with single spaces (so phrases broken across lines match expressions written
   * with one space). Code is kept: gates are named in code spans ("feature gate `IOMMUFD`") and
   * YAML examples ({@code featureGates:}).
   */
  static String bodyText(Vep vep, boolean withComments, BitSet skipped, boolean collapse) {
    String text = vep.prose().body(withComments ? Set.of() : COMMENTS, skipped);
    return collapse ? Text.collapseWhitespace(text, false) : text;
  }


}
