package recall.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A small tmpfs mounted for one test, as the data folder of a server that runs out of space. Needs
 * root (CI runs as root); elsewhere the test is skipped, with the reason, rather than failed.
 */
final class SmallDisk {
  final Path dir;
  private final Path filler;

  private SmallDisk(Path dir) {
    this.dir = dir;
    this.filler = dir.resolve("filler");
  }

  /** Mounts a tmpfs of {@code mb} megabytes on {@code dir}, or skips the test if that is not allowed here. */
  static SmallDisk mount(Path dir, int mb) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    String out = run("mount", "-t", "tmpfs", "-o", "size=" + mb + "m", "tmpfs", dir.toString());
    assumeTrue(out == null, "this test mounts a " + mb + " MB tmpfs as the data folder, which needs root"
        + " (CI runs as root); mount said: " + out);
    return new SmallDisk(dir);
  }

  void unmount() throws IOException, InterruptedException {
    run("umount", "-l", dir.toString());
  }

  /** Writes a filler file until the disk refuses: nothing more fits, bar the slack of pages already taken. */
  void fill() throws IOException {
    try (OutputStream out = Files.newOutputStream(filler)) {
      for (int chunk : new int[] {1 << 20, 1 << 12, 1}) {
        byte[] bytes = new byte[chunk];
        try {
          while (true) {
            out.write(bytes);
            out.flush();
          }
        } catch (IOException full) {
          // On to smaller writes, to take what a bigger one could not.
        }
      }
    } catch (IOException closingAFullFile) {
      // Nothing was buffered: the filler is as big as the disk allowed.
    }
  }

  /** Leaves only about {@code leftBytes} free. */
  void fillUpTo(long leftBytes) throws IOException {
    long take = Files.getFileStore(dir).getUsableSpace() - leftBytes;
    try (OutputStream out = Files.newOutputStream(filler)) {
      byte[] mb = new byte[1 << 20];
      for (long written = 0; written < take; written += mb.length) out.write(mb, 0, (int) Math.min(mb.length, take - written));
    }
  }

  void free() throws IOException {
    Files.deleteIfExists(filler);
  }

  /** Runs a command; null if it succeeded, else what it printed. */
  private static String run(String... command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return e.toString();
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    return p.waitFor() == 0 ? null : "exit " + p.exitValue() + ": " + out;
  }
}
