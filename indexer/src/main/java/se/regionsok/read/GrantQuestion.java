package se.regionsok.read;

import java.util.Arrays;
import java.util.List;

/**
 * The six fixed questions on the 1:1 grant (Tabellbilaga section 8), told apart by a phrase only
 * that question's text contains, since their wording and markup vary slightly between regions.
 */
enum GrantQuestion {
  ALLOCATION("8.1", "fördelat anslaget", false),
  SUSTAINABILITY("8.2", "integrerat ekonomisk", false),
  RUS_GOALS("8.3", "regionala utvecklingsstrategin", true),
  REGIONAL_FUND("8.4", "Regionalfonden", true),
  INTERREG("8.5", "Interreg", true),
  TERRITORIAL("8.6", "territoriella", false);

  private final String number;
  private final String phrase;
  private final boolean yesNo;

  GrantQuestion(String number, String phrase, boolean yesNo) {
    this.number = number;
    this.phrase = phrase;
    this.yesNo = yesNo;
  }

  String number() {
    return number;
  }

  /** Whether the answer starts with "Ja." or "Nej." (RUS, Regionalfonden, Interreg). */
  boolean yesNo() {
    return yesNo;
  }

  /** The question whose phrase the text contains, or null when none or several match. */
  static GrantQuestion identify(String questionText) {
    List<GrantQuestion> matches = Arrays.stream(values())
        .filter(q -> questionText.contains(q.phrase)).toList();
    return matches.size() == 1 ? matches.getFirst() : null;
  }
}
