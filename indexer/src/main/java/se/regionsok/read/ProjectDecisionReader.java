package se.regionsok.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.corpus.DocumentKind;
import se.regionsok.record.DocType;
import se.regionsok.record.PolicyArea;
import se.regionsok.record.Record;
import se.regionsok.record.Source;
import se.regionsok.repair.CleanVocabulary;

/**
 * Reads a project description and decision basis (corpus notes §1.3, §2.6): one record per
 * section under the form's fixed headings, matched whole-line on the diacritic-free skeleton so
 * repair leftovers still match; the title is the heading as the form spells it. The letterhead repeated on a new page (logo residue and the
 * "Tjänsteställe, handläggare … Dnr" block) is left out of the text.
 */
public final class ProjectDecisionReader implements DocumentReader {
  private static final List<String> HEADINGS = List.of(
      "Sammanfattning", "Skäl för det föreslagna beslutet", "Bakgrund",
      "Nulägets utmaningar och kritiska faktorer", "Övergripande mål", "Projektmål",
      "Delmål och aktiviteter", "Ingående kommuner", "Perspektiv", "Långsiktighet",
      "Uppföljning", "Resultatspridning", "Projektorganisation",
      "Avgränsning ordinarie verksamhet", "Kostnads- och finansieringsbudget");
  /** Skeleton of a heading line → the heading as the form spells it. */
  private static final Map<String, String> BY_SKELETON = HEADINGS.stream()
      .collect(Collectors.toMap(CleanVocabulary::skeleton, heading -> heading));
  private static final Pattern LETTERHEAD = Pattern.compile("Dnr:|handl\\S{1,2}ggare");
  /** Logo residue such as "® )" and "W%": fewer than three letters. */
  private static final Pattern LOGO_RESIDUE = Pattern.compile("^[^\\p{L}]*(\\p{L}[^\\p{L}]*){0,2}$");

  @Override
  public String kind() {
    return DocumentKind.PROJECT_DECISION;
  }

  @Override
  public List<Record> read(CorpusDocument document) {
    List<Integer> starts = new ArrayList<>();
    for (int n = 1; n <= document.lines().size(); n++) {
      if (BY_SKELETON.containsKey(CleanVocabulary.skeleton(document.line(n).strip()))) {
        starts.add(n);
      }
    }
    if (starts.isEmpty()) {
      throw new MalformedDocumentException(document.fileName() + ": no project section headings");
    }
    ParagraphBuilder builder = new ParagraphBuilder(document.lines());
    List<Record> out = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int heading = starts.get(i);
      int last = i + 1 < starts.size() ? starts.get(i + 1) - 1 : document.lines().size();
      List<Paragraph> body = builder.paragraphs(heading + 1, last).stream()
          .filter(p -> !LETTERHEAD.matcher(p.text()).find())
          .filter(p -> !isLogoResidue(document, p))
          .toList();
      int lastLine = body.isEmpty() ? heading : ParagraphBuilder.lastLine(body);
      out.add(Record.of(document.entry().id() + "-" + heading, document.entry().region(),
          document.entry().year(), DocType.PROJECT_SECTION,
          List.of(PolicyArea.RUS_STRATEGI.label()),
          BY_SKELETON.get(CleanVocabulary.skeleton(document.line(heading).strip())),
          ParagraphBuilder.text(body), new Source(document.fileName(), heading, lastLine)));
    }
    return out;
  }

  /** A paragraph whose first and last lines are logo residue ("® )" … "W%"). */
  private static boolean isLogoResidue(CorpusDocument document, Paragraph p) {
    return p.lastLine() > p.firstLine()
        && LOGO_RESIDUE.matcher(document.line(p.firstLine()).strip()).matches()
        && LOGO_RESIDUE.matcher(document.line(p.lastLine()).strip()).matches();
  }
}
