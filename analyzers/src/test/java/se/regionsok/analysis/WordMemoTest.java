package se.regionsok.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordMemoTest {
  @Test
  void computesEachWordOnceAndRemembersAbsentValues() {
    AtomicInteger calls = new AtomicInteger();
    WordMemo<String> memo = new WordMemo<>(w -> {
      calls.incrementAndGet();
      return w.startsWith("x") ? null : w.toUpperCase();
    });
    assertEquals("ARBETE", memo.get("arbete"));
    assertEquals("ARBETE", memo.get("arbete"));
    assertNull(memo.get("xyz"));
    assertNull(memo.get("xyz"));
    assertEquals(2, calls.get());
  }
}
