package io.github.veplint.lint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.veplint.lint.github.MarkedComments;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The GitHub Action's helper for what is GitHub's, run by {@code .github/action/run.sh} as {@code
 * java -cp vep-lint.jar io.github.veplint.lint.cli.GithubActionSupport COMMAND …}, so the script
 * needs neither jq nor Python to read and write GitHub's JSON: the event payload, and the REST API's
 * request bodies and responses. What the lint found comes from {@code check} itself (the {@code
 * github}, {@code summary} and {@code facts} report formats). Not part of the command line: its
 * arguments and output are the script's, and may change with it.
 *
 * <ul>
 *   <li>{@code event FILE}: {@code key=value} lines from an event payload: {@code number}, {@code
 *       base}, {@code head} and one {@code label} per label of a pull request; {@code before} of a
 *       push (not for a new branch). Commit ids are checked to be hex; labels with control
 *       characters are dropped.
 *   <li>{@code comment-id MARKER FILE…}: the id of the first comment in these pages of {@code GET
 *       /repos/…/issues/N/comments} whose body contains the marker and whose author is a bot or has write access
 *       ({@link MarkedComments}); nothing when none does.
 *   <li>{@code json-body FILE}: {@code {"body": …}} with the file's text, for {@code POST}/{@code
 *       PATCH} of a comment.
 *   <li>{@code labels-body NAME}: {@code {"labels": [NAME]}}.
 * </ul>
 *
 * Exit status 0, or 2 with one line on standard error.
 */
public final class GithubActionSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
  private static final Pattern ZEROS = Pattern.compile("0+");

  private GithubActionSupport() {}

  /** Runs one command and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, System.err));
  }

  /** Runs one command; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println("vep-lint action: missing command");
      return 2;
    }
    List<String> rest = List.of(args).subList(1, args.length);
    try {
      switch (args[0]) {
        case "event" -> event(Path.of(rest.get(0)), out);
        case "comment-id" -> commentId(rest.get(0), rest.subList(1, rest.size()), out);
        case "json-body" -> out.print(JSON.writeValueAsString(
            JSON.createObjectNode().put("body", Files.readString(Path.of(rest.get(0)), StandardCharsets.UTF_8))));
        case "labels-body" -> {
          ObjectNode body = JSON.createObjectNode();
          body.putArray("labels").add(rest.get(0));
          out.print(JSON.writeValueAsString(body));
        }
        default -> throw new IllegalArgumentException("unknown command " + args[0]);
      }
      out.flush();
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("vep-lint action: " + args[0] + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
      return 2;
    }
  }

  static void event(Path file, PrintStream out) throws IOException {
    JsonNode event = JSON.readTree(file.toFile());
    JsonNode pr = event.path("pull_request");
    if (pr.isObject()) {
      if (pr.path("number").canConvertToInt()) {
        out.println("number=" + pr.path("number").asInt());
      }
      sha(pr.path("base").path("sha")).ifPresent(s -> out.println("base=" + s));
      sha(pr.path("head").path("sha")).ifPresent(s -> out.println("head=" + s));
      for (JsonNode label : pr.path("labels")) {
        String name = label.path("name").asText("");
        if (!name.isEmpty() && name.chars().noneMatch(Character::isISOControl)) {
          out.println("label=" + name);
        }
      }
      return;
    }
    sha(event.path("before")).filter(s -> !ZEROS.matcher(s).matches()).ifPresent(s -> out.println("before=" + s));
  }

  private static Optional<String> sha(JsonNode node) {
    return Optional.of(node.asText("")).map(s -> s.toLowerCase(Locale.ROOT)).filter(s -> SHA.matcher(s).matches());
  }

  static void commentId(String marker, List<String> pages, PrintStream out) throws IOException {
    for (String page : pages) {
      JsonNode comments = JSON.readTree(Path.of(page).toFile());
      for (JsonNode comment : comments) {
        if (comment.path("body").asText("").contains(marker) && comment.path("id").canConvertToLong()
            && MarkedComments.writtenByTrustedAuthor(comment)) {
          out.println(comment.path("id").asLong());
          return;
        }
      }
    }
  }
}
