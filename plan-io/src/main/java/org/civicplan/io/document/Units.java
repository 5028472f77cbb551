package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.io.chinese.Responsibilities;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.PlanIds;
import org.civicplan.model.UnitKind;

/**
 * The organizational units a plan declares, each once: a name met again gives the same unit.
 * Units get ids {@code u1}, {@code u2}… in order of first appearance and a kind guessed from the
 * name's ending. One per read; not thread-safe.
 */
final class Units {
  private final SourceText source;
  private final Map<String, OrganizationalUnit> byName = new LinkedHashMap<>();

  Units(SourceText source) {
    this.source = source;
  }

  /** The ids of the units named in [from, to) of a block's text, declaring the new ones. */
  List<String> ids(Block block, int from, int to) {
    List<String> ids = new ArrayList<>();
    String v = block.text(from, to);
    for (int[] r : Responsibilities.unitNames(v)) {
      String name = v.substring(r[0], r[1]);
      OrganizationalUnit u = byName.get(name);
      if (u == null) {
        OrganizationalUnit.Builder ub = OrganizationalUnit.builder()
            .id(PlanIds.unit(byName.size() + 1))
            .name(name)
            .sourceSpan(source.span(block.offsetOf(from + r[0]), block.endOffsetOf(from + r[1])));
        kind(name).ifPresent(ub::unitKind);
        u = ub.build();
        byName.put(name, u);
      }
      if (!ids.contains(u.id())) {
        ids.add(u.id());
      }
    }
    return ids;
  }

  List<OrganizationalUnit> declared() {
    return new ArrayList<>(byName.values());
  }

  static Optional<UnitKind> kind(String name) {
    if (name.endsWith("党工委") || name.endsWith("党委") || name.endsWith("党组") || name.endsWith("组织部") || name.endsWith("统战部") || name.endsWith("宣传部")) {
      return Optional.of(UnitKind.PARTY_ORGANIZATION);
    }
    if (name.endsWith("办公室") || name.endsWith("办")) {
      return Optional.of(UnitKind.OFFICE);
    }
    if (name.endsWith("中心") || name.endsWith("服务站")) {
      return Optional.of(UnitKind.SERVICE_CENTRE);
    }
    if (name.endsWith("局") || name.endsWith("委") || name.endsWith("科") || name.endsWith("部") || name.endsWith("委员会")) {
      return Optional.of(UnitKind.DEPARTMENT);
    }
    if (name.endsWith("人民政府") || name.endsWith("街道") || name.endsWith("镇")) {
      return Optional.of(UnitKind.GOVERNMENT);
    }
    if (name.endsWith("居委会") || name.endsWith("居委") || name.endsWith("社区")) {
      return Optional.of(UnitKind.COMMUNITY);
    }
    return Optional.empty();
  }
}
