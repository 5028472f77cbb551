package org.civicplan.io.json;

import org.civicplan.model.Comparator;
import org.civicplan.model.Direction;
import org.civicplan.model.IndicatorAttribute;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MentionKind;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.PlanKind;
import org.civicplan.model.PlanStatus;
import org.civicplan.model.SourceNote;
import org.civicplan.model.UnitKind;

/** The JSON names of every enum of the model, built once. */
final class Enums {
  private Enums() {}

  static final EnumNames<PlanKind> PLAN_KIND = EnumNames.of(PlanKind.class, "a plan kind");
  static final EnumNames<PlanStatus> PLAN_STATUS = EnumNames.of(PlanStatus.class, "a plan status");
  static final EnumNames<NumberingStyle> NUMBERING_STYLE =
      EnumNames.of(NumberingStyle.class, "a numbering style");
  static final EnumNames<InitiativeStatus> INITIATIVE_STATUS =
      EnumNames.of(InitiativeStatus.class, "an initiative status");
  static final EnumNames<MentionKind> MENTION_KIND =
      EnumNames.of(MentionKind.class, "a mention kind");
  static final EnumNames<MeasureKind> MEASURE_KIND =
      EnumNames.of(MeasureKind.class, "a measure kind");
  static final EnumNames<Comparator> COMPARATOR = EnumNames.of(Comparator.class, "a comparator");
  static final EnumNames<Direction> DIRECTION = EnumNames.of(Direction.class, "a direction");
  static final EnumNames<IndicatorAttribute> INDICATOR_ATTRIBUTE =
      EnumNames.of(IndicatorAttribute.class, "an indicator attribute");
  static final EnumNames<UnitKind> UNIT_KIND = EnumNames.of(UnitKind.class, "a unit kind");
  static final EnumNames<SourceNote.Kind> SOURCE_NOTE_KIND =
      EnumNames.of(SourceNote.Kind.class, "a source-note kind");
}
