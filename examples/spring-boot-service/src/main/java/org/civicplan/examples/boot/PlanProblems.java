package org.civicplan.examples.boot;

import org.civicplan.io.PlanFormatException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors as RFC 7807 problem details ({@code application/problem+json}): an upload that is not a
 * readable plan is 422 with the place CivicPlan found the problem at; a bad parameter is 400;
 * Spring MVC's own errors (no file part, an upload too large, a format not served) keep their
 * status.
 *
 * <pre>{@code
 * HTTP/1.1 422
 * {"type":"about:blank","title":"Not a readable plan document","status":422,
 *  "detail":"broken.json:3:12: …","instance":"/validations",
 *  "source":"broken.json","line":3,"column":12,"problem":"…"}
 * }</pre>
 */
@RestControllerAdvice
class PlanProblems extends ResponseEntityExceptionHandler {

  /**
   * @param e what the reader refused, with its place
   * @return 422 with {@code source}, {@code line}, {@code column} and {@code pointer} where known
   */
  @ExceptionHandler(PlanFormatException.class)
  ProblemDetail unreadablePlan(PlanFormatException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setTitle("Not a readable plan document");
    e.sourceName().ifPresent(source -> problem.setProperty("source", source));
    if (e.line() > 0) {
      problem.setProperty("line", e.line());
      if (e.column() > 0) {
        problem.setProperty("column", e.column());
      }
    }
    e.pointer().ifPresent(pointer -> problem.setProperty("pointer", pointer));
    problem.setProperty("problem", e.problem());
    return problem;
  }

  /**
   * @param e an unknown profile or language, or an upload without a file name
   * @return 400 with the message, which names the accepted values
   */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badParameter(IllegalArgumentException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Bad request parameter");
    return problem;
  }
}
