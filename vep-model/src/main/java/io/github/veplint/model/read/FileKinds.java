package io.github.veplint.model.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Names what a path that is not a regular file is, for messages that refuse it. */
public final class FileKinds {

  private FileKinds() {}

  /**
   * What the path is, as a noun phrase: "a symbolic link", "a directory", "a FIFO (named pipe)", "a
   * character device", "a block device", "a socket", or "a special file" where the file system has
   * no unix view.
   *
   * @param file the path the attributes were read from
   * @param attributes its attributes, read with or without following links
   * @param options {@link LinkOption#NOFOLLOW_LINKS} when the attributes were read without following links
   * @return the phrase, never empty
   */
  public static String describe(Path file, BasicFileAttributes attributes, LinkOption... options) {
    if (attributes.isSymbolicLink()) {
      return "a symbolic link";
    }
    if (attributes.isDirectory()) {
      return "a directory";
    }
    try {
      if (Files.getAttribute(file, "unix:mode", options) instanceof Integer mode) {
        switch (mode & 0170000) {
          case 0010000: return "a FIFO (named pipe)";
          case 0020000: return "a character device";
          case 0060000: return "a block device";
          case 0140000: return "a socket";
          default: break;
        }
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // No unix view: say what is known.
    }
    return "a special file";
  }
}
