package se.regionsok.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.regionsok.build.CorpusIndexer;
import se.regionsok.corpus.DocumentKind;

/**
 * {@code ops/ingest FILE... --region R --year Y [--kind K] [--title T] [--force] [--max-mb N]}:
 * adds the files to the corpus (CORPUS_DIR, default corpus) and activates a new index version
 * (INDEX_DIR, default data/index); a running server switches to it within seconds. Exit status 0
 * when every file is in the corpus afterwards, 1 when one was rejected, 2 on a usage error.
 */
public final class IngestCommand {
  private static final String USAGE = """
      usage: ops/ingest FILE... --region REGION --year YEAR [--kind KIND] [--title TITLE] [--force] [--max-mb N]
        --region  the reporting region, e.g. "Region Örebro län" or Örebro (not needed for a table appendix)
        --year    the year the reported work was done
        --kind    report-2024, report-2022, table-appendix, project-decision or generic (default: detected)
        --title   the title to show (default: the document's own title or first line)
        --force   add it even when the text is not Swedish
        --max-mb  the largest file accepted, in MB (default 50)""";

  private IngestCommand() {}

  public static void main(String[] args) {
    List<IngestRequest> requests;
    long maxBytes;
    try {
      Arguments parsed = Arguments.parse(args);
      requests = parsed.requests();
      maxBytes = parsed.maxBytes();
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    Ingester ingester = new Ingester(CorpusIndexer.standard(Path.of(env("CORPUS_DIR", "corpus")),
        Path.of(env("INDEX_DIR", "data/index"))), maxBytes);
    try {
      Ingester.Result result = ingester.ingest(requests, "ops/ingest", System.out);
      System.exit(report(result, System.out) ? 0 : 1);
    } catch (IOException | RuntimeException e) {
      System.err.println("error: nothing was added: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Prints one line per file and the version now served; true when no file was rejected. */
  static boolean report(Ingester.Result result, PrintStream out) {
    for (Ingester.FileResult file : result.files()) {
      out.println((file.outcome() == Ingester.Outcome.REJECTED ? "REJECTED " : file.outcome() + " ")
          + file.message());
    }
    out.println(result.index() == null
        ? "The index was not changed."
        : "Index version " + result.index().version() + " is active (" + result.index().records() + " records).");
    return result.allAccepted();
  }

  private record Arguments(List<IngestRequest> requests, long maxBytes) {
    static Arguments parse(String[] args) {
      List<Path> files = new ArrayList<>();
      String region = null;
      String year = null;
      String kind = null;
      String title = null;
      boolean force = false;
      long maxBytes = FileCheck.DEFAULT_MAX_BYTES;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--region" -> region = value(args, ++i);
          case "--year" -> year = value(args, ++i);
          case "--kind" -> kind = value(args, ++i);
          case "--title" -> title = value(args, ++i);
          case "--force" -> force = true;
          case "--max-mb" -> maxBytes = Long.parseLong(value(args, ++i)) * 1024 * 1024;
          case "-h", "--help" -> throw new IllegalArgumentException("help");
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + args[i]);
            }
            files.add(Path.of(args[i]));
          }
        }
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no file given");
      }
      if (year == null || !year.matches("(19|20)\\d\\d")) {
        throw new IllegalArgumentException("--year needs a year such as 2025");
      }
      if (kind != null && !DocumentKind.ALL.contains(kind)) {
        throw new IllegalArgumentException("unknown kind " + kind + " (one of " + String.join(", ", DocumentKind.ALL) + ")");
      }
      List<IngestRequest> requests = new ArrayList<>();
      for (Path file : files) {
        requests.add(new IngestRequest(file, region, Integer.parseInt(year), kind, title, force));
      }
      return new Arguments(requests, maxBytes);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(args[i - 1] + " needs a value");
      }
      return args[i];
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
