/**
 * Writing plans as Markdown documents: {@link org.civicplan.io.markdown.PlanMarkdown}. Reading
 * Markdown is {@link org.civicplan.io.document.PlanDocuments}' job.
 *
 * <p>Dependencies: {@code plan-model}, {@link org.civicplan.io.chinese}.
 */
package org.civicplan.io.markdown;
