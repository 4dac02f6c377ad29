package recall.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Free space of the data folder, and what the database's own files take there. Blocking calls. */
public final class DiskSpace {
  private static final long MB = 1024 * 1024;
  private final Path dir;

  public DiskSpace(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** Bytes a write in the data folder may still use. */
  public long usableBytes() throws IOException {
    return Files.getFileStore(dir).getUsableSpace();
  }

  /** Bytes of the database files ({@code recall.*}): a checkpoint needs room for about as much again. */
  public long databaseBytes() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long sum = 0;
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().startsWith("recall.") && Files.isRegularFile(f)) sum += Files.size(f);
      }
      return sum;
    }
  }

  /**
   * Creates the folder, then refuses to go on if less than {@code reserveBytes} is free in it:
   * starting on a disk that is nearly full would only fail later, in the middle of a lesson.
   */
  public void requireReserve(long reserveBytes) throws IOException {
    Files.createDirectories(dir);
    long free = usableBytes();
    if (free < reserveBytes) {
      throw new IOException("only " + free / MB + " MB free in the data folder " + dir.toAbsolutePath()
          + ", below the reserve of " + reserveBytes / MB + " MB (RECALL_DISK_RESERVE_MB): free some space or lower the reserve");
    }
  }

  static String mb(long bytes) {
    return bytes / MB + " MB";
  }
}
