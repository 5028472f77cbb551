package org.civicplan.io.document;

import org.civicplan.io.PlanFormatException;

/**
 * One step of building a plan from blocks: it reads what earlier passes left in the {@link
 * Assembly} and adds its own part. The {@link Assembler} runs the passes in order; a new shape of
 * document gets a new pass, not an edit of the others.
 */
interface Pass {
  /**
   * @param a the import's shared state
   * @throws PlanFormatException if the document cannot be read as a plan
   */
  void run(Assembly a) throws PlanFormatException;
}
