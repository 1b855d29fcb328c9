package se.regionsok.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of a table cell that mixes plain text with HTML fragments: one line per
 * paragraph or list item, entities decoded, inline markup ({@code <b>}, {@code <a>}, {@code <sub>},
 * {@code <sup>}) kept inline, literal "•" bullets dropped.
 */
public final class HtmlCellText {
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "li", "ul", "ol", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td");
  /**
   * Where the PDF extraction lost a line break it left two or more spaces, and a list typed as
   * text keeps its "•"; both mark the start of a new line.
   */
  private static final Pattern LOST_BREAK = Pattern.compile("(?<=\\S)[ \\u00A0]{2,}(?=\\S)|\\s*•\\s*");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

  private HtmlCellText() {}

  /** The cell's text as non-empty lines, whitespace collapsed. */
  public static List<String> lines(String cellHtml) {
    StringBuilder raw = new StringBuilder();
    Element body = Jsoup.parseBodyFragment(cellHtml).body();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          raw.append(LOST_BREAK.matcher(text.getWholeText()).replaceAll("\n"));
        } else if (isBlock(node)) {
          raw.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (isBlock(node)) {
          raw.append('\n');
        }
      }
    }, body);
    List<String> lines = new ArrayList<>();
    for (String line : raw.toString().split("\n")) {
      String clean = SPACES.matcher(line).replaceAll(" ").strip();
      if (!clean.isEmpty()) {
        lines.add(clean);
      }
    }
    return lines;
  }

  /** The cell's lines joined with "\n"; empty when the cell has no text. */
  public static String text(String cellHtml) {
    return String.join("\n", lines(cellHtml));
  }

  private static boolean isBlock(Node node) {
    return node instanceof Element element && BLOCK_TAGS.contains(element.normalName());
  }
}
