package se.regionsok.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of a PDF, Word, ODT, RTF, HTML or text file through Apache Tika, as clean UTF-8 lines:
 * no carriage returns or control characters, NFC, no trailing spaces, at most one blank line in a
 * row. Encrypted, corrupt, image-only, zip-bomb and overlong files are rejected with the reason.
 * Runs in {@link ExtractionChild}, never in the indexer: a hostile file may still exhaust this JVM.
 */
final class TikaExtraction {
  /** Fewer letters than this is no text layer, only page numbers or stray marks. */
  private static final int MIN_LETTERS = 20;

  private final AutoDetectParser parser = new AutoDetectParser();
  private final int maxChars;

  TikaExtraction(int maxChars) {
    this.maxChars = maxChars;
  }

  TextExtractor.Extracted extract(Path file, String type) throws RejectedFileException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    BodyContentHandler handler = new BodyContentHandler(maxChars); // throws past the limit
    try (InputStream in = TikaInputStream.get(file)) {
      ZipBombCheck.check(file);
      parser.parse(in, handler, metadata, context());
    } catch (EncryptedDocumentException e) {
      throw new RejectedFileException(file, "encrypted or password protected: remove the protection and add it again");
    } catch (IOException | TikaException | SAXException | RuntimeException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new RejectedFileException(file, String.format(Locale.ROOT,
            "too much text (over %,d characters): no report is that long; split it or check the file", maxChars));
      }
      String bomb = zipBombMessage(e);
      if (bomb != null) {
        throw new RejectedFileException(file, "the file is a zip bomb: it expands too much (" + bomb + ")");
      }
      throw new RejectedFileException(file, "corrupt or unreadable " + type + ": " + rootMessage(e));
    }
    String text = clean(handler.toString());
    int pages = metadata.getInt(PagedText.N_PAGES) == null ? 0 : metadata.getInt(PagedText.N_PAGES);
    if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      throw new RejectedFileException(file, pages > 0
          ? "no text layer in its " + pages + " page(s): a scanned or image-only document needs OCR before it can be added"
          : "no text found in the file");
    }
    String title = metadata.get(TikaCoreProperties.TITLE);
    return new TextExtractor.Extracted(text, title == null || title.isBlank() ? null : title.strip(), pages);
  }

  /**
   * OCR is never run here: an image-only file is reported instead of being guessed at. DOCX is
   * read by streaming (SAX) rather than into a DOM, so its memory stays small and the character
   * limit stops a huge document while it is read, not after it has all been loaded.
   */
  private static ParseContext context() {
    ParseContext context = new ParseContext();
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    context.set(OfficeParserConfig.class, office);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, ocr);
    return context;
  }

  static String clean(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
        .replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
        .replace('\u00a0', ' ')
        .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
        .replaceAll("(?m)[ \\t]+$", "")
        .replaceAll("\n{3,}", "\n\n");
    return text.strip() + "\n";
  }

  /** The first line of POI's ZipSecureFile or Tika's SecureContentHandler refusal: both say "zip bomb". */
  private static String zipBombMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
        return t.getMessage().lines().findFirst().orElseThrow().strip();
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }
}
