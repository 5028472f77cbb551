package org.civicplan.io.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Initiative;

/**
 * Reads a table under a goal into initiatives, one per row: columns are known by their header
 * (任务/事项/内容/举措/措施/工作/项目 the text; of two such columns, the one holding 名称, else the
 * first, is the initiative's short name, as in 项目名称 | 主要内容; 牵头 or a first 责任单位 the lead unit, 配合/协同/参与 or a second
 * 责任单位 supporting units, 时限/时间/节点/期限 the due date, 责任领导/牵头领导/责任人 the extension
 * {@code org.civicplan.io:responsibleLeader}, 序号/编号 nothing); other columns go to
 * extensions. A table without a task column, or before the first section, is kept as paragraphs,
 * one per row; if it is a table of indicators ({@link IndicatorTable}), its targets are also read.
 */
final class TableRows {
  private TableRows() {}

  private enum Column {
    SEQ,
    NAME,
    TASK,
    LEAD,
    SUPPORT,
    DUE,
    LEADER,
    OTHER
  }

  static void place(Assembly a, Outline o, Block t) {
    List<List<Block>> rows = t.rows;
    List<Block> header = rows.get(0);
    Column[] columns = new Column[header.size()];
    boolean hasTask = false;
    boolean hasLead = false;
    // Two task columns (项目名称 | 主要内容, 重点任务 | 具体举措): the short one names the task, the
    // other states it, with its targets. The name is the column holding 名称, else the first.
    int taskColumns = 0;
    int named = -1;
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c).text.toString();
      if (isTaskName(h) && !(h.contains("序号") || h.contains("编号") || h.contains("领导") || h.contains("责任人")
          || h.contains("牵头") || h.contains("配合") || h.contains("协同") || h.contains("参与") || h.contains("责任")
          || h.contains("时限") || h.contains("时间") || h.contains("节点") || h.contains("期限"))) {
        taskColumns++;
        if (named < 0 || h.contains("名称") && !header.get(named).text.toString().contains("名称")) {
          named = c;
        }
      }
    }
    if (taskColumns < 2) {
      named = -1;
    }
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c).text.toString();
      Column col;
      if (h.contains("序号") || h.contains("编号")) {
        col = Column.SEQ;
      } else if (h.contains("领导") || h.contains("责任人")) {
        col = Column.LEADER; // 责任领导, 牵头领导: a person, not a unit
      } else if (h.contains("牵头")) {
        col = Column.LEAD;
      } else if (h.contains("配合") || h.contains("协同") || h.contains("参与")) {
        col = Column.SUPPORT;
      } else if (h.contains("责任单位") || h.contains("责任部门") || h.contains("责任科室")) {
        col = hasLead ? Column.SUPPORT : Column.LEAD;
      } else if (h.contains("时限") || h.contains("时间") || h.contains("节点") || h.contains("期限")) {
        col = Column.DUE;
      } else if (c == named) {
        col = Column.NAME;
      } else if (!hasTask && isTaskName(h)) {
        col = Column.TASK;
      } else {
        col = Column.OTHER;
      }
      hasTask |= col == Column.TASK;
      hasLead |= col == Column.LEAD;
      columns[c] = col;
    }
    IndicatorTable.Columns indicators = hasTask ? null : IndicatorTable.columns(header, a.planYear);
    if (indicators != null) {
      IndicatorTable.read(a, rows, indicators, o.goal != null ? o.goal.indicators : o.section != null ? o.section.indicators : a.targets);
    }
    if (!hasTask || (o.goal == null && o.section == null)) {
      a.diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT, indicators != null
          ? "指标表的每行按段落保留，其目标值读作指标 (an indicator table's rows were kept as paragraphs, one per row, and their targets read as indicators)"
          : "无法识别的表格按段落保留，每行一段 (a table that names no task column, or stands before the first section, was kept as paragraphs, one per row)",
          t.blockStart, t.blockEnd);
      for (List<Block> row : rows) {
        Block flat = new Block(Block.Kind.PARAGRAPH);
        flat.blockStart = row.isEmpty() ? t.blockStart : row.get(0).blockStart;
        flat.blockEnd = row.isEmpty() ? t.blockEnd : row.get(row.size() - 1).blockEnd;
        for (Block cell : row) {
          if (flat.length() > 0) {
            int at = flat.endOffsetOf(flat.length());
            for (char ch : " | ".toCharArray()) {
              flat.append(ch, at);
            }
          }
          for (int i = 0; i < cell.length(); i++) {
            flat.append(cell.charAt(i), cell.offsetOf(i));
          }
        }
        flat.trim();
        if (flat.length() > 0) {
          o.text(new Assembly.Range(flat, 0, flat.length()));
        }
      }
      return;
    }
    if (o.goal == null) {
      a.diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT,
          "表格前没有目标，表中任务归入一个无编号的目标 (the table's tasks were put under a new unnumbered goal)", t.blockStart, t.blockEnd);
      Assembly.GoalDraft g = new Assembly.GoalDraft();
      g.start = t.blockStart;
      g.end = t.blockEnd;
      o.section.goals.add(g);
      o.goal = g;
    }
    for (int r = 1; r < rows.size(); r++) {
      List<Block> row = rows.get(r);
      Assembly.RowDraft d = new Assembly.RowDraft();
      Initiative.Builder ib = Initiative.builder();
      Map<String, ExtensionValue> extensions = new LinkedHashMap<>();
      for (int c = 0; c < row.size() && c < columns.length; c++) {
        Block cell = row.get(c);
        String v = cell.text.toString().strip();
        if (v.isEmpty()) {
          continue;
        }
        switch (columns[c]) {
          case TASK:
            d.task = cell;
            break;
          case NAME:
            ib.shortName(v);
            break;
          case LEAD: {
            List<String> ids = a.units.ids(cell, 0, cell.length());
            if (!ids.isEmpty()) {
              ib.leadUnit(ids.get(0));
              ib.addAllSupportingUnits(ids.subList(1, ids.size()));
            }
            break;
          }
          case SUPPORT:
            ib.addAllSupportingUnits(a.units.ids(cell, 0, cell.length()));
            break;
          case DUE: {
            Optional<LocalDate> due = DueDates.parse(v, a.planYear);
            if (due.isPresent()) {
              ib.due(due.get());
            } else {
              extension(extensions, Assembler.DUE_EXTENSION, v);
              a.diagnostics.add(ImportDiagnostic.Kind.UNRECOGNIZED_VALUE,
                  "完成时限“" + v + "”不是日期，按文字保留 (the deadline is not a date; kept as text in " + Assembler.DUE_EXTENSION + ")",
                  cell.blockStart, cell.blockEnd);
            }
            break;
          }
          case LEADER:
            extension(extensions, ResponsibilityPass.LEADER_EXTENSION, v);
            break;
          case OTHER:
            extension(extensions, Assembler.COLUMN_EXTENSION + header.get(c).text.toString().strip(), v);
            break;
          default:
            break;
        }
      }
      ib.extensions(extensions);
      if (d.task == null) {
        a.diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT,
            "表格行没有任务，按空任务保留 (a table row without a task was kept with empty text)",
            row.isEmpty() ? t.blockStart : row.get(0).blockStart, row.isEmpty() ? t.blockEnd : row.get(row.size() - 1).blockEnd);
      }
      d.start = row.isEmpty() ? t.blockStart : row.get(0).blockStart;
      d.end = row.isEmpty() ? t.blockEnd : row.get(row.size() - 1).blockEnd;
      d.builder = ib;
      o.goal.items.add(d);
    }
    o.goal.end = Math.max(o.goal.end, t.blockEnd);
    o.section.end = Math.max(o.section.end, t.blockEnd);
  }

  private static boolean isTaskName(String h) {
    return h.contains("任务") || h.contains("事项") || h.contains("内容") || h.contains("举措") || h.contains("工作")
        || h.contains("项目") || h.contains("措施");
  }

  /** Adds an extension, numbering a key that is already taken (two columns with one header). */
  private static void extension(Map<String, ExtensionValue> extensions, String key, String value) {
    String k = key;
    for (int n = 2; extensions.containsKey(k); n++) {
      k = key + "#" + n;
    }
    extensions.put(k, ExtensionValue.string(value));
  }
}
