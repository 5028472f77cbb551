package org.civicplan.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandBucketsTest {

  /** The items of one bucket as {@code [fingerprint, size, entry]}. */
  private static List<List<Long>> bucket(BandBuckets buckets, long key) {
    long where = buckets.find(key);
    List<List<Long>> out = new ArrayList<>();
    long[] items = buckets.items();
    for (int i = 0; i < BandBuckets.count(where); i++) {
      int item = BandBuckets.first(where) + i * BandBuckets.ITEM;
      out.add(List.of(
          BandBuckets.fingerprint(items, item),
          (long) BandBuckets.size(items, item),
          (long) BandBuckets.entry(items, item)));
    }
    return out;
  }

  @Test
  void eachBucketKeepsTheFirstItemsAddedUnderItsKeyInOrder() {
    // Keys from a small range, some of them negative or zero, so that buckets fill up and turn
    // items away, slots collide, and the table grows several times.
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-40, 400)).ofSizeBetween(0, 3000), integers().between(1, 20))
        .checkAssert((keys, perBucket) -> {
          BandBuckets buckets = new BandBuckets(perBucket);
          Map<Long, List<List<Long>>> reference = new HashMap<>();
          for (int i = 0; i < keys.size(); i++) {
            long key = keys.get(i) * 0x1_0000_0001L;
            List<Long> item = List.of(i * 31L - 7, (long) (i % 97), (long) i);
            List<List<Long>> expected = reference.computeIfAbsent(key, k -> new ArrayList<>());
            boolean room = expected.size() < perBucket;
            assertThat(buckets.add(key, item.get(0), (int) (long) item.get(1), i))
                .isEqualTo(room);
            if (room) {
              expected.add(item);
            }
          }
          for (Map.Entry<Long, List<List<Long>>> e : reference.entrySet()) {
            assertThat(bucket(buckets, e.getKey())).isEqualTo(e.getValue());
          }
          assertThat(buckets.find(Long.MIN_VALUE)).isEqualTo(BandBuckets.NONE);
        });
  }

  @Test
  void aKeyNeverAddedHasNoBucket() {
    BandBuckets buckets = new BandBuckets(4);
    assertThat(buckets.find(0)).isEqualTo(BandBuckets.NONE);
    buckets.add(0, 1, 3, 4);
    assertThat(bucket(buckets, 0)).containsExactly(List.of(1L, 3L, 4L));
    assertThat(buckets.find(1)).isEqualTo(BandBuckets.NONE);
    assertThatThrownBy(() -> new BandBuckets(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BandBuckets(256)).isInstanceOf(IllegalArgumentException.class);
  }
}
