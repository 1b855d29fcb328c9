package se.regionsok.ingest;

import java.util.Locale;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/** Tells whether a text is Swedish; the corpus is Swedish, so anything else needs a person's yes. */
public final class LanguageCheck {
  /** The language is clear from the first pages; more text only costs time. */
  private static final int SAMPLE_CHARS = 30_000;

  private final LanguageDetector detector;

  public record Result(String language, float score) {
    public boolean swedish() {
      return language.equals("sv");
    }

    public String describe() {
      return language.isEmpty() ? "no language recognised"
          : Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH) + " (" + language
              + String.format(Locale.ROOT, ", score %.2f)", score);
    }
  }

  public LanguageCheck() {
    detector = new OptimaizeLangDetector().loadModels();
  }

  /** The detector keeps the text it is given, so one check at a time. */
  public synchronized Result detect(String text) {
    detector.reset();
    detector.addText(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
    LanguageResult result = detector.detect();
    return new Result(result.getLanguage(), result.getRawScore());
  }
}
