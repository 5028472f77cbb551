/**
 * Writing plans as Markdown documents: {@link org.civicplan.io.markdown.PlanMarkdown}. Reading
 * Markdown is {@link org.civicplan.io.document.PlanDocuments}' job.
 *
 * <p>Dependencies: {@code plan-model}, {@code org.civicplan.io.chinese}, and the extension keys
 * {@link org.civicplan.io.document.PlanDocuments} names (to write kept table columns back).
 */
package org.civicplan.io.markdown;
