package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one import, with their spans. Not thread-safe: one per read. */
final class Diagnostics {
  private final SourceText source;
  private final List<ImportDiagnostic> list = new ArrayList<>();

  Diagnostics(SourceText source) {
    this.source = source;
  }

  void add(ImportDiagnostic.Kind kind, String message, int start, int end) {
    list.add(new ImportDiagnostic(kind, message, source.span(start, end)));
  }

  List<ImportDiagnostic> sorted() {
    List<ImportDiagnostic> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparingInt(d -> d.span().map(s -> s.startOffset()).orElse(0)));
    return copy;
  }
}
