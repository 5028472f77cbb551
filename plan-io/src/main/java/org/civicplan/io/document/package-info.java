/**
 * Document import: {@link org.civicplan.io.document.PlanDocuments} reads Markdown and plain-text
 * work plans into the plan model and returns an {@link org.civicplan.io.document.ImportResult}
 * with the {@link org.civicplan.io.document.ImportDiagnostic}s of the import.
 *
 * <p>Markdown block structure comes from commonmark-java (with GFM tables); plain text is split
 * into one paragraph per line. Everything Chinese (numbering, targets, mentions) is in {@code
 * org.civicplan.io.chinese}. The grammar and every deliberate rejection are documented in {@code
 * docs/import-grammar.md}.
 *
 * <p>Dependencies: {@code plan-model}, {@code org.civicplan.io.chinese}, commonmark-java.
 */
package org.civicplan.io.document;
