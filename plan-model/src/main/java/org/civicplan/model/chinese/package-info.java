/**
 * Chinese numerals (中文数字): reading {@code 一百二十}, {@code 两千零五}, {@code 1.5万} as numbers and
 * writing numbers as official documents do. The one implementation that the importer, the rules
 * and {@link org.civicplan.model.Numbering#marker()} share.
 *
 * <p>Dependencies: the JDK only.
 */
package org.civicplan.model.chinese;
