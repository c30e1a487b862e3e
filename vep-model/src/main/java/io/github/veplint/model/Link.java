package io.github.veplint.model;

/**
 * A link or image in the markdown body.
 *
 * @param destination the URL or path as written
 * @param image whether it is an image ({@code ![alt](src)})
 * @param position where the link starts
 */
public record Link(String destination, boolean image, SourcePosition position) {

  /**
   * Whether the destination is a path inside the repository rather than a URL, a mail address or an
   * in-page anchor.
   *
   * @return true for a repository path, false for a URL, a mail address or an anchor
   */
  public boolean isRelative() {
    String d = destination.trim();
    return !d.isEmpty()
        && !d.startsWith("#")
        && !d.startsWith("/")
        && !d.startsWith("//")
        && !d.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
  }
}
