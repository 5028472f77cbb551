package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.civicplan.rules.Language;
import org.civicplan.rules.RuleCatalogue;
import org.civicplan.rules.report.CatalogueWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code civicplan rules}: lists the rule catalogue, built-in rules and rules found on the class
 * path (a jar with {@code META-INF/services/org.civicplan.rules.RuleProvider}).
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "List the validation rules: the built-in catalogue and rules found on the class path.",
      "Add a jar of your own rules with CIVICPLAN_CLASSPATH=your-rules.jar ./civicplan rules"
    })
final class RulesCommand implements Callable<Integer> {
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = ValidateCommand.LanguageConverter.class,
      defaultValue = "zh",
      description = "Language of titles: zh or en. Default: ${DEFAULT-VALUE}.")
  Language language;

  @Option(names = "--json", description = "Print the catalogue as JSON.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    RuleCatalogue catalogue = RuleCatalogue.standard();
    if (json) {
      CatalogueWriter.json(catalogue.rules(), out);
    } else {
      CatalogueWriter.text(catalogue.rules(), language, out);
    }
    out.flush();
    return CivicPlanCommand.EXIT_OK;
  }
}
