package se.regionsok.record;

import java.util.List;

/**
 * A topic a record is about, from the topic vocabulary: its name ("Vätgas"), its path
 * ("Energi/Vätgas") and the words of the record that put it there.
 */
public record Topic(String topic, String path, List<String> evidence) {
  public Topic {
    evidence = List.copyOf(evidence);
  }

  /** The area above the topic ("Energi" of "Energi/Vätgas"). */
  public String parent() {
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }
}
