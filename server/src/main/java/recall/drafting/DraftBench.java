package recall.drafting;

import recall.notes.NotesDocument;
import recall.notes.NotesReader;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark: drafts from 500 lines of notes (the shipped notes, repeated to 500 lines when shorter),
 * timed after the models are loaded, wall clock and CPU. Target: under 10 s. Not a unit test, since
 * timing targets belong in scripts/bench:
 * {@code scripts/bench drafting}, or
 * {@code java -cp server/target/recall.jar recall.drafting.DraftBench [notes file] [lines] [--no-checks]}.
 */
public final class DraftBench {

  private DraftBench() {
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "questions/notes/ussr-1924-1941.txt");
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    // As the server drafts (POST /api/notes/{id}/drafts): every draft through the checks; "--no-checks" leaves them out.
    boolean checks = !(args.length > 2 && args[2].equals("--no-checks"));
    NotesDocument read = NotesReader.read(Files.readAllBytes(file), file.getFileName().toString(), null);
    List<String> lines = new ArrayList<>();
    while (lines.size() < size) lines.addAll(read.lines().subList(0, Math.min(read.lineCount(), size - lines.size())));
    NotesDocument notes = new NotesDocument(read.title(), lines, read.sections());
    long loadStart = System.nanoTime();
    Nlp.get();
    long loaded = System.nanoTime();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long cpuStart = cpu.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    NotesAnalysis analysis = NotesAnalysis.of(notes, Nlp.get().analyzer());
    long analysed = System.nanoTime();
    int drafts = (checks ? CheckFilter.drafter() : Drafter.standard()).draft(analysis, "bench", new DraftRequest(null, null, null, DraftRequest.MAX)).size();
    long end = System.nanoTime();
    double total = (end - start) / 1e9;
    System.out.printf(Locale.ROOT, "{\"lines\":%d,\"checks\":%b,\"drafts\":%d,\"modelLoadSeconds\":%.2f,\"analysisSeconds\":%.2f,\"draftingSeconds\":%.2f,"
            + "\"totalSeconds\":%.2f,\"cpuSeconds\":%.2f,\"targetSeconds\":10,\"met\":%b}%n",
        lines.size(), checks, drafts, (loaded - loadStart) / 1e9, (analysed - start) / 1e9, (end - analysed) / 1e9, total,
        (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9, total < 10);
  }
}
