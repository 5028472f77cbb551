package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.civicplan.model.Plan;
import org.civicplan.tasks.MergeResult;
import org.civicplan.tasks.NewRows;
import org.civicplan.tasks.SheetProblem;
import org.civicplan.tasks.TaskSheetException;
import org.civicplan.tasks.TaskSheets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civicplan merge}: merges a filled task sheet into its plan by id, all or nothing; exit 1
 * with every row's problem when nothing was merged.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = "Merge a filled task sheet (.xlsx or .csv) into its plan by id: statuses, actuals, "
        + "units and due dates of initiatives, and actuals of the plan's, sections' and goals' targets. All or nothing: if any row is wrong, nothing is merged, every problem "
        + "is listed with its sheet, row and column, and the exit code is 1.")
final class MergeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan the sheet was exported from.")
  Path plan;

  @Parameters(index = "1", paramLabel = "SHEET", description = "The filled sheet: .xlsx or .csv.")
  Path sheet;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
      description = "Where to write the merged plan as JSON (may be PLAN itself).")
  Path output;

  @Option(names = "--append-new-rows",
      description = "Append rows added by offices as new initiatives instead of rejecting them.")
  boolean append;

  @Option(names = "--from", paramLabel = "FORMAT", converter = PlanFormat.Converter.class,
      description = "Plan format: json, markdown or text.")
  PlanFormat from;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Plan before = PlanInput.read(plan, from, System.in, true, err);
    TaskSheets sheets = TaskSheets.builder().newRows(append ? NewRows.APPEND : NewRows.REJECT).build();
    MergeResult result;
    try {
      result = sheets.merge(before, sheet);
    } catch (TaskSheetException e) {
      if (e.problems().isEmpty()) {
        throw new IOException(e.getMessage(), e);
      }
      for (SheetProblem p : e.problems()) {
        err.println(sheet + ": " + p);
      }
      err.println("civicplan: nothing merged: " + e.problems().size()
          + (e.problems().size() == 1 ? " problem" : " problems") + " in " + sheet);
      err.flush();
      return CivicPlanCommand.EXIT_FINDINGS;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    // Written beside the target and moved into place, like every output: a failed or
    // interrupted write leaves the plan as it was and no temporary file behind.
    PrintWriter stdout = spec.commandLine().getOut();
    Output.write(output, stdout, w -> PlanOutput.write(result.plan(), PlanFormat.JSON, false, w));
    PrintWriter out = output.toString().equals("-") ? err : stdout;
    out.println("merged " + sheet + " into " + output + ": " + result.initiativesChanged()
        + " initiatives changed, " + result.targetsChanged() + " targets of the plan, sections or goals changed, "
        + result.actualsRecorded() + " actuals recorded, " + result.initiativesAppended() + " appended");
    out.flush();
    return CivicPlanCommand.EXIT_OK;
  }
}
