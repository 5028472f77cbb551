/**
 * The canonical JSON form of a plan: {@link org.civicplan.io.json.PlanJson} reads and writes it,
 * {@link org.civicplan.io.json.PlanJsonModule} lets a user's own Jackson {@code ObjectMapper} do
 * the same, and the JSON Schema {@code plan-1.1.schema.json} ({@link
 * org.civicplan.io.json.PlanJson#schema()}) describes it.
 *
 * <pre>{@code
 * PlanJson json = PlanJson.create();
 * String text = json.write(plan);    // canonical: the same plan always gives the same bytes
 * Plan back = json.read(text);       // back.equals(plan)
 * }</pre>
 *
 * <h2>Format 1.1</h2>
 *
 * <ul>
 *   <li>One JSON object, UTF-8. Its first property is {@code "formatVersion": "1.1"}; readers
 *       accept any {@code 1.x} (wherever it stands) and reject other major versions. Format 1.1
 *       adds to 1.0 the plan's {@code targets} and {@code documentNumber} and the {@code
 *       indicators} of sections and goals; a 1.0 file reads as before.
 *   <li>Then the plan's properties, in this fixed order: {@code id, title, organization {name,
 *       superiorBodies, divisionCode}, period {start, end, label}, planKind, language, preamble,
 *       targets[] (indicators), vision, mission, values, status, version, documentNumber,
 *       adoptedOn, source {name, mediaType, sha256, pageStarts},
 *       sections, units, sourceSpan, sourceNotes, extensions}.
 *   <li>{@code sections[]}: {@code id, number {ordinal, label, style}, keywords, title,
 *       introduction, indicators[], goals[]}; {@code goals[]}: {@code id, number, name, statement,
 *       narrative, indicators[], initiatives[]}; {@code initiatives[]}: {@code id, text, shortName, leadUnit,
 *       supportingUnits, start, due, status, mentions[] {mentionKind, text, span}, indicators[]};
 *       {@code indicators[]}: {@code id, name, measureKind, baseline {value, period}, target
 *       {comparator, value, upperValue, unit {written, normalized}}, milestones[] {period, value},
 *       direction, attribute, actuals[] {period, value, note}}; {@code units[]}: {@code id, name,
 *       shortName, unitKind}. Every element ends with {@code sourceSpan {startLine, startColumn,
 *       endLine, endColumn, startOffset, endOffset}, sourceNotes[] {kind, detail, span},
 *       extensions}.
 *   <li>Property names are the model's attribute names; enum values are lowerCamelCase ({@code
 *       "atLeast"}, {@code "annualWorkPlan"}, {@code "inProgress"}); dates are {@code
 *       yyyy-MM-dd}; every decimal is a JSON number written as {@link
 *       java.math.BigDecimal#toString()} and read back exactly, scale included ({@code 1.00} stays
 *       {@code 1.00}).
 *   <li>Absent values and empty lists or maps are left out, never written as {@code null}. Ids
 *       are always written; an element read without {@code id} gets one from the model.
 *   <li>{@code extensions} is an open object; its members, and the members of every object inside
 *       it, are written sorted by key. Output is pretty (two spaces, {@code "\n"}, trailing
 *       newline) or compact (no whitespace).
 * </ul>
 *
 * <h2>Reading rules</h2>
 *
 * Unknown properties are kept in the nearest element's {@code extensions} by default: a property
 * of the element itself under its own name, a property of a nested object under its path relative
 * to the element ({@code target/unit/symbol}, {@code milestones/0/note}); a clash with an existing
 * extension key is an error. In strict mode they are rejected. {@code null} for an optional
 * property reads as absent, for a required one it is an error. Duplicate properties and duplicate
 * ids are errors. Every error is a {@link org.civicplan.io.PlanFormatException} with line, column
 * (in characters), JSON Pointer and what was expected.
 *
 * <p>Dependencies: {@code plan-model}, {@code org.civicplan.io} and Jackson (core and databind,
 * 2.x); nothing else. No Jackson default typing is used.
 */
package org.civicplan.io.json;
