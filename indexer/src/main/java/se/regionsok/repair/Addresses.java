package se.regionsok.repair;

import java.util.regex.Pattern;

/** Links, domain names and e-mail addresses in text: spelt as they are, never words to repair. */
final class Addresses {
  static final Pattern PATTERN = Pattern.compile(
      "(?i)(https?://|www\\.)\\S+|\\S+@\\S+\\.\\p{L}{2,}|\\b[\\w.-]+\\.(se|nu|com|org|eu|net)\\b\\S*");

  private Addresses() {}
}
