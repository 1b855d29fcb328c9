package se.regionsok.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlCellTextTest {

  @Test
  void paragraphsAndListItemsBecomeLines() {
    String cell = "<p>Kraftkommission Blekinge – ett samarbetsinitiativ för att:</p> "
        + "<ul style=\"list-style-type: none\"> <li>• snabba på etablering</li> <li>•säkra elnäten</li> </ul>";
    assertEquals(List.of("Kraftkommission Blekinge – ett samarbetsinitiativ för att:",
        "snabba på etablering", "säkra elnäten"), HtmlCellText.lines(cell));
  }

  @Test
  void inlineMarkupStaysInline() {
    assertEquals("utsläpp av CH4, CO2 i ekosystemet10 och Ta steget inom Kapacitetsbyggaren",
        HtmlCellText.text("<p>utsläpp av CH<sub>4</sub>, CO<sub>2</sub> i ekosystemet<sup>10</sup> "
            + "och <a href=\"#\">Ta steget</a> inom <b>Kapacitetsbyggaren</b></p>"));
  }

  @Test
  void entitiesAreDecoded() {
    assertEquals("Kalmar län & Glasriket", HtmlCellText.text("<p>Kalmar län &amp; Glasriket</p>"));
  }

  @Test
  void plainTextIsKeptAsItIs() {
    assertEquals("FoU-avtal Region Blekinge & Blekinge tekniska högskola",
        HtmlCellText.text(" FoU-avtal Region Blekinge & Blekinge tekniska högskola "));
  }

  @Test
  void doubleSpaceAndTypedBulletsMarkLostLineBreaks() {
    assertEquals(List.of("Strukturbild Kalmar län", "Syftar till att ta fram kunskapsunderlag."),
        HtmlCellText.lines("Strukturbild Kalmar län  Syftar till att ta fram kunskapsunderlag."));
    assertEquals(List.of("Av dessa har:", "24 % fått anställning", "17 % studerar"),
        HtmlCellText.lines("Av dessa har: • 24 % fått anställning • 17 % studerar"));
  }

  @Test
  void emptyCellHasNoLines() {
    assertEquals(List.of(), HtmlCellText.lines(""));
    assertEquals("", HtmlCellText.text("<p> </p>"));
  }
}
