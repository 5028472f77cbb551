package org.civicplan.rules.builtin;

import java.util.Arrays;

/**
 * The buckets of {@link NearDuplicates}: a primitive hash table from a band key ({@code long}) to
 * at most {@code perBucket} items, each item a text's 64-bit bigram fingerprint, its number of
 * distinct bigrams and its entry number. No boxing: slots are pairs of {@code long}s (key, where
 * the bucket's items are), items live in one growing {@code long[]} arena, two {@code long}s (16
 * bytes, so that no item straddles two cache lines and four share one) each, a bucket's items side
 * by side so that reading a bucket touches consecutive memory.
 *
 * <pre>{@code
 * BandBuckets buckets = new BandBuckets(16);
 * buckets.add(key, fingerprint, size, entry);
 * long where = buckets.find(key);            // NONE if the key has no bucket
 * for (int i = 0; i < BandBuckets.count(where); i++) {
 *   int item = BandBuckets.first(where) + i * BandBuckets.ITEM;
 *   int entry = BandBuckets.entry(buckets.items(), item);
 * }
 * }</pre>
 *
 * <p>Open addressing with linear probing; grows at half full. Not thread-safe; one per check.
 */
final class BandBuckets {
  /** {@link #find} of a key without a bucket. */
  static final long NONE = 0;
  /** Longs per item: the fingerprint, then size and entry. */
  static final int ITEM = 2;

  private final int perBucket;
  /** Slot {@code s} is {@code table[2s]} (the key) and {@code table[2s+1]} (its bucket, or 0). */
  private long[] table;
  private int mask;
  private int used;
  private long[] items;
  private int itemsEnd;

  /** @param perBucket the most items a bucket keeps (at most 255); later ones are turned away */
  BandBuckets(int perBucket) {
    this(perBucket, 32);
  }

  /**
   * @param perBucket the most items a bucket keeps (at most 255); later ones are turned away
   * @param expectedKeys about how many keys will be added, to size the table once
   */
  BandBuckets(int perBucket, int expectedKeys) {
    if (perBucket < 1 || perBucket > 255) {
      throw new IllegalArgumentException("perBucket " + perBucket);
    }
    this.perBucket = perBucket;
    int slots = Integer.highestOneBit(Math.max(64, 2 * Math.min(expectedKeys, 1 << 26)) - 1) << 1;
    this.table = new long[2 * slots];
    this.mask = slots - 1;
    this.items = new long[ITEM * Math.max(64, Math.min(expectedKeys, 1 << 26))];
  }

  /*
   * A bucket is described by one long: count (8 bits) | capacity (8 bits) | offset in the arena
   * (the rest), offset shifted by 16. A count of zero never describes a bucket, so 0 means none.
   */

  /** @return the items in a bucket described by {@code where} */
  static int count(long where) {
    return (int) (where & 0xFF);
  }

  /** @return the arena offset of the first item of the bucket {@code where} */
  static int first(long where) {
    return (int) (where >>> 16);
  }

  private static int capacity(long where) {
    return (int) ((where >>> 8) & 0xFF);
  }

  private static long describe(int count, int capacity, int first) {
    return ((long) first << 16) | ((long) capacity << 8) | count;
  }

  /** @return the arena the offsets of {@link #first} point into; valid until the next add */
  long[] items() {
    return items;
  }

  static long fingerprint(long[] items, int item) {
    return items[item];
  }

  static int size(long[] items, int item) {
    return (int) (items[item + 1] >>> 32);
  }

  static int entry(long[] items, int item) {
    return (int) items[item + 1];
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  /** @return the bucket of {@code key}, or {@link #NONE} */
  long find(long key) {
    long[] t = table;
    for (int s = slot(key); ; s = (s + 1) & mask) {
      long where = t[2 * s + 1];
      if (where == NONE || t[2 * s] == key) {
        return where;
      }
    }
  }

  /**
   * Adds an item to the bucket of {@code key}, unless that bucket is full.
   *
   * @param size the text's number of distinct bigrams, at least 0
   * @param entry the text's entry number, at least 0
   * @return whether the item was added
   */
  boolean add(long key, long fingerprint, int size, int entry) {
    int s = slot(key);
    while (table[2 * s + 1] != NONE && table[2 * s] != key) {
      s = (s + 1) & mask;
    }
    long where = table[2 * s + 1];
    int count = count(where);
    if (count >= perBucket) {
      return false;
    }
    boolean fresh = where == NONE;
    if (fresh) {
      where = describe(0, 1, allocate(1));
      table[2 * s] = key;
      used++;
    } else if (count == capacity(where)) {
      int grown = Math.min(perBucket, 2 * count);
      int at = allocate(grown);
      System.arraycopy(items, first(where), items, at, count * ITEM);
      where = describe(count, grown, at);
    }
    int at = first(where) + count * ITEM;
    items[at] = fingerprint;
    items[at + 1] = ((long) size << 32) | (entry & 0xFFFFFFFFL);
    table[2 * s + 1] = describe(count + 1, capacity(where), first(where));
    if (fresh && 2 * used > mask + 1) {
      grow();
    }
    return true;
  }

  private int allocate(int n) {
    int at = itemsEnd;
    int end = at + n * ITEM;
    if (end < 0 || end > (Integer.MAX_VALUE >>> 1)) {
      throw new IllegalStateException("too many near-duplicate candidates to keep");
    }
    if (end > items.length) {
      items = Arrays.copyOf(items, Math.max(end, items.length * 2));
    }
    itemsEnd = end;
    return at;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    mask = (table.length / 2) - 1;
    for (int s = 0; s < old.length / 2; s++) {
      long where = old[2 * s + 1];
      if (where == NONE) {
        continue;
      }
      int t = slot(old[2 * s]);
      while (table[2 * t + 1] != NONE) {
        t = (t + 1) & mask;
      }
      table[2 * t] = old[2 * s];
      table[2 * t + 1] = where;
    }
  }
}
