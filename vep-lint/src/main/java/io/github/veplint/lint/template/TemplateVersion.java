package io.github.veplint.lint.template;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One version of the VEP template file.
 *
 * @param date the day it was committed (author date), when known
 * @param source where it was read from: a commit id, a configured file, or a note for the built-in
 *     knowledge of kubevirt/enhancements
 * @param layout its section layout
 */
public record TemplateVersion(Optional<LocalDate> date, String source, TemplateLayout layout) {}
