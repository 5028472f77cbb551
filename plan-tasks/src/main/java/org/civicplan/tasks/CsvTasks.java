package org.civicplan.tasks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.model.Plan;
import org.civicplan.tasks.Vocabulary.Column;

/**
 * The task table as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel and WPS open the
 * Chinese text correctly): the same columns as the XLSX sheet, every row complete (no merged
 * cells), and read back the same way.
 */
final class CsvTasks {
  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvTasks() {}

  static void write(Plan plan, List<ReportingPeriod> periods, SheetLanguage language, boolean withYear,
      Writer out) throws IOException {
    out.write('\uFEFF');
    try (SequenceWriter w = MAPPER.writer(CsvSchema.emptySchema()).writeValues(out)) {
      List<String> head = new ArrayList<>();
      for (Column c : Column.values()) {
        head.add(c.header(language));
      }
      for (ReportingPeriod p : periods) {
        head.add(Vocabulary.noteHeader(p, language, withYear));
        head.add(Vocabulary.valueHeader(p, language, withYear));
      }
      w.write(head);
      for (TaskTable.Row row : TaskTable.rows(plan, periods, language)) {
        List<String> cells = new ArrayList<>();
        for (Column c : Column.values()) {
          cells.add(row.text.get(c));
        }
        for (int p = 0; p < periods.size(); p++) {
          cells.add(row.notes.get(p));
          BigDecimal v = row.values.get(p);
          cells.add(v == null ? "" : Vocabulary.plain(v));
        }
        w.write(cells);
      }
    }
  }

  static RawSheet read(Reader in, String name) throws TaskSheetException {
    char[] buffer = new char[TaskSheets.MAX_FILE_BYTES + 1];
    int n = 0;
    try {
      for (int r; n < buffer.length && (r = in.read(buffer, n, buffer.length - n)) > 0; ) {
        n += r;
      }
    } catch (IOException e) {
      throw new TaskSheetException(name + ": cannot be read: " + e.getMessage(), e);
    }
    if (n > TaskSheets.MAX_FILE_BYTES) {
      throw new TaskSheetException(name + ": larger than " + TaskSheets.MAX_FILE_BYTES + " characters", null);
    }
    String text = new String(buffer, 0, n);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> headers = null;
    List<RawSheet.Row> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = MAPPER.readerForListOf(String.class)
        .with(CsvSchema.emptySchema())
        .with(CsvParser.Feature.WRAP_AS_ARRAY)
        .readValues(new StringReader(text))) {
      int number = 0;
      while (it.hasNextValue()) {
        List<String> values = it.nextValue();
        number++;
        if (number > TaskSheets.MAX_ROWS + 1) {
          throw new TaskSheetException(name + ": more than " + TaskSheets.MAX_ROWS + " rows", null);
        }
        if (headers == null) {
          headers = List.copyOf(values.subList(0, Math.min(values.size(), TaskSheets.MAX_COLUMNS)));
          continue;
        }
        List<RawSheet.Cell> cells = new ArrayList<>();
        for (int c = 0; c < Math.min(values.size(), TaskSheets.MAX_COLUMNS); c++) {
          cells.add(new RawSheet.Cell(values.get(c) == null ? "" : values.get(c), null, null));
        }
        rows.add(new RawSheet.Row(number, cells));
      }
    } catch (IOException | RuntimeException e) {
      throw new TaskSheetException(name + ": not readable CSV: " + e.getMessage(), e);
    }
    if (headers == null) {
      throw new TaskSheetException(name + ": empty; a task sheet starts with a header row", null);
    }
    return new RawSheet(name, headers, rows);
  }
}
