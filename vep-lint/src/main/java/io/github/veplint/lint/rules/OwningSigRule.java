package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.MainFileRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepLocation;
import io.github.veplint.model.YamlNode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * Every VEP has one owning SIG, it is a SIG the repository knows, and the VEP lives in that SIG's
 * directory.
 *
 * <p>Front matter layout: {@code owning-sig} must be present, name a SIG of
 * {@link LintContext#sigs()} and, for feature VEPs, equal the SIG directory ({@code
 * veps/<sig>/...}). Process VEPs live in {@code meta-VEPs/}, which is no SIG, so only presence and
 * validity are checked for them. Older layout: the SIG is the directory, which is fine when it is a
 * known SIG. This rule also owns the schema's "missing owning-sig" and SIG-name-shape violations, so
 * {@code frontmatter-schema} does not repeat them.
 */
@RuleInfo(
    id = "owning-sig",
    severity = Severity.ERROR,
    summary = "The owning SIG is set, is a known SIG, and matches the SIG directory the VEP lives in",
    tags = {"front-matter", "files"})
public final class OwningSigRule extends MainFileRule {

  @Override
  protected void checkMainFile(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    LintContext context = file.context();
    VepLocation location = vep.location();
    Optional<String> directorySig = location.sigDirectory().filter(sig -> !location.isProcessVep());
    if (vep.layout() == Vep.Layout.LEGACY) {
      directorySig
          .filter(sig -> !context.sigs().contains(sig))
          .ifPresent(sig -> sink.report(
              SourcePosition.START,
              "the VEP lives in " + sigPath(location) + ", which is not a known SIG (known: "
                  + String.join(", ", context.sigs()) + ")" + didYouMean(sig, context.sigs())
                  + newDirectory(sig, context) + ": move it under its owning SIG's directory"));
      return;
    }
    Optional<YamlNode.Mapping> front = FrontMatterSupport.mainFrontMatter(vep);
    if (front.isEmpty()) {
      return;
    }
    Optional<YamlNode.Entry> entry = front.get().entry("owning-sig");
    String add =
        directorySig
            .map(sig -> "add 'owning-sig: " + sig + "' (the SIG directory this VEP lives in)")
            .orElse("add 'owning-sig: <sig>' naming the SIG that owns this VEP, one of "
                + String.join(", ", context.sigs()));
    if (entry.isEmpty()) {
      sink.report(FrontMatterSupport.missingKeyPosition(front.get()), "missing 'owning-sig': " + add);
      return;
    }
    YamlNode value = entry.get().value();
    if (FrontMatterSupport.isBlank(value)) {
      sink.report(entry.get().keyPosition(), "'owning-sig' is empty: " + add.replaceFirst("^add", "write"));
      return;
    }
    if (!(value instanceof YamlNode.Scalar sig)) {
      sink.report(
          entry.get().keyPosition(),
          "'owning-sig' must be one SIG name such as 'sig-compute', not a list or mapping: a VEP"
              + " has one owning SIG; list the others in participating-sigs");
      return;
    }
    if (!context.sigs().contains(sig.value())) {
      sink.report(
          sig.position(),
          "unknown SIG '" + sig.value() + "'" + didYouMean(sig.value(), context.sigs())
              + newDirectory(sig.value(), context) + ": owning-sig must be one of "
              + String.join(", ", context.sigs()));
      return;
    }
    if (directorySig.isPresent() && !context.sigs().contains(directorySig.get())) {
      sink.report(
          sig.position(),
          "owning-sig is '%s' but the VEP lives in %s, which is not a known SIG%s%s: move the VEP directory to %s%s/"
              .formatted(sig.value(), sigPath(location), didYouMean(directorySig.get(), context.sigs()),
                  newDirectory(directorySig.get(), context), vepRootPath(location), sig.value()));
      return;
    }
    if (directorySig.isPresent() && !directorySig.get().equals(sig.value())) {
      sink.report(
          sig.position(),
          ("owning-sig is '%1$s' but the VEP lives in %2$s: set 'owning-sig: %3$s', or move the VEP directory"
              + " to %4$s%1$s/ if %1$s owns it").formatted(sig.value(), sigPath(location), directorySig.get(), vepRootPath(location)));
    }
  }

  /**
   * Why a SIG whose directory exists is still not valid: the valid SIGs are {@code sigs:} in the
   * configuration or the SIG directories of the base, so a pull request cannot add one by creating
   * its directory; without a base, a lone SIG directory named like an established SIG is taken for a
   * misspelling ({@code VepRepository#suspectSigs}).
   */
  private static String newDirectory(String sig, LintContext context) {
    if (!context.repository().sigs().contains(sig)) {
      return "";
    }
    if (context.base().isEmpty() && context.repository().suspectSigs().contains(sig)) {
      String established = FrontMatterSupport.closest(sig, context.sigs()).map(s -> "'" + s + "'").orElse("another SIG");
      return ("; its directory holds this VEP alone and is named like %s, an established SIG, so it reads as a"
          + " misspelling: VEPs go in their owning SIG's directory, and new SIGs are chartered by the KubeVirt"
          + " community (kubevirt/community) before the enhancements maintainers add the SIG's directory")
          .formatted(established);
    }
    String source = context.base().isPresent()
        ? "the SIG directories at " + context.base().get().describe() + " (or 'sigs:' in .vep-lint.yaml)"
        : "'sigs:' in .vep-lint.yaml";
    return "; its directory exists, but the valid SIGs are " + source + ", so a pull request cannot add a SIG"
        + " by creating its directory: new SIGs are chartered by the KubeVirt community (kubevirt/community),"
        + " and the enhancements maintainers then add the SIG's directory";
  }

  /** {@code " (did you mean 'sig-compute'?)"} for {@code compute} or {@code sig-comptue}. */
  private static String didYouMean(String written, Collection<String> sigs) {
    return FrontMatterSupport.closest(candidateName(written), sigs)
        .map(s -> " (did you mean '" + s + "'?)")
        .orElse("");
  }

  /** Authors often drop the {@code sig-} prefix; compare with it restored. */
  private static String candidateName(String written) {
    return written.startsWith("sig-") ? written : "sig-" + written;
  }

  /** The VEP root as a repository path, e.g. {@code veps/}; empty when the SIG is at the top. */
  private static String vepRootPath(VepLocation location) {
    String sigPath = sigPath(location);
    int parent = sigPath.lastIndexOf('/', sigPath.length() - 2);
    return parent < 0 ? "" : sigPath.substring(0, parent + 1);
  }

  /** The SIG directory as a repository path, e.g. {@code veps/sig-network/}. */
  private static String sigPath(VepLocation location) {
    String[] segments = location.relativePath().split("/");
    int sigIndex = segments.length - (location.vepDirectory().isPresent() ? 3 : 2);
    if (sigIndex < 0) {
      return location.sigDirectory().orElse("") + "/";
    }
    return String.join("/", Arrays.copyOfRange(segments, 0, sigIndex + 1)) + "/";
  }
}
