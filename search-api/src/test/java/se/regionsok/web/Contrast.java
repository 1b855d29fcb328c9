package se.regionsok.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WCAG 2.1 contrast ratios of CSS colours as the browser computes them ("rgb(r, g, b)"). */
final class Contrast {
  private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)");

  private Contrast() {}

  static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** The first rgb(…) in a computed value such as a box-shadow. */
  static String firstColour(String css) {
    Matcher m = RGB.matcher(css);
    if (!m.find()) {
      throw new AssertionError("no colour in '" + css + "'");
    }
    return m.group();
  }

  static double luminance(String css) {
    Matcher m = RGB.matcher(css);
    if (!m.find()) {
      throw new AssertionError("no colour in '" + css + "'");
    }
    return 0.2126 * channel(m.group(1)) + 0.7152 * channel(m.group(2)) + 0.0722 * channel(m.group(3));
  }

  private static double channel(String value) {
    double c = Integer.parseInt(value) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
