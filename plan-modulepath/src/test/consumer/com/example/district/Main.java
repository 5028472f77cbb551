package com.example.district;

import com.example.district.closed.ClosedRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Comparator;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.IssuingOrganization;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanNode;
import org.civicplan.model.Section;
import org.civicplan.model.Target;
import org.civicplan.rules.Language;
import org.civicplan.rules.Profile;
import org.civicplan.rules.Rule;
import org.civicplan.rules.RuleCatalogue;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Validator;
import org.civicplan.rules.report.ReportFormat;
import org.civicplan.tasks.MergeResult;
import org.civicplan.tasks.TaskSheets;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's examples, run as a named module. Prints one tab-separated line per fact; the test
 * compares them with the same work done on the class path. Arguments: documents to import.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    out.println("modules\t" + Main.class.getModule().getName() + " " + Plan.class.getModule().getName()
        + " " + PlanJson.class.getModule().getName() + " " + Validator.class.getModule().getName());

    // ---- README: build a plan, write it as JSON, read it back ----
    Plan plan = Plan.builder()
        .title("江苏路街道 2024 年工作计划")
        .organization(IssuingOrganization.named("江苏路街道"))
        .period(Period.calendarYear(2024))
        .vision("和美家园、社区范例")
        .addSection(Section.builder()
            .number(Numbering.of(2, "二", NumberingStyle.CHINESE_ENUMERATION_COMMA))
            .addKeywords("老", "小", "旧")
            .title("“老、小、旧”持续攻坚，品质生活焕然一新")
            .addGoal(Goal.builder()
                .name("做实做细").statement("提升宜居功能品质")
                .addInitiative(Initiative.builder()
                    .text("推进五环大楼、北汪小区等9处精品小区建设")
                    .addIndicator(Indicator.builder()
                        .name("精品小区建设")
                        .measureKind(MeasureKind.COUNT)
                        .target(Target.builder()
                            .comparator(Comparator.EXACTLY)
                            .value(new BigDecimal("9"))
                            .unit(MeasureUnit.of("处"))
                            .build())
                        .build())
                    .build())
                .build())
            .build())
        .build();

    PlanJson json = PlanJson.create();
    String text = json.write(plan);
    Plan again = json.read(text);
    out.println("readme-json\t" + sha256(text));
    out.println("readme-equal\t" + again.equals(plan));
    out.println("readme-pointer\t" + again.find("s1.g1.i1.k1").map(PlanNode::pointer).orElse("-"));

    // ---- README: change a plan ----
    Plan done = plan.update("s1.g1.i1", Initiative.class,
        i -> i.withStatus(InitiativeStatus.DONE).withLeadUnit("u1"));
    Plan renamed = plan.replace("/sections/0", plan.sections().get(0).withTitle("品质生活焕然一新"));
    out.println("readme-update\t" + done.initiatives().findFirst().orElseThrow().status().orElseThrow()
        + " " + renamed.sections().get(0).title());

    // ---- README: Jackson 2 and 3 mappers, modules found as services ----
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    out.println("jackson2-modules\t" + mapper.getRegisteredModuleIds().stream().map(String::valueOf)
        .collect(Collectors.toCollection(TreeSet::new)));
    out.println("jackson2-roundtrip\t" + mapper.readValue(mapper.writeValueAsString(plan), Plan.class).equals(plan)
        + " " + mapper.treeToValue(mapper.valueToTree(plan), Plan.class).equals(plan));
    JsonMapper mapper3 = JsonMapper.builder().findAndAddModules().build();
    out.println("jackson3-roundtrip\t" + mapper3.readValue(mapper3.writeValueAsString(plan), Plan.class).equals(plan));

    // ---- the JSON Schema, a resource of an encapsulated package ----
    try (InputStream in = PlanJson.schema().openStream()) {
      out.println("schema\t" + sha256(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }

    // ---- the rule catalogue: built-in texts from plan-rules' bundles, this module's rule ----
    RuleCatalogue catalogue = RuleCatalogue.standard();
    for (Rule rule : catalogue.rules()) {
      out.println("rule\t" + rule.id() + "\t" + rule.title(Language.ZH) + "\t" + rule.title(Language.EN));
    }
    ValidationReport untitled = Validator.builder().build()
        .validate(Plan.builder().title("江苏路街道工作计划").build(), "untitled");
    untitled.findings().stream().filter(f -> f.ruleId().equals("district/title-year"))
        .forEach(f -> out.println("custom-finding\t" + f.message(Language.ZH) + "\t" + f.message(Language.EN)));
    try {
      new ClosedRule();
      out.println("closed-rule\tbuilt");
    } catch (IllegalStateException e) {
      out.println("closed-rule\t" + e.getMessage());
    }

    // ---- README: read a real document and validate it (one per format module) ----
    for (String arg : args) {
      ImportResult imported = PlanDocuments.create().read(Path.of(arg));
      Plan read = imported.plan();
      Validator validator = Validator.builder().profile(Profile.DEFAULT).language(Language.ZH).build();
      ValidationReport report = validator.validate(read, arg);
      StringWriter reportText = new StringWriter();
      ReportFormat.TEXT.writer().write(report, reportText);
      out.println("document\t" + arg + "\t" + sha256(json.write(read)) + "\t"
          + report.findings().size() + "\t" + sha256(reportText.toString()));
    }

    // ---- the task sheet (Apache POI on the module path): written and merged back ----
    if (args.length > 0) {
      Plan sample = PlanDocuments.create().read(Path.of(args[0])).plan();
      TaskSheets sheets = TaskSheets.create();
      ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
      sheets.writeXlsx(sample, xlsx);
      MergeResult merged = sheets.mergeXlsx(sample, new ByteArrayInputStream(xlsx.toByteArray()), "tasks.xlsx");
      out.println("tasks\t" + merged.plan().equals(sample) + " " + merged.initiativesChanged()
          + " " + merged.actualsRecorded() + " " + merged.initiativesAppended());
    }
  }

  static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
