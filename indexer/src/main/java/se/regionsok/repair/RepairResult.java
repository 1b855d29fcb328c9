package se.regionsok.repair;

import java.util.List;

/** Repaired lines (same count as the input, so line numbers stay valid) and what was changed. */
public record RepairResult(List<String> lines, List<Correction> corrections) {
  public RepairResult {
    lines = List.copyOf(lines);
    corrections = List.copyOf(corrections);
  }

  public int tokensChanged() {
    return corrections.size();
  }
}
