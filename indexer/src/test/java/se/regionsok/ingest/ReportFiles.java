package se.regionsok.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Real PDF (PDFBox) and DOCX (POI) files for the tests: a Swedish återrapportering in the 2024
 * layout (sections 1–6, questions "2.3 Beskriv …"), and the bad files ingestion must refuse.
 */
final class ReportFiles {
  /** A word only the answer under 3.2 holds, to find that record by search. */
  static final String INNOVATION_MARKER = "vätgasklustret";
  /** A word only the answer under 2.3 holds. */
  static final String SKILLS_MARKER = "yrkesvalideringen";

  private static final String[][] SECTIONS = {
      {"1. Likvärdiga möjligheter till boende, arbete och välfärd",
          "1.1 Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.",
          "Regionen har tillsammans med kommunerna stärkt kollektivtrafiken på landsbygden och byggt ut servicepunkter i mindre orter.",
          "1.2 Beskriv hur ni inom detta område har arbetat med att integrera ekonomisk, social och miljömässig hållbarhet.",
          "Arbetet med folkhälsa och bostadsförsörjning har samordnats med länets kommuner och civilsamhället."},
      {"2. Kompetensförsörjning och kompetensutveckling",
          "2.1 Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.",
          "Kompetensplattformen har samlat arbetsgivare, lärosäten och kommuner kring länets behov av arbetskraft.",
          "2.3 Beskriv hur ni har arbetat med territoriella perspektiv inom området.",
          "Under året har " + SKILLS_MARKER + " inom vård och industri nått fler deltagare i länets glesa delar."},
      {"3. Innovation och förnyelse samt entreprenörskap och företagande",
          "3.1 Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.",
          "Den regionala innovationsstrategin har genomförts genom stöd till företagsinkubatorer och testbäddar.",
          "3.2 Beskriv hur ni inom detta område har arbetat med hållbarhet.",
          "Satsningen på " + INNOVATION_MARKER + " vid kusten har gett nya företag inom förnybar energi och fler arbetstillfällen."},
      {"4. Tillgänglighet genom digital kommunikation och transportsystemet",
          "4.1 Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.",
          "Utbyggnaden av bredband har fortsatt och länstransportplanen har reviderats i dialog med kommunerna."},
      {"5. Anslag 1:1 Regionala utvecklingsåtgärder",
          "5.1 Beskriv hur anslaget har använts för att genomföra den regionala utvecklingsstrategin.",
          "Anslaget har främst finansierat projekt inom kompetensförsörjning, innovation och hållbar omställning."},
      {"6. Analys, uppföljning och utvärdering",
          "6.1 Beskriv hur ni har arbetat med analys, uppföljning och utvärdering.",
          "Regionen har tagit fram en ny uppföljningsmodell för strategin och genomfört två utvärderingar."},
  };

  /** Filler that brings a document to about ten pages, as real reports are. */
  private static final String FILLER = "Arbetet har skett i nära samverkan med länets kommuner, "
      + "lärosäten, näringsliv och civilsamhälle. Insatserna följs upp årligen och resultaten redovisas "
      + "för den regionala utvecklingsnämnden, som beslutar om nästa års prioriteringar.";

  private ReportFiles() {}

  /** Headings and answers in order; {@code fillerPerAnswer} paragraphs of filler after each answer. */
  static List<String> report2024(String region, int year, int fillerPerAnswer) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("Återrapportering regionalt utvecklingsarbete " + year + ", Region " + region);
    for (String[] section : SECTIONS) {
      for (String paragraph : section) {
        paragraphs.add(paragraph);
        if (!isHeading(paragraph)) {
          for (int i = 0; i < fillerPerAnswer; i++) {
            paragraphs.add(FILLER);
          }
        }
      }
    }
    return paragraphs;
  }

  static List<String> english() {
    return List.of("Annual report on regional development",
        "The region has worked with the municipalities to improve public transport in rural areas. "
            + "Skills supply has been strengthened through cooperation between employers and universities. "
            + "Innovation support has been given to small companies and test beds across the county.",
        "The work is followed up every year and the results are reported to the regional board.");
  }

  static boolean isHeading(String paragraph) {
    return paragraph.matches("^\\d\\.(\\d)? .*");
  }

  static Path pdf(Path file, List<String> paragraphs) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      writePdf(doc, paragraphs);
      doc.save(file.toFile());
    }
    return file;
  }

  static Path encryptedPdf(Path file, List<String> paragraphs) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      writePdf(doc, paragraphs);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("ägare", "hemligt", new AccessPermission());
      policy.setEncryptionKeyLength(256);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }

  /** A scan: pages that are pictures only, with no text layer. */
  static Path imageOnlyPdf(Path file, int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      BufferedImage image = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 400, 560);
      g.setColor(Color.DARK_GRAY);
      for (int y = 40; y < 520; y += 16) {
        g.fillRect(30, y, 300 + (y % 40), 6); // what lines of print look like in a scan
      }
      g.dispose();
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.drawImage(LosslessFactory.createFromImage(doc, image), 50, 100, 400, 560);
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  static Path docx(Path file, List<String> paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      for (String paragraph : paragraphs) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(isHeading(paragraph));
        run.setText(paragraph);
      }
      doc.write(out);
    }
    return file;
  }

  private static void writePdf(PDDocument doc, List<String> paragraphs) throws IOException {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    float fontSize = 11;
    float leading = 15;
    float margin = 60;
    float width = PDRectangle.A4.getWidth() - 2 * margin;
    PDPageContentStream content = null;
    float y = 0;
    try {
      for (String paragraph : paragraphs) {
        PDType1Font font = isHeading(paragraph) ? bold : regular;
        for (String line : wrap(paragraph, font, fontSize, width)) {
          if (content == null || y < margin) {
            if (content != null) {
              content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - margin;
          }
          content.beginText();
          content.setFont(font, fontSize);
          content.newLineAtOffset(margin, y);
          content.showText(line);
          content.endText();
          y -= leading;
        }
        y -= leading; // a blank line between paragraphs
      }
    } finally {
      if (content != null) {
        content.close();
      }
    }
  }

  private static List<String> wrap(String paragraph, PDType1Font font, float size, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }
}
