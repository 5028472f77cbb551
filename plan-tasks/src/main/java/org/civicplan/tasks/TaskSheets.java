package org.civicplan.tasks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.model.Plan;

/**
 * Task-decomposition sheets (任务分解表): a plan's tasks written as XLSX or CSV for the offices
 * that carry them out, and the filled sheets merged back into the plan by id.
 *
 * <p>Columns: 序号 (the place in the plan, such as {@code 二（一）3}), 所属部分 (the section),
 * 层级 (全计划, 部分, 目标 or 举措), 编号 and 指标编号 (the ids, hidden in XLSX), 工作任务, 指标,
 * 比较, 目标值, 单位, 牵头单位, 责任单位, 完成时限, 状态, and for each reporting period a pair 完成情况 /
 * 完成值 (English headers on request). One row per initiative, or one per indicator when it has
 * several; and one row per target of the plan itself ({@link Plan#targets()}, 序号 empty), of a
 * section (序号 {@code 二}) and of a goal ({@code 二（一）}, {@link org.civicplan.model.Goal#indicators()}),
 * where the plan states it, with the element's title or name as its 工作任务 and no status, units
 * or due date. Their figures merge back as those indicators' actuals, all or nothing like the rest.
 *
 * <p>The XLSX is one sheet with a section column rather than a sheet per section: an office
 * filters one table by its unit (the header has an auto-filter), sorts across sections, and sends
 * back one table; the section stays visible on every row.
 *
 * <p>Merging is all or nothing. Every row is checked first (known id, unchanged task text and
 * target, a status from the list, a readable date, a number for each figure, units the plan
 * declares); if anything is wrong, nothing is merged and {@link TaskSheetException#problems()}
 * lists every problem with its sheet, row, column and what was expected. Sheets edited in Excel
 * or WPS read correctly: merged cells, numbers stored as text, dates as serial numbers,
 * full-width digits, trailing spaces. An empty cell reports nothing: it never erases a value.
 *
 * <pre>{@code
 * TaskSheets sheets = TaskSheets.builder()
 *     .periods(ReportingPeriod.quarters(2024))
 *     .build();
 * sheets.write(plan, Path.of("tasks.xlsx"));
 * // … offices fill the sheet …
 * try {
 *   Plan updated = sheets.merge(plan, Path.of("filled.xlsx")).plan();
 * } catch (TaskSheetException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build once, share.
 */
public final class TaskSheets {
  /** Largest sheet file read, in bytes (characters for CSV). */
  public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;
  /** Largest uncompressed part of an XLSX package. */
  static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
  /** Most data rows read from a sheet. */
  public static final int MAX_ROWS = 200_000;
  /** Most columns read from a sheet. */
  public static final int MAX_COLUMNS = 1_000;

  private final Optional<List<ReportingPeriod>> periods;
  private final SheetLanguage language;
  private final NewRows newRows;

  private TaskSheets(Builder b) {
    this.periods = b.periods;
    this.language = b.language;
    this.newRows = b.newRows;
  }

  /** @return sheets with the defaults: the plan year's quarters, Chinese, added rows rejected */
  public static TaskSheets create() {
    return builder().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TaskSheets}. Not thread-safe. */
  public static final class Builder {
    private Optional<List<ReportingPeriod>> periods = Optional.empty();
    private SheetLanguage language = SheetLanguage.CHINESE;
    private NewRows newRows = NewRows.REJECT;

    private Builder() {}

    /**
     * @param periods the reporting periods to give a column pair each, in order; by default the
     *     four quarters of the plan's year (none if the plan has no period)
     * @return this builder
     */
    public Builder periods(List<ReportingPeriod> periods) {
      this.periods = Optional.of(List.copyOf(periods));
      return this;
    }

    /**
     * @param language the headers' language; {@link SheetLanguage#CHINESE} by default
     * @return this builder
     */
    public Builder language(SheetLanguage language) {
      this.language = Objects.requireNonNull(language);
      return this;
    }

    /**
     * @param newRows what a merge does with rows offices added; {@link NewRows#REJECT} by default
     * @return this builder
     */
    public Builder newRows(NewRows newRows) {
      this.newRows = Objects.requireNonNull(newRows);
      return this;
    }

    /** @return the sheets */
    public TaskSheets build() {
      return new TaskSheets(this);
    }
  }

  /**
   * @param plan a plan
   * @return the reporting periods a sheet of this plan gets
   */
  public List<ReportingPeriod> periodsFor(Plan plan) {
    return periods.orElseGet(() -> plan.period().map(p -> ReportingPeriod.quarters(p.start().getYear()))
        .orElse(List.of()));
  }

  private boolean withYear(Plan plan, List<ReportingPeriod> ps) {
    Optional<Integer> year = plan.period().map(p -> p.start().getYear());
    return ps.stream().anyMatch(p -> year.isEmpty() || p.year() != year.get());
  }

  /**
   * Writes the plan's tasks as an XLSX workbook.
   *
   * @param plan a plan
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void writeXlsx(Plan plan, OutputStream out) throws IOException {
    List<ReportingPeriod> ps = periodsFor(plan);
    XlsxTaskWriter.write(plan, ps, language, withYear(plan, ps), out);
  }

  /**
   * Writes the plan's tasks as CSV, starting with a byte-order mark.
   *
   * @param plan a plan
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void writeCsv(Plan plan, Writer out) throws IOException {
    List<ReportingPeriod> ps = periodsFor(plan);
    CsvTasks.write(plan, ps, language, withYear(plan, ps), out);
  }

  /**
   * Writes the plan's tasks to a file, XLSX or CSV by its extension ({@code .xlsx}, {@code .csv}).
   *
   * @param plan a plan
   * @param file the file
   * @throws IOException if writing fails
   * @throws IllegalArgumentException for another extension
   */
  public void write(Plan plan, Path file) throws IOException {
    boolean csv = isCsv(file);
    try (OutputStream out = Files.newOutputStream(file)) {
      if (csv) {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeCsv(plan, w);
        w.flush();
      } else {
        writeXlsx(plan, out);
      }
    }
  }

  /**
   * Merges a filled XLSX sheet into the plan.
   *
   * @param plan the plan the sheet was exported from (or a later version of it)
   * @param in the workbook; read to its end, not closed
   * @param name the file's name, for messages
   * @return the merged plan and what changed
   * @throws TaskSheetException if the file is unreadable or any row is wrong; nothing is merged
   */
  public MergeResult mergeXlsx(Plan plan, InputStream in, String name) throws TaskSheetException {
    return merge(plan, XlsxTaskReader.read(in, name));
  }

  /**
   * Merges a filled CSV sheet into the plan.
   *
   * @param plan the plan
   * @param in the CSV text (a leading byte-order mark is skipped); not closed
   * @param name the file's name, for messages and as the sheet name in problems
   * @return the merged plan and what changed
   * @throws TaskSheetException if the text is unreadable or any row is wrong; nothing is merged
   */
  public MergeResult mergeCsv(Plan plan, Reader in, String name) throws TaskSheetException {
    return merge(plan, CsvTasks.read(in, name));
  }

  /**
   * Merges a filled sheet file, XLSX or CSV by its extension.
   *
   * @param plan the plan
   * @param file the file
   * @return the merged plan and what changed
   * @throws TaskSheetException if the file is unreadable or any row is wrong; nothing is merged
   * @throws IOException if the file cannot be opened
   */
  public MergeResult merge(Plan plan, Path file) throws TaskSheetException, IOException {
    String name = file.getFileName().toString();
    if (isCsv(file)) {
      try (Reader r = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
        return mergeCsv(plan, r, name);
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      return mergeXlsx(plan, in, name);
    }
  }

  private static boolean isCsv(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return true;
    }
    if (n.endsWith(".xlsx")) {
      return false;
    }
    throw new IllegalArgumentException(file + ": a task sheet is .xlsx or .csv");
  }

  private MergeResult merge(Plan plan, RawSheet sheet) throws TaskSheetException {
    SheetMerger merger = new SheetMerger(plan, sheet, newRows);
    List<SheetProblem> problems = merger.check();
    if (!problems.isEmpty()) {
      throw new TaskSheetException(problems);
    }
    PlanEditor.Counts counts = new PlanEditor.Counts();
    Plan merged = PlanEditor.apply(plan, merger.edits, merger.targetReports, merger.added, counts);
    return new MergeResult(merged, counts.initiativesChanged, counts.actualsRecorded, counts.appended,
        counts.targetsChanged);
  }
}
