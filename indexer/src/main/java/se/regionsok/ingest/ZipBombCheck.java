package se.regionsok.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Refuses a zip-based file (DOCX, ODT) with a part that expands to more than
 * {@link #MAX_PART_BYTES} or more than {@link #MAX_RATIO} times its packed size, before Tika
 * parses it. Tika 3.3 opens a DOCX in a way that skips POI's ZipSecureFile limits (a 1:300 DOCX
 * was read whole with them set), so the parts are inflated here once, counting the bytes that
 * come out rather than trusting the sizes the zip declares, and stopping at the limit.
 */
final class ZipBombCheck {
  /** No part of a report's Office file expands to more (a 1000-page report's XML is a few MB). */
  static final long MAX_PART_BYTES = 32L * 1024 * 1024;
  /** Real Office XML packs about 1:10; POI's own default calls past 1:100 a bomb. */
  static final int MAX_RATIO = 100;
  /** Small parts may pack tightly (an empty style sheet): as POI, they are not judged by ratio. */
  private static final long GRACE_BYTES = 100 * 1024;
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private ZipBombCheck() {}

  /** The same limits for the packages POI opens itself through ZipSecureFile. */
  static void limitPoi(int maxChars) {
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
    ZipSecureFile.setMaxTextSize(maxChars);
  }

  static void check(Path file) throws RejectedFileException, IOException {
    if (!isZip(file)) {
      return;
    }
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        long expanded;
        try (InputStream in = zip.getInputStream(entry)) {
          expanded = expandedSize(in, MAX_PART_BYTES);
        }
        if (expanded > MAX_PART_BYTES) {
          throw new RejectedFileException(file, "the file is a zip bomb: its part " + entry.getName()
              + " expands to more than " + MAX_PART_BYTES / (1024 * 1024) + " MB");
        }
        long packed = entry.getCompressedSize();
        if (expanded > GRACE_BYTES && packed > 0 && expanded > packed * MAX_RATIO) {
          throw new RejectedFileException(file, "the file is a zip bomb: its part " + entry.getName()
              + " expands " + expanded / packed + " times (more than " + MAX_RATIO + ")");
        }
      }
    }
  }

  /** The bytes the stream inflates to, counted up to just past {@code limit}. */
  private static long expandedSize(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; total <= limit && (n = in.read(buffer)) != -1; ) {
      total += n;
    }
    return total;
  }

  private static boolean isZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
    }
  }
}
