package se.regionsok.index;

import se.regionsok.schema.IndexLayout;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionsok.record.DocType;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;
import se.regionsok.record.Source;

class IndexLayoutTest {
  @TempDir Path root;

  @Test
  void anEmptyRootHasNoCurrentVersion() {
    assertEquals(Optional.empty(), new IndexLayout(root.resolve("missing")).currentVersion());
  }

  @Test
  void versionsAreNamedByTimeAndActivatedByThePointerFile() throws IOException {
    IndexLayout layout = new IndexLayout(root, Clock.fixed(Instant.parse("2026-11-23T10:15:30.123Z"), ZoneOffset.UTC));
    String first = layout.createVersion();
    String second = layout.createVersion();
    assertEquals("v20261123T101530.123", first);
    assertEquals("v20261123T101530.123x", second);
    assertThrows(IllegalStateException.class, () -> layout.activate(second), "only a committed version is served");
    layout.markCommitted(second);
    layout.activate(second);
    assertEquals(Optional.of(second), layout.currentVersion());
    assertThrows(IllegalArgumentException.class, () -> layout.delete(second));
  }

  @Test
  void aBuildMakesItsVersionCurrentAndKeepsOneOlderVersion() throws IOException {
    IndexLayout layout = new IndexLayout(root);
    IndexBuilder builder = new IndexBuilder(layout);
    List<Record> records = List.of(record("a-1"), record("a-2"));
    String v1 = builder.build(records).version();
    String v2 = builder.build(records).version();
    IndexBuilder.Result v3 = builder.build(records);
    assertEquals(2, v3.records());
    assertEquals(Optional.of(v3.version()), layout.currentVersion());
    assertTrue(Files.isDirectory(layout.directory(v2)), "the previous version stays for a rollback");
    assertFalse(Files.exists(layout.directory(v1)), "older versions are pruned");
  }

  @Test
  void aFailedBuildLeavesTheServedVersionUntouched() throws IOException {
    IndexLayout layout = new IndexLayout(root);
    IndexBuilder builder = new IndexBuilder(layout);
    String served = builder.build(List.of(record("a-1"))).version();
    List<Record> broken = new java.util.ArrayList<>(List.of(record("a-2")));
    broken.add(null);
    assertThrows(NullPointerException.class, () -> builder.build(broken));
    assertEquals(Optional.of(served), layout.currentVersion());
    try (var dirs = Files.list(root)) {
      assertEquals(1, dirs.filter(Files::isDirectory).count(), "the failed version folder is removed");
    }
  }

  @Test
  void cleaningKeepsTheLastGoodVersionAndRemovesWhatCrashedBuildsLeft() throws IOException {
    IndexLayout layout = new IndexLayout(root);
    IndexBuilder builder = new IndexBuilder(layout);
    String good = builder.build(List.of(record("a-1"))).version();
    String served = builder.build(List.of(record("a-2"))).version();
    String halfWritten = layout.createVersion(); // a build killed before its commit
    Files.writeString(layout.directory(halfWritten).resolve("_0.cfs"), "torn");

    assertEquals(List.of(halfWritten), layout.clean());
    assertEquals(List.of(good, served), layout.versions(), "the served and the last good version stay");
    String next = builder.build(List.of(record("a-3"))).version();
    assertEquals(List.of(served, next), layout.versions());
  }

  private static Record record(String id) {
    return Record.of(id, "Skåne", 2023, DocType.INITIATIVE, List.of(PolicyArea.JAMSTALLDHET.label()),
        "Titel " + id, "Text om jämställdhet " + id, new Source("test.txt", 1, 1));
  }
}
