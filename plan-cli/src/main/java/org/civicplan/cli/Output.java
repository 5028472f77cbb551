package org.civicplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a command's output goes: a file, replaced atomically, or standard output.
 *
 * <p>A file is written to a temporary file beside it ({@code .NAME.RANDOM.tmp}), forced to disk
 * and then moved over the target in one step, so a failed or interrupted write never leaves a
 * half-written file and never replaces a good one. The temporary file is removed when the write
 * fails, and by a shutdown hook when the process is interrupted (SIGINT, SIGTERM). A target that
 * exists and is not a regular file (a device such as {@code /dev/null}, a FIFO) is written
 * directly. Every output is UTF-8; a lone surrogate, which UTF-8 cannot encode, is refused before
 * anything reaches the target.
 */
final class Output {
  /** Temporary files being written, removed by the shutdown hook if the process is stopped. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  /**
   * Held while a temporary file is moved into place and while the shutdown hook removes them, so
   * that a stop either comes after a finished move or prevents it: never a move after the hook.
   */
  private static final Object MOVING = new Object();

  /** Set by the shutdown hook: no temporary file is moved into place after it. */
  private static boolean stopping; // guarded by MOVING

  /**
   * For tests: runs after the body is written and forced to disk, just before the temporary file
   * is moved into place (InterruptedWriteProcessTest holds a child JVM here to signal it).
   */
  static volatile Runnable beforeMove = () -> {};

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Output::stop, "civicplan-cleanup"));
  }

  /** Writes a command's output. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  private Output() {}

  /**
   * Refuses to write onto one of the inputs unless forced.
   *
   * @throws OutputException naming the input
   */
  static void checkNotAnInput(Path target, Collection<Path> inputs, boolean force)
      throws OutputException {
    if (force || target == null) {
      return;
    }
    for (Path input : inputs) {
      if (sameFile(target, input)) {
        throw new OutputException(
            "refusing to write the output onto the input " + input + "; use --force to overwrite it");
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    if (b.toString().equals("-")) {
      return false;
    }
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall through to comparing the names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /**
   * Writes to {@code target}, or to {@code stdout} when target is null or {@code -}.
   *
   * @throws OutputException with a one-line reason when the output cannot be written
   */
  static void write(Path target, PrintWriter stdout, Body body) throws IOException {
    if (target == null || target.toString().equals("-")) {
      Writer checked = new SurrogateCheck(stdout);
      try {
        body.writeTo(checked);
        checked.flush();
      } catch (OutputException e) {
        stdout.flush();
        throw new OutputException("cannot write to standard output: " + e.getMessage());
      }
      if (stdout.checkError()) {
        throw new OutputException("cannot write to standard output");
      }
      return;
    }
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new OutputException("cannot write " + target + ": it is a directory");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      writeInPlace(target, absolute, body);
      return;
    }
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new OutputException(
          "cannot write " + target + ": the directory " + (dir == null ? "" : dir) + " does not exist");
    }
    Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    PENDING.add(temp);
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        Writer out = new SurrogateCheck(utf8(Channels.newOutputStream(channel)));
        body.writeTo(out);
        out.flush();
        channel.force(true);
      }
      beforeMove.run();
      synchronized (MOVING) {
        if (stopping) {
          throw new OutputException("the process is being stopped");
        }
        move(temp, absolute);
      }
    } catch (OutputException e) {
      Files.deleteIfExists(temp);
      throw new OutputException("cannot write " + target + ": " + e.getMessage());
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(temp);
      if (e instanceof IOException) {
        throw new OutputException("cannot write " + target + ": " + reason((IOException) e, dir), e);
      }
      throw e;
    } finally {
      PENDING.remove(temp);
    }
  }

  private static void writeInPlace(Path target, Path absolute, Body body) throws IOException {
    try (OutputStream stream = Files.newOutputStream(absolute)) {
      Writer out = new SurrogateCheck(utf8(stream));
      body.writeTo(out);
      out.flush();
    } catch (OutputException e) {
      throw new OutputException("cannot write " + target + ": " + e.getMessage());
    } catch (IOException e) {
      throw new OutputException("cannot write " + target + ": " + reason(e, absolute.getParent()), e);
    }
  }

  private static Writer utf8(OutputStream stream) {
    return new OutputStreamWriter(
        stream,
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String reason(IOException e, Path dir) {
    if (e instanceof AccessDeniedException) {
      return "permission denied in " + dir;
    }
    if (e instanceof CharacterCodingException) {
      return "the output cannot be encoded as UTF-8";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the original failure is the one to report
    }
  }

  /** What the shutdown hook does: no more moves, and the temporary files removed. */
  private static void stop() {
    synchronized (MOVING) {
      stopping = true;
      removePending();
    }
  }

  /** Removes temporary files still being written (the shutdown hook's work, for tests). */
  static void removePending() {
    for (Path temp : PENDING) {
      deleteQuietly(temp);
    }
  }

  /** Temporary files being written right now (for tests). */
  static Set<Path> pending() {
    return Set.copyOf(PENDING);
  }

  /** A write that failed, with the one line to show the user. */
  static final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputException(String message) {
      super(message);
    }

    OutputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Passes characters through, refusing a lone surrogate (one UTF-8 cannot encode) with its code
   * and position before it reaches the target.
   */
  static final class SurrogateCheck extends Writer {
    private final Writer out;
    private long written;
    private char pendingHigh;

    SurrogateCheck(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      int end = off + len;
      int from = off;
      if (pendingHigh != 0) {
        if (len == 0) {
          return;
        }
        if (!Character.isLowSurrogate(buf[off])) {
          throw lone(pendingHigh, written - 1);
        }
        out.write(pendingHigh);
        out.write(buf[off]);
        pendingHigh = 0;
        written++;
        from = off + 1;
      }
      for (int i = from; i < end; i++) {
        char c = buf[i];
        if (Character.isHighSurrogate(c)) {
          if (i + 1 == end) {
            // Held back until its partner arrives in the next write.
            out.write(buf, from, i - from);
            pendingHigh = c;
            written++;
            return;
          }
          if (!Character.isLowSurrogate(buf[i + 1])) {
            throw lone(c, written);
          }
          i++;
          written += 2;
        } else if (Character.isLowSurrogate(c)) {
          throw lone(c, written);
        } else {
          written++;
        }
      }
      out.write(buf, from, end - from);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      char[] chars = new char[len];
      s.getChars(off, off + len, chars, 0);
      write(chars, 0, len);
    }

    @Override
    public void flush() throws IOException {
      if (pendingHigh != 0) {
        throw lone(pendingHigh, written - 1);
      }
      out.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
      out.close();
    }

    private static OutputException lone(char c, long at) {
      return new OutputException(
          String.format(
              "the plan holds a lone surrogate U+%04X (character %d of the output), which UTF-8 cannot"
                  + " encode",
              (int) c, at + 1));
    }
  }
}
