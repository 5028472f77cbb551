package org.civicplan.rules.builtin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.model.PlanNode;

/**
 * Finds texts that nearly repeat an earlier one in linear time: each text becomes the set of its
 * character bigrams (after dropping punctuation and spaces), summarized by a MinHash signature;
 * locality-sensitive hashing on bands of the signature proposes candidates from buckets, and only
 * candidates are compared exactly (Jaccard similarity of the bigram sets). Each text is compared
 * with at most {@code BANDS × PER_BUCKET} others, so the cost grows linearly with the number of
 * texts, never with their pairs. Exact repeats are found by a hash of the normalized text.
 *
 * <p>Not thread-safe; one instance per check.
 */
final class NearDuplicates {
  private static final int BANDS = 8;
  private static final int ROWS = 4;
  private static final int PER_BUCKET = 16;
  private static final long[] SEEDS = new long[BANDS * ROWS];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SEEDS.length; i++) {
      s = mix(s + i);
      SEEDS[i] = s;
    }
  }

  record Match(PlanNode earlier, double similarity) {}

  /**
   * A text in the buckets, with its number of shingles at hand (so the size bound is checked
   * without touching the array); {@code visited} marks the text being added that last met it.
   */
  private static final class Entry {
    final PlanNode node;
    final long[] shingles;
    final int size;
    long visited = -1;

    Entry(PlanNode node, long[] shingles) {
      this.node = node;
      this.shingles = shingles;
      this.size = shingles.length;
    }
  }

  private final double threshold;
  private final int minLength;
  private final Map<String, PlanNode> exact = new HashMap<>();
  private final Map<Long, List<Entry>> buckets = new HashMap<>();
  /** How many exact comparisons were made; bounded by {@link #MAX_COMPARISONS_PER_TEXT} per text. */
  long comparisons;
  /** How many texts were added; stamps the candidates each one has compared. */
  private long added;

  static final int MAX_COMPARISONS_PER_TEXT = BANDS * PER_BUCKET;

  NearDuplicates(double threshold, int minLength) {
    this.threshold = threshold;
    this.minLength = minLength;
  }

  /** Adds a text; returns the earlier text it nearly repeats, if any. */
  Match add(PlanNode node, String text) {
    String normal = normalize(text);
    if (normal.codePointCount(0, normal.length()) < minLength) {
      return null;
    }
    PlanNode same = exact.putIfAbsent(normal, node);
    if (same != null) {
      return new Match(same, 1.0);
    }
    long[] shingles = shingles(normal);
    long[] signature = signature(shingles);
    long stamp = added++;
    Match best = null;
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = b;
      for (int r = 0; r < ROWS; r++) {
        key = mix(key * 31 + signature[b * ROWS + r]);
      }
      keys[b] = key;
      if (best != null) {
        continue;
      }
      List<Entry> bucket = buckets.get(key);
      if (bucket == null) {
        continue;
      }
      for (Entry candidate : bucket) {
        // A candidate met in an earlier band gives the same similarity again: skip it.
        if (candidate.visited == stamp) {
          continue;
        }
        candidate.visited = stamp;
        // Jaccard similarity is at most the smaller set's size over the larger's (and so is its
        // rounded value, division rounding being monotonic): skip candidates whose sizes alone
        // rule out the threshold, without merging the sets.
        int mine = shingles.length;
        int theirs = candidate.size;
        if ((double) Math.min(mine, theirs) / Math.max(mine, theirs) < threshold) {
          continue;
        }
        comparisons++;
        double j = jaccard(shingles, candidate.shingles);
        if (j >= threshold && (best == null || j > best.similarity())) {
          best = new Match(candidate.node, j);
        }
      }
    }
    Entry entry = new Entry(node, shingles);
    for (long key : keys) {
      List<Entry> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(2));
      if (bucket.size() < PER_BUCKET) {
        bucket.add(entry);
      }
    }
    return best;
  }

  /** Keeps letters and digits (Chinese characters among them), lower-cased. */
  static String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(Character.toLowerCase(cp));
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static long[] shingles(String normal) {
    int[] cps = normal.codePoints().toArray();
    long[] out = new long[Math.max(1, cps.length - 1)];
    if (cps.length == 1) {
      out[0] = mix(cps[0]);
    }
    for (int i = 0; i + 1 < cps.length; i++) {
      out[i] = mix(((long) cps[i] << 21) ^ cps[i + 1]);
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[n++] = out[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static long[] signature(long[] shingles) {
    long[] sig = new long[SEEDS.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < SEEDS.length; i++) {
        long h = mix(s ^ SEEDS[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** Jaccard similarity of two sorted sets, by one merge pass. */
  static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 1.0 : (double) common / union;
  }

  /** SplitMix64 finalizer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
