package io.github.veplint.model;

import java.util.Optional;

/**
 * One item of the Release Signoff Checklist, such as
 * {@code - [x] (R) Alpha target version is explicitly mentioned and approved}.
 *
 * @param checked whether the box holds {@code x} or {@code X}
 * @param struck whether the item is struck through ({@code ~...~}): it does not apply
 * @param required whether the item is marked {@code (R)}
 * @param text the item's text after the box, without strike markers, trimmed
 * @param stage the stage whose target version the item approves ({@code alpha}, {@code beta},
 *     {@code ga}), or empty for other items
 * @param position the bullet's first character
 */
public record ChecklistItem(
    boolean checked,
    boolean struck,
    boolean required,
    String text,
    Optional<String> stage,
    SourcePosition position) {}
