package se.regionsok.repair;

import java.util.List;

/** A repair of one kind of text damage, applied line by line without adding or removing lines. */
public interface LineRepair {

  RepairResult repair(List<String> lines);

  /** The data-quality flag records repaired this way carry (Record.flags). */
  String flag();

  /** Leaves every line as it is: for clean documents. */
  LineRepair NONE = new LineRepair() {
    @Override
    public RepairResult repair(List<String> lines) {
      return new RepairResult(lines, List.of());
    }

    @Override
    public String flag() {
      return "not_repaired";
    }
  };
}
