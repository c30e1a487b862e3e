package io.github.veplint.model.read;

import io.github.veplint.model.ScanProblem;
import io.github.veplint.model.Text;
import io.github.veplint.model.VepLocation;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A checkout of a VEP repository as laid out by kubevirt/enhancements: one or more VEP roots
 * ({@code veps/}), the template directory, SIG directories, and one directory per VEP.
 *
 * <p>Scanning reads directory listings only, never file content. Symbolic links to directories are
 * followed only when they resolve inside the repository root. A markdown entry that is not a
 * directory is listed whatever it is (a symbolic link out of the repository, a dangling or looping
 * link, a FIFO, a device): {@link VepParser} then reports why it cannot be read, so a VEP never
 * disappears from a run without a finding.
 *
 * @param root the repository root, absolute and normalized
 * @param vepRoots the VEP roots that exist, in the order configured
 * @param template the template's main file, when found ({@code
 *     <vep-root>/NNNN-vep-template/vep.md})
 * @param directories every VEP directory, sorted by path
 * @param singleFileVeps markdown files lying directly in a SIG directory (the older single-file
 *     form, e.g. {@code veps/sig-network/decouple-nad.md}), sorted
 * @param sigs the SIG directory names found under the VEP roots, {@code meta-VEPs} excluded
 * @param problems directories that could not be listed and links that were not followed
 */
public record VepRepository(
    Path root,
    List<Path> vepRoots,
    Optional<Path> template,
    List<VepDirectory> directories,
    List<Path> singleFileVeps,
    SortedSet<String> sigs,
    List<ScanProblem> problems) {

  /** The VEP root used when none is configured. */
  public static final String DEFAULT_VEP_ROOT = "veps";

  /** At most this many edits from an established SIG's name, a lone SIG directory is suspect. */
  private static final int SUSPECT_SIG_DISTANCE = 2;

  private static final Pattern TEMPLATE_DIRECTORY = Pattern.compile("(?i)^N+-.*template.*$");
  private static final int MAX_ATTACHMENT_DEPTH = 4;

  /**
   * Copies the collections so the record stays immutable.
   *
   * @param root the repository root, absolute and normalized
   * @param vepRoots the VEP roots that exist, in the order configured
   * @param template the template's main file, when found ({@code
   *     <vep-root>/NNNN-vep-template/vep.md})
   * @param directories every VEP directory, sorted by path
   * @param singleFileVeps markdown files lying directly in a SIG directory (the older single-file
   *     form, e.g. {@code veps/sig-network/decouple-nad.md}), sorted
   * @param sigs the SIG directory names found under the VEP roots, {@code meta-VEPs} excluded
   * @param problems directories that could not be listed and links that were not followed
   */
  public VepRepository {
    vepRoots = List.copyOf(vepRoots);
    directories = List.copyOf(directories);
    singleFileVeps = List.copyOf(singleFileVeps);
    sigs = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(sigs));
    problems = List.copyOf(problems);
  }

  /**
   * Scans a checkout whose VEPs live under {@code veps/}.
   *
   * @param root the repository root
   * @return what the checkout holds
   */
  public static VepRepository scan(Path root) {
    return scan(root, List.of(DEFAULT_VEP_ROOT));
  }

  /**
   * Scans a checkout.
   *
   * @param root the repository root
   * @param vepRootNames VEP roots relative to {@code root}; missing ones are skipped
   * @return what the checkout holds
   */
  public static VepRepository scan(Path root, List<String> vepRootNames) {
    return new Scanner(root.toAbsolutePath().normalize()).scan(vepRootNames);
  }

  /**
   * A path relative to the repository root, with {@code /} separators.
   *
   * @param path a path inside the repository
   * @return the path relative to the root
   */
  public String relativize(Path path) {
    return root.relativize(path.toAbsolutePath().normalize())
        .toString()
        .replace(root.getFileSystem().getSeparator(), "/");
  }

  /**
   * The VEP root that contains {@code path}, if any.
   *
   * @param path a path inside the repository
   * @return the VEP root; empty when the path is in none
   */
  public Optional<Path> vepRootOf(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return vepRoots.stream().filter(absolute::startsWith).findFirst();
  }

  /**
   * Every markdown file that belongs to a VEP (main files, attachments, single-file VEPs), sorted.
   *
   * @return the files, sorted
   */
  public List<Path> markdownFiles() {
    List<Path> files = new ArrayList<>();
    for (VepDirectory directory : directories) {
      directory.mainFile().ifPresent(files::add);
      files.addAll(directory.attachments());
    }
    files.addAll(singleFileVeps);
    files.sort(Comparator.naturalOrder());
    return files;
  }

  /**
   * SIG directories that look like a misspelt SIG rather than a SIG: each holds one VEP, which no
   * other VEP shares, and its name is within {@value #SUSPECT_SIG_DISTANCE} edits, and a third of
   * its name after {@code sig-}, of an established SIG directory (one holding two VEPs or more),
   * e.g. {@code sig-netwrk} beside {@code sig-network}. A SIG the configuration lists is the
   * configuration's business, not this scan's.
   *
   * @return the suspect SIG directories' names, sorted
   */
  public SortedSet<String> suspectSigs() {
    Map<String, Integer> vepsPerSig = new HashMap<>();
    for (VepDirectory directory : directories) {
      vepsPerSig.merge(directory.sigDirectory(), 1, Integer::sum);
    }
    for (Path file : singleFileVeps) {
      vepsPerSig.merge(file.getParent().getFileName().toString(), 1, Integer::sum);
    }
    SortedSet<String> suspect = new TreeSet<>();
    for (String sig : sigs) {
      // A typo is a small part of the name: 'sig-netwrk' for 'sig-network', never 'sig-b' for 'sig-a'.
      int allowed = Math.min(SUSPECT_SIG_DISTANCE, sig.replaceFirst("^sig-", "").length() / 3);
      if (vepsPerSig.getOrDefault(sig, 0) == 1
          && sigs.stream().anyMatch(other -> !other.equals(sig) && vepsPerSig.getOrDefault(other, 0) >= 2
              && Text.editDistance(sig, other) <= allowed)) {
        suspect.add(sig);
      }
    }
    return suspect;
  }

  private static final class Scanner {
    private final Path root;
    private final Path realRoot;
    private final List<ScanProblem> problems = new ArrayList<>();

    Scanner(Path root) {
      this.root = root;
      Path real;
      try {
        real = root.toRealPath();
      } catch (IOException e) {
        real = root;
      }
      this.realRoot = real;
    }

    VepRepository scan(List<String> vepRootNames) {
      List<Path> vepRoots = new ArrayList<>();
      Optional<Path> template = Optional.empty();
      List<VepDirectory> directories = new ArrayList<>();
      List<Path> singleFiles = new ArrayList<>();
      SortedSet<String> sigs = new TreeSet<>();
      for (String name : vepRootNames) {
        Path vepRoot = root.resolve(name).normalize();
        if (!isDirectoryInside(vepRoot)) {
          continue;
        }
        // The root's name may have several components ('docs/veps'), any of them a link.
        if (!isReallyInside(vepRoot)) {
          report(vepRoot, "VEP root resolves outside the repository; not scanned");
          continue;
        }
        vepRoots.add(vepRoot);
        for (Path child : list(vepRoot)) {
          if (!isDirectoryInside(child)) {
            continue;
          }
          String childName = child.getFileName().toString();
          if (TEMPLATE_DIRECTORY.matcher(childName).matches()) {
            Path main = child.resolve(VepLocation.MAIN_FILE);
            if (template.isEmpty() && isFileInside(main)) {
              template = Optional.of(main);
            }
            continue;
          }
          if (io.github.veplint.model.internal.PathReader.isMisplacedVepDirectory(childName)
              && isFileInside(child.resolve(VepLocation.MAIN_FILE))) {
            // A VEP directory straight under the VEP root (veps/0172-code-freeze-enforcement/):
            // a VEP without a SIG directory, not a SIG. dir-name reports where it belongs.
            directories.add(vepDirectory(vepRoot, child, ""));
            continue;
          }
          if (!childName.equals(VepLocation.PROCESS_DIRECTORY)) {
            sigs.add(childName);
          }
          scanSig(vepRoot, child, directories, singleFiles);
        }
      }
      directories.sort(Comparator.comparing(VepDirectory::directory));
      singleFiles.sort(Comparator.naturalOrder());
      return new VepRepository(root, vepRoots, template, directories, singleFiles, sigs, problems);
    }

    private void scanSig(Path vepRoot, Path sigDirectory, List<VepDirectory> out, List<Path> singleFiles) {
      String sig = sigDirectory.getFileName().toString();
      for (Path entry : list(sigDirectory)) {
        if (isMarkdownFile(entry)) {
          singleFiles.add(entry);
        } else if (isDirectoryInside(entry)) {
          out.add(vepDirectory(vepRoot, entry, sig));
        }
      }
    }

    private VepDirectory vepDirectory(Path vepRoot, Path entry, String sig) {
      Path main = entry.resolve(VepLocation.MAIN_FILE);
      List<Path> attachments = new ArrayList<>();
      collectMarkdown(entry, main, attachments, 0);
      attachments.sort(Comparator.naturalOrder());
      return new VepDirectory(
          entry,
          relative(entry),
          vepRoot,
          sig,
          isMarkdownFile(main) || Files.isDirectory(main, LinkOption.NOFOLLOW_LINKS)
              ? Optional.of(main)
              : Optional.empty(),
          attachments);
    }

    private void collectMarkdown(Path directory, Path main, List<Path> out, int depth) {
      for (Path entry : list(directory)) {
        if (entry.equals(main)) {
          continue;
        }
        if (isMarkdownFile(entry)) {
          out.add(entry);
        } else if (isDirectoryInside(entry) && depth < MAX_ATTACHMENT_DEPTH) {
          collectMarkdown(entry, main, out, depth + 1);
        }
      }
    }

    private static boolean isMarkdown(Path path) {
      return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md");
    }

    /**
     * A markdown name that is not a directory the scan may enter: a regular file, or anything else
     * that is there (a link leading out of the repository, dangling or looping, a FIFO, a device),
     * which is listed so that reading it reports why it cannot be read. Nothing is opened here.
     */
    private boolean isMarkdownFile(Path path) {
      if (!isMarkdown(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
      if (!Files.isSymbolicLink(path)) {
        return !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
      }
      try {
        Path target = path.toRealPath();
        return !(target.startsWith(realRoot) && Files.isDirectory(target));
      } catch (IOException e) {
        return true;
      }
    }

    private List<Path> list(Path directory) {
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
        stream.forEach(entries::add);
      } catch (IOException | RuntimeException e) {
        problems.add(new ScanProblem(relative(directory), "cannot list directory (" + e.getMessage() + ")"));
      }
      entries.sort(Comparator.naturalOrder());
      return entries;
    }

    // The link is checked before the type: a broken or looping link is neither a directory nor a
    // file, and would otherwise be skipped without a word.
    private boolean isDirectoryInside(Path path) {
      return isInside(path) && Files.isDirectory(path);
    }

    private boolean isFileInside(Path path) {
      return isInside(path) && Files.isRegularFile(path);
    }

    /**
     * A symbolic link counts only when it resolves inside the repository, and, for a directory, not
     * to one that contains the link: following that would list the same files again and again.
     */
    private boolean isInside(Path path) {
      if (!Files.isSymbolicLink(path)) {
        return true;
      }
      try {
        Path target = path.toRealPath();
        if (!target.startsWith(realRoot)) {
          report(path, "symbolic link points outside the repository; not followed");
        } else if (Files.isDirectory(target) && path.getParent().toRealPath().startsWith(target)) {
          report(path, "symbolic link loops back to a directory that contains it; not followed");
        } else {
          return true;
        }
      } catch (IOException e) {
        report(path, "broken or looping symbolic link; not followed");
      }
      return false;
    }

    /** Whether a path, with every link in it resolved, lies under the repository's real root. */
    private boolean isReallyInside(Path path) {
      try {
        return path.toRealPath().startsWith(realRoot);
      } catch (IOException e) {
        return false;
      }
    }

    /** Reports a path once, though several checks may look at it. */
    private void report(Path path, String problem) {
      ScanProblem line = new ScanProblem(relative(path), problem);
      if (!problems.contains(line)) {
        problems.add(line);
      }
    }

    private String relative(Path path) {
      return root.relativize(path).toString().replace(root.getFileSystem().getSeparator(), "/");
    }
  }
}
