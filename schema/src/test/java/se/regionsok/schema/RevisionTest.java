package se.regionsok.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionTest {
  @TempDir
  Path root;

  @Test
  void aCommittedVersionFolderIsARevisionOfEveryFileWithSizeAndCrc() throws Exception {
    IndexLayout layout = new IndexLayout(root, Clock.fixed(Instant.parse("2026-11-29T16:41:27.358Z"), ZoneOffset.UTC));
    String version = layout.createVersion();
    Files.writeString(layout.directory(version).resolve("_0.cfs"), "segment");
    Files.writeString(layout.directory(version).resolve("manifest.json"), "[]");
    assertThrows(IllegalArgumentException.class, () -> Revision.of(layout, version), "not committed yet");
    layout.markCommitted(version);

    Revision revision = Revision.of(layout, version);
    assertEquals("v20261129T164127.358", revision.version());
    assertEquals(List.of("COMMITTED", "_0.cfs", "manifest.json"),
        revision.files().stream().map(Revision.RevisionFile::name).toList());
    assertEquals(new Revision.RevisionFile("_0.cfs", 7, crc("segment")), revision.files().get(1));
    Revision read = Revision.fromJson(new ByteArrayInputStream(revision.toJson().getBytes(StandardCharsets.UTF_8)));
    assertEquals(revision, read);
    assertEquals(Instant.parse("2026-11-29T16:41:27.358Z"), IndexLayout.createdAt(version).orElseThrow());
  }

  @Test
  void fileNamesFromTheWireNameNoPathAndNothingHidden() {
    assertTrue(Revision.isFileName("_0.cfs"));
    assertTrue(Revision.isFileName("v20261129T164127.358x"));
    for (String bad : List.of("..", "../CURRENT", "a/b", ".writer.lock", "", "x..y", "a\\b")) {
      assertFalse(Revision.isFileName(bad), bad);
    }
  }

  private static long crc(String text) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
