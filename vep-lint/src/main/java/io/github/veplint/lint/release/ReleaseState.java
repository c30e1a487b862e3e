package io.github.veplint.lint.release;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The release state the check-in opens with: per owning SIG, how many of its VEPs are tracked, at
 * risk, proposed and not on the board, and how many target each stage; then the total.
 *
 * @param rows one row per owning SIG (meta-VEPs and VEPs without an owning SIG last), then the total
 *     (SIG {@link #TOTAL})
 * @param stages the stage columns: alpha, beta, ga, then any other stage that occurs
 */
public record ReleaseState(List<Row> rows, List<String> stages) {

  /** The SIG of the total row. */
  public static final String TOTAL = "all SIGs";

  /** Copies the lists. */
  public ReleaseState {
    rows = List.copyOf(rows);
    stages = List.copyOf(stages);
  }

  /**
   * One SIG's state.
   *
   * @param sig the owning SIG
   * @param veps how many VEPs
   * @param tracking how many per board state (every state present, zero included)
   * @param byStage how many target each stage (VEPs on the board for another release count in none)
   */
  public record Row(String sig, int veps, Map<BoardSettings.Tracking, Integer> tracking, Map<String, Integer> byStage) {
    /** Copies the maps. */
    public Row {
      tracking = java.util.Collections.unmodifiableMap(new EnumMap<>(tracking));
      byStage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byStage));
    }

    /** How many VEPs are in a board state. */
    public int count(BoardSettings.Tracking state) {
      return tracking.getOrDefault(state, 0);
    }
  }

  /** The state of a view. */
  public static ReleaseState of(ReleaseView view) {
    List<String> stages = new ArrayList<>(ReleaseLoad.STAGES);
    view.veps().stream().flatMap(i -> i.stages().stream()).filter(s -> !stages.contains(s)).distinct().sorted()
        .forEach(stages::add);
    Map<String, List<ReleaseView.Item>> bySig = new TreeMap<>(java.util.Comparator
        .comparing((String s) -> s.equals(ReleaseView.META) || s.equals(ReleaseLoad.NO_SIG))
        .thenComparing(java.util.Comparator.naturalOrder()));
    view.veps().forEach(i -> bySig.computeIfAbsent(i.sig(), k -> new ArrayList<>()).add(i));
    List<Row> rows = new ArrayList<>();
    bySig.forEach((sig, items) -> rows.add(row(sig, items, view, stages)));
    rows.add(row(TOTAL, view.veps(), view, stages));
    return new ReleaseState(rows, stages);
  }

  private static Row row(String sig, List<ReleaseView.Item> items, ReleaseView view, List<String> stages) {
    Map<BoardSettings.Tracking, Integer> tracking = new EnumMap<>(BoardSettings.Tracking.class);
    for (BoardSettings.Tracking state : BoardSettings.Tracking.values()) {
      tracking.put(state, 0);
    }
    Map<String, Integer> byStage = new LinkedHashMap<>();
    stages.forEach(s -> byStage.put(s, 0));
    for (ReleaseView.Item item : items) {
      tracking.merge(view.checkIn().tracking(item), 1, Integer::sum);
      item.stages().forEach(s -> byStage.merge(s, 1, Integer::sum));
    }
    return new Row(sig, items.size(), tracking, byStage);
  }
}
