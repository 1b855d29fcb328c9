package se.regionsok.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of a PDF, Word, ODT, RTF, HTML or text file through Apache Tika, as clean UTF-8 lines:
 * no carriage returns or control characters, NFC, no trailing spaces, at most one blank line in a
 * row. Encrypted, corrupt and image-only files are rejected with the reason.
 */
public final class TextExtractor {
  /** Fewer letters than this is no text layer, only page numbers or stray marks. */
  private static final int MIN_LETTERS = 20;

  private final AutoDetectParser parser = new AutoDetectParser();

  public record Extracted(String text, String title, int pages) {}

  public Extracted extract(Path file, MediaType type) throws RejectedFileException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    BodyContentHandler handler = new BodyContentHandler(-1);
    try (InputStream in = TikaInputStream.get(file)) {
      parser.parse(in, handler, metadata, withoutOcr());
    } catch (EncryptedDocumentException e) {
      throw new RejectedFileException(file, "encrypted or password protected: remove the protection and add it again");
    } catch (IOException | TikaException | SAXException | RuntimeException e) {
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
    return new Extracted(text, title == null || title.isBlank() ? null : title.strip(), pages);
  }

  /** OCR is never run here: an image-only file is reported instead of being guessed at. */
  private static ParseContext withoutOcr() {
    ParseContext context = new ParseContext();
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

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }
}
