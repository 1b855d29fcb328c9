package se.regionsok.ingest;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files built to hurt a text extractor: a zip bomb in DOCX clothing and a huge PDF. */
final class HostileFiles {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private HostileFiles() {}

  /**
   * A well-formed DOCX whose word/document.xml expands to about {@code expandedMb} MB of formatted
   * paragraphs, mostly markup. Each paragraph carries its own number, so the part compresses less
   * than 1:100: too little for POI's default ratio check to notice, as with the real one.
   */
  static Path zipBombDocx(Path file, int expandedMb) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(9);
      entry(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
          </Types>""");
      entry(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
          </Relationships>""");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8); // flushed, not closed: the zip goes on
      xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
          + W + "\"><w:body>");
      long target = expandedMb * 1024L * 1024L;
      StringBuilder paragraph = new StringBuilder();
      for (long written = 0, n = 0; written < target; n++) {
        paragraph.setLength(0);
        paragraph.append("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/><w:spacing w:before=\"0\" w:after=\"120\"/>")
            .append("</w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr><w:t>Stycke ").append(n)
            .append("</w:t></w:r></w:p>");
        xml.append(paragraph);
        written += paragraph.length();
      }
      xml.write("</w:body></w:document>");
      xml.flush();
      zip.closeEntry();
    }
    return file;
  }

  /** A PDF of {@code pages} A4 pages, each with a line of text. */
  static Path manyPagePdf(Path file, int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.newLineAtOffset(60, 780);
          content.showText("Sida " + i + " av den regionala utvecklingsrapporten om kompetensförsörjning.");
          content.endText();
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
