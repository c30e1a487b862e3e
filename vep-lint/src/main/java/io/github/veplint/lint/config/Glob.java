package io.github.veplint.lint.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A glob of the JDK's {@code glob:} syntax ({@link java.nio.file.FileSystem#getPathMatcher}),
 * compiled to a nondeterministic automaton that is run on a path in one pass: matching costs at
 * most the path's length times the glob's, whatever the glob. The JDK translates a glob to a
 * {@link java.util.regex.Pattern}, which backtracks: {@code **?**?**?**?**!} against one
 * 200-character directory name ran for more than 90 seconds. Globs come from {@code .vep-lint.yaml},
 * which a pull request can change.
 *
 * <p>The syntax, as the JDK reads it: {@code *} is any run of characters but {@code /}, {@code **}
 * any run of characters, {@code ?} one character but {@code /}, {@code [abc]}, {@code [a-c]} and
 * {@code [!a]} one character of a set (never {@code /}; a leading {@code -} and a {@code -} before
 * {@code ]} stand for themselves), {@code {a,b}} one of the alternatives (not nested), {@code \}
 * takes the next character literally; every other character stands for itself. One difference:
 * {@code **} also runs over line terminators, which the JDK's {@code .*} does not.
 */
final class Glob {

  /** What a state does with the next character. */
  private enum Kind {
    /** Consumes one character equal to {@code ch}. */
    CHAR,
    /** Consumes one character of {@code set} (or not of it, when negated); never {@code /}. */
    CLASS,
    /** Consumes any run of characters but {@code /} (or any, when {@code crossesSlash}), then on. */
    STAR,
    /** Goes on to each of {@code targets} without consuming anything. */
    SPLIT,
    /** The whole path matched. */
    ACCEPT
  }

  private static final class State {
    final Kind kind;
    char ch;
    char[] ranges = new char[0]; // pairs: from, to
    boolean negated;
    boolean crossesSlash;
    int next = -1;
    int[] targets = new int[0];

    State(Kind kind) {
      this.kind = kind;
    }

    boolean consumes(char c) {
      return switch (kind) {
        case CHAR -> c == ch;
        case CLASS -> c != '/' && inRanges(c) != negated;
        case STAR -> crossesSlash || c != '/';
        default -> false;
      };
    }

    private boolean inRanges(char c) {
      for (int i = 0; i < ranges.length; i += 2) {
        if (c >= ranges[i] && c <= ranges[i + 1]) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<State> states = new ArrayList<>();
  private final int start;

  private Glob(String glob) {
    int accept = add(new State(Kind.ACCEPT));
    start = new Compiler(glob).compile(accept);
  }

  /**
   * Compiles a glob.
   *
   * @throws IllegalArgumentException when the glob is not valid (an unclosed {@code [} or
   *     {@code {}, a nested group, a {@code /} in a set, a bad range, a trailing {@code \}), with
   *     the reason as its message
   */
  static Glob compile(String glob) {
    return new Glob(glob);
  }

  /** Whether the whole of {@code path} matches. */
  boolean matches(String path) {
    int n = states.size();
    boolean[] current = new boolean[n];
    boolean[] next = new boolean[n];
    int[] stack = new int[n];
    close(start, current, stack);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      Arrays.fill(next, false);
      boolean any = false;
      for (int s = 0; s < n; s++) {
        if (current[s]) {
          State state = states.get(s);
          if (state.consumes(c)) {
            close(state.kind == Kind.STAR ? s : state.next, next, stack);
            any = true;
          }
        }
      }
      if (!any) {
        return false;
      }
      boolean[] swap = current;
      current = next;
      next = swap;
    }
    return current[0];
  }

  /** Adds {@code from} and every state reachable from it without consuming a character. */
  private void close(int from, boolean[] set, int[] stack) {
    if (set[from]) {
      return;
    }
    int top = 0;
    stack[top++] = from;
    set[from] = true;
    while (top > 0) {
      State state = states.get(stack[--top]);
      int[] more = switch (state.kind) {
        case SPLIT -> state.targets;
        case STAR -> new int[] {state.next};
        default -> new int[0];
      };
      for (int target : more) {
        if (!set[target]) {
          set[target] = true;
          stack[top++] = target;
        }
      }
    }
  }

  private int add(State state) {
    states.add(state);
    return states.size() - 1;
  }

  /** Reads the glob and builds the states, from the end backwards, so each knows its successor. */
  private final class Compiler {
    private final String glob;
    private int at;

    Compiler(String glob) {
      this.glob = glob;
    }

    /** One parsed piece: a state to create once its successor is known, or a group's alternatives. */
    private interface Piece {
      int build(int next);
    }

    int compile(int accept) {
      List<Piece> pieces = new ArrayList<>();
      while (at < glob.length()) {
        char c = glob.charAt(at);
        if (c == '{') {
          at++;
          pieces.add(group());
        } else {
          pieces.add(single(false));
        }
      }
      return chain(pieces, accept);
    }

    private int chain(List<Piece> pieces, int next) {
      int state = next;
      for (int i = pieces.size() - 1; i >= 0; i--) {
        state = pieces.get(i).build(state);
      }
      return state;
    }

    /** {@code {a,b}}: the text after the brace, up to and including its closing brace. */
    private Piece group() {
      List<List<Piece>> alternatives = new ArrayList<>();
      List<Piece> current = new ArrayList<>();
      while (true) {
        if (at >= glob.length()) {
          throw new IllegalArgumentException("Missing '}'");
        }
        char c = glob.charAt(at);
        if (c == '}') {
          at++;
          alternatives.add(current);
          break;
        }
        if (c == ',') {
          at++;
          alternatives.add(current);
          current = new ArrayList<>();
        } else if (c == '{') {
          throw new IllegalArgumentException("Cannot nest groups");
        } else {
          current.add(single(true));
        }
      }
      return next -> {
        State split = new State(Kind.SPLIT);
        split.targets = alternatives.stream().mapToInt(alternative -> chain(alternative, next)).toArray();
        return add(split);
      };
    }

    /** Anything but a group's own punctuation. */
    private Piece single(boolean inGroup) {
      char c = glob.charAt(at++);
      switch (c) {
        case '\\' -> {
          if (at >= glob.length()) {
            throw new IllegalArgumentException("No character to escape");
          }
          return literal(glob.charAt(at++));
        }
        case '*' -> {
          boolean crosses = at < glob.length() && glob.charAt(at) == '*';
          if (crosses) {
            at++;
          }
          return next -> {
            State star = new State(Kind.STAR);
            star.crossesSlash = crosses;
            star.next = next;
            return add(star);
          };
        }
        case '?' -> {
          return next -> {
            State any = new State(Kind.CLASS);
            any.negated = true;
            any.next = next;
            return add(any);
          };
        }
        case '[' -> {
          return set();
        }
        default -> {
          // '}' and ',' outside a group stand for themselves.
          return literal(c);
        }
      }
    }

    private Piece literal(char c) {
      return next -> {
        State state = new State(Kind.CHAR);
        state.ch = c;
        state.next = next;
        return add(state);
      };
    }

    /** {@code [...]} after its opening bracket, as the JDK reads it. */
    private Piece set() {
      boolean negated = false;
      StringBuilder ranges = new StringBuilder();
      if (at < glob.length() && glob.charAt(at) == '^') {
        ranges.append("^^");
        at++;
      } else {
        if (at < glob.length() && glob.charAt(at) == '!') {
          negated = true;
          at++;
        }
        if (at < glob.length() && glob.charAt(at) == '-') {
          ranges.append("--");
          at++;
        }
      }
      boolean closed = false;
      boolean hasRangeStart = false;
      char last = 0;
      while (at < glob.length()) {
        char c = glob.charAt(at++);
        if (c == ']') {
          closed = true;
          break;
        }
        if (c == '/') {
          throw new IllegalArgumentException("Explicit 'name separator' in class");
        }
        if (c == '-') {
          if (!hasRangeStart) {
            throw new IllegalArgumentException("Invalid range");
          }
          if (at >= glob.length()) {
            break;
          }
          char to = glob.charAt(at++);
          if (to == ']') {
            ranges.append("--");
            closed = true;
            break;
          }
          if (to < last) {
            throw new IllegalArgumentException("Invalid range");
          }
          ranges.setCharAt(ranges.length() - 1, to);
          hasRangeStart = false;
        } else {
          ranges.append(c).append(c);
          hasRangeStart = true;
          last = c;
        }
      }
      if (!closed) {
        throw new IllegalArgumentException("Missing ']'");
      }
      char[] pairs = ranges.toString().toCharArray();
      boolean negate = negated;
      return next -> {
        State state = new State(Kind.CLASS);
        state.ranges = pairs;
        state.negated = negate;
        state.next = next;
        return add(state);
      };
    }
  }
}
