// A consumer of CivicPlan on the module path, as the README shows it: compiled and launched by
// ModulePathTest with the built jars on --module-path. plan-docx, plan-html and plan-pdf are not
// required: they come in by service binding (DocumentReader), as for any user.
module com.example.district {
  requires org.civicplan.io;
  requires org.civicplan.rules;
  requires org.civicplan.tasks;
  requires org.civicplan.jackson3;

  // A custom rule, found by RuleCatalogue.standard() as a service.
  provides org.civicplan.rules.Rule with com.example.district.TitleYearRule;
  // Its texts are resources of this package: open it to the library that reads them.
  opens com.example.district to org.civicplan.rules;
  // com.example.district.closed is not opened: its rule's texts cannot be read (and say so).
}
