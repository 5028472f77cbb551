package org.civicplan.model.quantity;

import java.util.Objects;
import org.civicplan.model.MeasureKind;

/**
 * A measure word (量词) or unit that can follow a number in a target, with what it measures and
 * its normalized form: {@code 处} (COUNT, {@code 处}), {@code 平方米} (AREA, {@code m2}),
 * {@code 元} (MONEY, {@code CNY}).
 *
 * <pre>{@code
 * MeasureWord w = QuantityLexicon.measureWordAt("新增绿地5000平方米", 10).orElseThrow();
 * w.written();     // 平方米
 * w.kind();        // AREA
 * w.normalized();  // m2
 * }</pre>
 *
 * @param written the word as written
 * @param kind what it measures
 * @param normalized its normalized form (without any multiplier)
 */
public record MeasureWord(String written, MeasureKind kind, String normalized) {
  /** @throws NullPointerException if an argument is null */
  public MeasureWord {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(normalized, "normalized");
  }
}
