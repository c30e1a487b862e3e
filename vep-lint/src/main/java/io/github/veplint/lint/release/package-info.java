/**
 * The release view, {@code vep-lint report --release vX.Y}: every VEP that targets a release, with
 * its owning SIG, stages, status, reviewers and approvers, VEP Freeze compliance and findings. {@link
 * io.github.veplint.lint.release.ReleaseView} is a plain value built by {@link
 * io.github.veplint.lint.release.ReleaseViews}; renderers ({@link
 * io.github.veplint.lint.release.MarkdownReleaseView}, {@link
 * io.github.veplint.lint.release.JsonReleaseView}) only read it, so more formats can be added. The
 * release check-in ({@link io.github.veplint.lint.release.ReleaseChecks}) joins the view with the
 * project board ({@link io.github.veplint.lint.release.BoardExport}, {@link
 * io.github.veplint.lint.release.BoardQuery}) and the tracking issues, and adds the cross-checks.
 */
package io.github.veplint.lint.release;
