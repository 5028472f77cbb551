package org.civicplan.io.spi;

import java.util.List;

/**
 * The column names of a task table's header row (序号, 工作任务, 牵头单位, 责任单位, 完成时限…), for a
 * {@link DocumentReader} that has to tell a table from aligned text by its header (a PDF printed
 * without ruling lines) and for the import, which rebuilds tables a copy flattened into lines by
 * the same words. One vocabulary, so that what a reader rebuilds is what the import reads as a
 * task table.
 *
 * <pre>{@code
 * TableHeaders.isColumnName("牵头单位");                                  // true
 * TableHeaders.isTaskHeader(List.of("序号", "任务", "牵头单位", "完成时限")); // true
 * TableHeaders.isTaskHeader(List.of("序号", "姓名"));                     // false: no task, no owner
 * TableHeaders.isSerial("序号");                                          // true
 * }</pre>
 *
 * <p>Stateless and thread-safe; each test is linear in its text.
 */
public final class TableHeaders {
  private TableHeaders() {}

  private static final String[] WORDS = {
    "序号", "编号", "任务", "内容", "事项", "举措", "措施", "项目", "牵头", "责任", "配合", "协同", "时限", "时间", "节点", "期限", "备注", "目标"
  };
  private static final String[] TASK = {"任务", "内容", "事项", "举措", "措施", "项目"};
  private static final String[] OWNER = {"牵头", "责任", "配合", "时限", "时间"};

  /**
   * @param cell a header cell's text
   * @return whether it is a short column name (2 to 8 characters holding one of the column
   *     words, no sentence punctuation)
   */
  public static boolean isColumnName(CharSequence cell) {
    if (cell.length() > 8 || cell.length() < 2) {
      return false;
    }
    String t = cell.toString();
    if (!containsAny(t, WORDS)) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if ("。，；：,;:".indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param cells a row's cells
   * @return whether the row is a task table's header: every non-empty cell a column name, one of
   *     them the task (任务, 内容, 事项…) and one its owner or deadline (牵头, 责任, 配合, 时限…)
   */
  public static boolean isTaskHeader(List<? extends CharSequence> cells) {
    boolean task = false;
    boolean owner = false;
    for (CharSequence c : cells) {
      if (c.length() == 0) {
        continue;
      }
      if (!isColumnName(c)) {
        return false;
      }
      task |= isTaskColumn(c);
      owner |= isOwnerColumn(c);
    }
    return task && owner;
  }

  /** @return whether a column name names the task (任务, 内容, 事项, 举措, 措施, 项目) */
  public static boolean isTaskColumn(CharSequence name) {
    return containsAny(name.toString(), TASK);
  }

  /** @return whether a column name names an owner or a deadline (牵头, 责任, 配合, 时限, 时间) */
  public static boolean isOwnerColumn(CharSequence name) {
    return containsAny(name.toString(), OWNER);
  }

  /** @return whether a column name is the serial number's (序号, 编号) */
  public static boolean isSerial(CharSequence name) {
    String t = name.toString();
    return t.contains("序号") || t.contains("编号");
  }

  private static boolean containsAny(String t, String[] words) {
    for (String w : words) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
