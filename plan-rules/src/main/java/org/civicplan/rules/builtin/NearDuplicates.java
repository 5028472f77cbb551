package org.civicplan.rules.builtin;

import java.util.Arrays;
import org.civicplan.model.PlanNode;

/**
 * Finds texts that nearly repeat an earlier one in linear time: each text becomes the set of its
 * character bigrams (after dropping punctuation and spaces), summarized by a one-permutation
 * MinHash signature (one hash per bigram into {@code BANDS × ROWS} bins, empty bins filled by
 * optimal densification); locality-sensitive hashing on bands of the signature proposes
 * candidates from buckets ({@link BandBuckets}), and only candidates are compared exactly (Jaccard
 * similarity of the bigram sets). Each text is compared with at most {@code BANDS × PER_BUCKET}
 * others, so the cost grows linearly with the number of texts, never with their pairs.
 *
 * <p>Before a candidate is compared, an exact upper bound on its similarity rules most candidates
 * out without touching their bigrams: every bit of a 64-bit bigram fingerprint that one text sets
 * and the other does not stands for at least one bigram the other lacks. Exact repeats are found
 * by a 64-bit hash of the normalized text, confirmed character by character.
 *
 * <p>Works on {@code char}s, {@code int}s and {@code long}s in arrays reused from text to text;
 * nothing is boxed. Not thread-safe; one instance per check.
 */
final class NearDuplicates {
  private static final int BANDS = 8;
  private static final int ROWS = 4;
  private static final int BINS = BANDS * ROWS;
  private static final int PER_BUCKET = 16;

  static final int MAX_COMPARISONS_PER_TEXT = BANDS * PER_BUCKET;

  /**
   * Texts longer than this many UTF-16 units are not compared: an initiative is a sentence or a
   * paragraph, and the work and memory per text (arrays of its code points and bigrams) must stay
   * bounded whatever the input, such as a paragraph of 50 million digits. Comparing a prefix
   * instead would report texts that differ after it as repeats, a wrong finding.
   */
  static final int MAX_TEXT_LENGTH = 1 << 16;

  /**
   * For every char that is not a surrogate: itself lower-cased if it is a letter or digit, else 0
   * (no letter lower-cases to U+0000), as {@link Character} says; filled once.
   */
  private static final char[] KEPT = new char[0x10000];
  /** In {@link #KEPT}: ask {@link Character} (a letter whose lower case is not a char). */
  private static final char ASK = '\uFFFF';
  /** The last of the CJK ideographs from U+4E00 on that are letters without case (U+9FFC on 17). */
  private static final char CJK_LAST;

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int lower = Character.toLowerCase(c);
      if (!Character.isSurrogate((char) c) && Character.isLetterOrDigit(c)) {
        KEPT[c] = lower < Character.MAX_VALUE ? (char) lower : ASK;
      }
    }
    char c = 0x4E00;
    while (c < 0xD800 && KEPT[c] == c) {
      c++;
    }
    CJK_LAST = (char) (c - 1);
  }

  /**
   * For each bin, the bins an empty one copies from, in the order tried: a fixed pseudo-random
   * sequence per bin (the same for every text, so that two texts missing the same bins copy alike).
   */
  private static final byte[][] PROBES = new byte[BINS][64];

  static {
    for (int bin = 0; bin < BINS; bin++) {
      for (int attempt = 0; attempt < PROBES[bin].length; attempt++) {
        PROBES[bin][attempt] = (byte) (mix(((long) bin << 32) | (attempt + 1)) >>> 59);
      }
    }
  }

  record Match(PlanNode earlier, double similarity) {}

  private final double threshold;
  private final int minLength;
  /** How many exact comparisons were made; bounded by {@link #MAX_COMPARISONS_PER_TEXT} per text. */
  long comparisons;

  // The text being added: its normalized code points, distinct bigram hashes and their set.
  private int[] points = new int[64];
  private int[] earlierPoints = new int[64];
  private long[] distinct = new long[64];
  private long[] set = new long[128];
  private int[] setStamp = new int[128];
  private int setMask;
  private int stamp;
  private final long[] signature = new long[BINS];
  private final long[] keys = new long[BANDS];
  private final long[] wheres = new long[BANDS];
  /** Keeps the loads that warm the buckets from being optimized away. */
  private long sink;
  private final int[] met = new int[MAX_COMPARISONS_PER_TEXT];

  // Texts kept in the buckets: node and bigram hashes (pool[start[e] .. start[e + 1])).
  private final BandBuckets buckets;
  private PlanNode[] entryNode;
  private int[] entryStart;
  private int entries;
  private long[] pool;

  // Exact repeats: open addressing from the normalized text's hash to (node, original text).
  /** Slot {@code s} is {@code exact[2s]} (the hash) and {@code exact[2s+1]} (1 + the text's number; 0 if free). */
  private long[] exact;
  private PlanNode[] exactNode;
  private String[] exactText;
  private int exactCount;

  NearDuplicates(double threshold, int minLength) {
    this(threshold, minLength, 0);
  }

  /** @param expected about how many texts will be added, to size the tables once */
  NearDuplicates(double threshold, int minLength, int expected) {
    this.threshold = threshold;
    this.minLength = minLength;
    int texts = Math.min(Math.max(expected, 64), 1 << 24);
    this.buckets = new BandBuckets(PER_BUCKET, BANDS * texts);
    int slots = Integer.highestOneBit(2 * texts - 1) << 1;
    this.exact = new long[2 * slots];
    this.exactNode = new PlanNode[texts];
    this.exactText = new String[texts];
    this.entryNode = new PlanNode[texts];
    this.entryStart = new int[texts + 1];
    // Room for texts of about 40 distinct bigrams, as work plans' initiatives have.
    this.pool = new long[40 * texts];
  }

  /** Adds a text; returns the earlier text it nearly repeats, if any. */
  Match add(PlanNode node, String text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      return null;
    }
    if (points.length < text.length()) {
      points = new int[Math.max(text.length(), 2 * points.length)];
    }
    int n = normalize(text, points);
    if (n < minLength) {
      return null;
    }
    long hash = hash(points, n);
    // Load the exact-repeat slot now and look at it after the signature is computed, so that a
    // cache miss there overlaps with that work.
    sink = exact[2 * slot(hash, exact.length / 2 - 1)];

    int m = shingles(n);
    long fp = fingerprint(distinct, m);
    sign(m);
    for (int b = 0; b < BANDS; b++) {
      // A polynomial of the band's rows (injective but for chance), then one mix for the bits.
      long key = b;
      for (int r = 0; r < ROWS; r++) {
        key = key * 0x9E3779B97F4A7C15L + signature[b * ROWS + r];
      }
      keys[b] = mix(key);
    }

    // Look all buckets up before reading any: on a large plan each lookup, and then each bucket's
    // first item, is a likely cache miss, and independent loads in a row overlap.
    long[] items = buckets.items();
    long touched = 0;
    for (int b = 0; b < BANDS; b++) {
      wheres[b] = buckets.find(keys[b]);
    }
    for (int b = 0; b < BANDS; b++) {
      if (wheres[b] != BandBuckets.NONE) {
        touched += items[BandBuckets.first(wheres[b]) + 1];
      }
    }
    sink += touched;

    PlanNode same = exactRepeat(hash, n);
    if (same != null) {
      return new Match(same, 1.0);
    }
    keepExact(hash, node, text);

    Match best = null;
    int metCount = 0;
    for (int b = 0; b < BANDS && best == null; b++) {
      long where = wheres[b];
      int count = BandBuckets.count(where);
      for (int c = 0, item = BandBuckets.first(where); c < count; c++, item += BandBuckets.ITEM) {
        // Jaccard similarity grows with the number of common bigrams (and so does its rounded
        // value, division rounding being monotonic): a candidate whose bound on that number gives
        // a similarity below the threshold cannot reach it.
        int theirs = BandBuckets.size(items, item);
        int common = commonAtMost(fp, m, BandBuckets.fingerprint(items, item), theirs);
        if ((double) common / (m + theirs - common) < threshold) {
          continue;
        }
        // A candidate met in an earlier band gives the same similarity again: skip it.
        int entry = BandBuckets.entry(items, item);
        if (contains(met, metCount, entry)) {
          continue;
        }
        met[metCount++] = entry;
        comparisons++;
        double j = jaccard(m, entry);
        if (j >= threshold && (best == null || j > best.similarity())) {
          best = new Match(entryNode[entry], j);
        }
      }
    }

    int entry = entries;
    boolean kept = false;
    for (long key : keys) {
      kept |= buckets.add(key, fp, m, entry);
    }
    if (kept) {
      keep(node, m);
    }
    return best;
  }

  /**
   * The 64-bit fingerprint of a set of bigram hashes: each hash sets the bit its low six bits name.
   */
  static long fingerprint(long[] hashes, int count) {
    long bits = 0;
    for (int i = 0; i < count; i++) {
      bits |= 1L << hashes[i]; // a shift uses the low six bits of its distance
    }
    return bits;
  }

  /**
   * An upper bound on the number of bigrams two texts share, from their fingerprints and sizes:
   * a bit that one text sets and the other does not stands for at least one bigram of that text
   * that the other lacks.
   */
  static int commonAtMost(long a, int aSize, long b, int bSize) {
    return Math.min(aSize - Long.bitCount(a & ~b), bSize - Long.bitCount(b & ~a));
  }

  /** Keeps letters and digits (Chinese characters among them), lower-cased. */
  static String normalize(String text) {
    int[] out = new int[text.length()];
    return new String(out, 0, normalize(text, out));
  }

  /**
   * Writes the code points of the normalized text into {@code out} (at least {@code
   * text.length()} long).
   *
   * @return how many
   */
  static int normalize(String text, int[] out) {
    int n = 0;
    for (int i = 0, length = text.length(); i < length; ) {
      char c = text.charAt(i);
      if (c >= 0x4E00 && c <= CJK_LAST) {
        // Ideographs first: most of the text, and no need to touch the table for them.
        out[n++] = c;
        i++;
      } else if (!Character.isSurrogate(c) && KEPT[c] != ASK) {
        char kept = KEPT[c];
        if (kept != 0) {
          out[n++] = kept;
        }
        i++;
      } else {
        int cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
          out[n++] = Character.toLowerCase(cp);
        }
        i += Character.charCount(cp);
      }
    }
    return n;
  }

  private static long hash(int[] points, int n) {
    long h = 0;
    for (int i = 0; i < n; i++) {
      h = (h + points[i]) * 0x9E3779B97F4A7C15L;
    }
    return mix(h + n);
  }

  /** @return the earliest text whose normalized form is {@code points[0..n)}, if any */
  private PlanNode exactRepeat(long hash, int n) {
    int mask = exact.length / 2 - 1;
    for (int s = slot(hash, mask); exact[2 * s + 1] != 0; s = (s + 1) & mask) {
      if (exact[2 * s] != hash) {
        continue;
      }
      int ref = (int) exact[2 * s + 1] - 1;
      String earlier = exactText[ref];
      if (earlierPoints.length < earlier.length()) {
        earlierPoints = new int[Math.max(earlier.length(), 2 * earlierPoints.length)];
      }
      if (normalize(earlier, earlierPoints) == n
          && Arrays.equals(earlierPoints, 0, n, points, 0, n)) {
        return exactNode[ref];
      }
    }
    return null;
  }

  private void keepExact(long hash, PlanNode node, String text) {
    if (exactCount == exactNode.length) {
      exactNode = Arrays.copyOf(exactNode, 2 * exactCount);
      exactText = Arrays.copyOf(exactText, 2 * exactCount);
    }
    exactNode[exactCount] = node;
    exactText[exactCount] = text;
    exactCount++;
    if (4 * exactCount > exact.length) {
      long[] old = exact;
      exact = new long[2 * old.length];
      for (int s = 0; s < old.length; s += 2) {
        if (old[s + 1] != 0) {
          placeExact(old[s], (int) old[s + 1]);
        }
      }
    }
    placeExact(hash, exactCount);
  }

  private void placeExact(long hash, int ref) {
    int mask = exact.length / 2 - 1;
    int s = slot(hash, mask);
    while (exact[2 * s + 1] != 0) {
      s = (s + 1) & mask;
    }
    exact[2 * s] = hash;
    exact[2 * s + 1] = ref;
  }

  private static int slot(long hash, int mask) {
    return (int) (hash >>> 32) & mask;
  }

  /**
   * Puts the distinct bigram hashes of {@code points[0..n)} into {@code distinct} and into the set
   * of the current text (a text of one code point is its own single shingle).
   *
   * @return how many distinct bigrams
   */
  private int shingles(int n) {
    int want = Math.max(1, n - 1);
    int capacity = Integer.highestOneBit(Math.max(16, 2 * want - 1)) << 1;
    if (capacity > set.length) {
      set = new long[capacity];
      setStamp = new int[capacity];
      stamp = 0;
    }
    if (distinct.length < want) {
      distinct = new long[Math.max(want, 2 * distinct.length)];
    }
    if (++stamp == 0) {
      Arrays.fill(setStamp, 0);
      stamp = 1;
    }
    setMask = capacity - 1;
    int m = 0;
    if (n < 2) {
      distinct[m++] = mix(n == 1 ? points[0] : 0);
      insert(distinct[0]);
      return m;
    }
    for (int i = 0; i + 1 < n; i++) {
      long h = mix(((long) points[i] << 21) ^ points[i + 1]);
      if (insert(h)) {
        distinct[m++] = h;
      }
    }
    return m;
  }

  /** @return whether {@code h} was not yet in the current text's set */
  private boolean insert(long h) {
    int s = slot(h, setMask);
    while (setStamp[s] == stamp) {
      if (set[s] == h) {
        return false;
      }
      s = (s + 1) & setMask;
    }
    setStamp[s] = stamp;
    set[s] = h;
    return true;
  }

  private boolean inSet(long h) {
    int s = slot(h, setMask);
    while (setStamp[s] == stamp) {
      if (set[s] == h) {
        return true;
      }
      s = (s + 1) & setMask;
    }
    return false;
  }

  /**
   * One-permutation MinHash of {@code distinct[0..m)}: the top five bits of a bigram's hash choose
   * its bin, each bin keeps its least hash; an empty bin copies the bin that a fixed sequence of
   * probes, depending only on the bin, meets first (optimal densification), so two texts agree on
   * a bin with probability close to their Jaccard similarity.
   */
  private void sign(int m) {
    // Within a bin all hashes share their top bits, so their signed order is their order.
    Arrays.fill(signature, Long.MAX_VALUE);
    int filled = 0;
    for (int i = 0; i < m; i++) {
      long h = distinct[i];
      int bin = (int) (h >>> 59);
      signature[bin] = Math.min(signature[bin], h);
      filled |= 1 << bin;
    }
    if (filled == -1) {
      return;
    }
    for (int bin = 0; bin < BINS; bin++) {
      if ((filled & (1 << bin)) != 0) {
        continue;
      }
      int from = -1;
      byte[] probes = PROBES[bin];
      for (int attempt = 0; attempt < probes.length && from < 0; attempt++) {
        if ((filled & (1 << probes[attempt])) != 0) {
          from = probes[attempt];
        }
      }
      if (from < 0) {
        from = (bin + 1 + Integer.numberOfTrailingZeros(Integer.rotateRight(filled, bin + 1))) & 31;
      }
      signature[bin] = signature[from];
    }
  }

  /** Jaccard similarity of the current text's bigrams ({@code m} of them) and an entry's. */
  private double jaccard(int m, int entry) {
    int start = entryStart[entry];
    int end = entryStart[entry + 1];
    int common = 0;
    for (int i = start; i < end; i++) {
      if (inSet(pool[i])) {
        common++;
      }
    }
    return (double) common / (m + (end - start) - common);
  }

  private void keep(PlanNode node, int m) {
    if (entries == entryNode.length) {
      entryNode = Arrays.copyOf(entryNode, 2 * entries);
      entryStart = Arrays.copyOf(entryStart, 2 * entries + 1);
    }
    int start = entryStart[entries];
    if (start + m > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(start + m, 2 * pool.length));
    }
    System.arraycopy(distinct, 0, pool, start, m);
    entryNode[entries] = node;
    entryStart[entries + 1] = start + m;
    entries++;
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /** SplitMix64 finalizer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
