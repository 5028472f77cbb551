package org.civicplan.tasks;

import java.util.List;

/**
 * A filled task sheet that could not be merged: it is unreadable, or one or more rows are wrong.
 * Nothing was merged. {@link #problems()} lists every problem found, in sheet order.
 *
 * <pre>{@code
 * try {
 *   plan = sheets.mergeXlsx(plan, in).plan();
 * } catch (TaskSheetException e) {
 *   e.problems().forEach(System.err::println);   // 任务分解表!N7 (状态): …
 * }
 * }</pre>
 */
public final class TaskSheetException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<SheetProblem> problems;

  TaskSheetException(List<SheetProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  TaskSheetException(String message, Throwable cause) {
    super(message, cause);
    this.problems = List.of();
  }

  /** @return every problem, in sheet order; empty when the file itself could not be read */
  public List<SheetProblem> problems() {
    return problems;
  }

  private static String summary(List<SheetProblem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
        .append(" in the sheet; nothing was merged");
    for (SheetProblem p : problems) {
      sb.append('\n').append(p);
    }
    return sb.toString();
  }
}
