package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Indicator;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * The table "Examples (read by the tests)" of {@code docs/import-grammar.md}, row by row: each
 * text, placed where the row says in a small document, gives exactly the indicators the row lists,
 * on the element it names.
 */
class ImportGrammarExamplesTest {
  static final Path DOC = Path.of("..", "docs", "import-grammar.md");
  private static final String TITLE = "某区2024年工作计划\n\n";
  private static final String BODY = "一、推进工作\n\n（一）抓好落实。做好服务工作。\n";

  record Row(int line, String where, String text, String owner, List<String> indicators) {}

  static List<Row> rows() throws IOException {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    boolean in = false;
    for (int n = 0; n < lines.size(); n++) {
      String l = lines.get(n);
      if (l.startsWith("## ")) {
        in = l.startsWith("## Examples (read by the tests)");
        continue;
      }
      if (!in || !l.startsWith("| ") || l.startsWith("| where") || l.startsWith("| ---")) {
        continue;
      }
      String[] cells = l.substring(2, l.length() - 2).split(" \\| ", -1);
      List<String> indicators = new ArrayList<>();
      if (!cells[3].equals("—")) {
        for (String k : cells[3].split("; ")) {
          indicators.add(k.strip());
        }
      }
      rows.add(new Row(n + 1, cells[0], cells[1], cells[2], indicators));
    }
    return rows;
  }

  static String document(Row r) {
    return switch (r.where()) {
      case "preamble" -> TITLE + r.text() + "\n\n" + BODY;
      case "section" -> TITLE + "一、" + r.text() + "\n\n（一）抓好落实。做好服务工作。\n";
      case "goal" -> TITLE + "一、推进工作\n\n（一）" + r.text() + "\n\n做好服务工作。\n";
      case "initiative" -> TITLE + "一、推进工作\n\n（一）抓好落实。\n\n" + r.text() + "\n";
      case "unnumbered" -> TITLE + "做好服务工作，提升群众满意度。\n\n" + r.text() + "\n";
      case "notice" -> "某区人民政府办公室关于印发《某区2024年工作计划》的通知\n\n现将计划印发给你们，请认真贯彻执行。\n\n"
          + r.text() + "\n\n附件\n\n某区2024年工作计划\n\n" + BODY;
      case "decimal" -> TITLE + "2 重点任务\n\n2.1 推进工作\n\n" + r.text() + "\n";
      case "part" -> TITLE + "第一部分 工作回顾\n\n做好服务工作。\n\n第二部分 工作安排\n\n" + r.text() + "\n\n做好服务工作。\n";
      default -> throw new AssertionError("line " + r.line() + ": unknown place " + r.where());
    };
  }

  static String owner(Plan plan, Indicator k) {
    String id = k.id();
    if (id.startsWith("t")) {
      return "plan";
    }
    if (id.contains(".i")) {
      return "initiative";
    }
    return id.contains(".g") ? "goal" : "section";
  }

  @Test
  void everyExampleOfTheGrammarPageHoldsAsWritten() throws IOException, PlanFormatException {
    List<Row> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
    for (Row r : rows) {
      Plan plan = PlanDocuments.create().read(document(r), DocumentFormat.TEXT, "example").plan();
      List<String> found = plan.indicators()
          .map(k -> k.name() + " " + k.measureKind() + " " + k.target().orElseThrow().comparator() + " "
              + k.target().orElseThrow().value().stripTrailingZeros().toPlainString() + " " + k.unit().orElseThrow().written())
          .collect(Collectors.toList());
      assertThat(found).as("docs/import-grammar.md line %d: %s", r.line(), r.text()).isEqualTo(r.indicators());
      String expectedOwner = r.owner().equals("goal's initiative") ? "initiative" : r.owner();
      if (!r.indicators().isEmpty()) {
        assertThat(plan.indicators().map(k -> owner(plan, k)))
            .as("owner, docs/import-grammar.md line %d", r.line()).containsOnly(expectedOwner);
      }
      if (r.owner().equals("goal's initiative")) {
        assertThat(plan.goals().filter(g -> !g.name().isEmpty()).findFirst().orElseThrow().initiatives()).isNotEmpty();
      }
      if (r.text().startsWith("首页")) {
        assertThat(Fidelity.keptInNotes(plan)).containsExactly(r.text());
      }
    }
  }
}
