package se.regionsok.index;

import se.regionsok.schema.RecordJson;

import static se.regionsok.schema.SearchFields.*;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import se.regionsok.record.Outcomes;
import se.regionsok.record.Record;
import se.regionsok.record.SdgRef;
import se.regionsok.record.Tagged;

/** How a {@link Record} becomes a Lucene document: its searchable fields, facets and stored JSON. */
public final class RecordDocuments {

  /** Text stored with offsets in the postings, so snippets need no re-analysis. */
  private static final FieldType STORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    STORED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    STORED_TEXT_WITH_OFFSETS.freeze();
  }

  /** The flag the OCR repair gives the records of scanned documents. */
  static final String OCR_REPAIRED = "ocr_repaired";

  private RecordDocuments() {}

  public static Document toDocument(Record record, FacetsConfig config) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, record.id(), Field.Store.YES));
    doc.add(new StringField(SOURCE_DOCUMENT, record.source().document(), Field.Store.YES));
    doc.add(new StoredField(RECORD_JSON, RecordJson.write(record)));
    doc.add(new Field(TITLE, record.title(), STORED_TEXT_WITH_OFFSETS));
    doc.add(new Field(TITLE_FOLDED, record.title(), STORED_TEXT_WITH_OFFSETS));
    doc.add(new Field(TEXT, record.text(), STORED_TEXT_WITH_OFFSETS));
    doc.add(new Field(TEXT_FOLDED, record.text(), STORED_TEXT_WITH_OFFSETS));
    doc.add(new TextField(GOALS, goalsText(record), Field.Store.NO));
    if (record.outputs() != null) {
      doc.add(new Field(OUTPUTS, record.outputs(), STORED_TEXT_WITH_OFFSETS));
    }
    if (record.effects() != null) {
      doc.add(new Field(EFFECTS, record.effects(), STORED_TEXT_WITH_OFFSETS));
    }
    if (!record.flags().contains(OCR_REPAIRED)) {
      // OCR text would teach the speller its damage ("kompetensforsoérjning")
      String words = record.title() + "\n" + record.text();
      doc.add(new TextField(SPELL, words, Field.Store.NO));
      doc.add(new TextField(SPELL_FOLDED, words, Field.Store.NO));
    }
    if (record.placeholder()) {
      doc.add(new StringField(PLACEHOLDER, "1", Field.Store.NO));
    }
    doc.add(new IntPoint(YEAR, record.year()));
    doc.add(new NumericDocValuesField(YEAR, record.year()));

    addFacet(doc, FACET_REGION, List.of(record.region()));
    addFacet(doc, FACET_AREA, record.area());
    addFacet(doc, FACET_DOC_TYPE, List.of(record.docType()));
    addFacet(doc, FACET_RUS_GOAL, record.rusGoals());
    addFacet(doc, FACET_RUS_THEME, record.rusThemes().stream().map(Tagged::theme).toList());
    addFacet(doc, FACET_PROGRAM, record.programs());
    addFacet(doc, FACET_SDG, record.sdgs().stream().map(s -> String.valueOf(s.goal())).toList());
    addFacet(doc, FACET_SDG_SOURCE, record.sdgs().stream().map(SdgRef::source).toList());
    addFacet(doc, FACET_YEAR, List.of(String.valueOf(record.year())));
    Outcomes outcomes = record.outcomes() == null ? Outcomes.notReported() : record.outcomes();
    addFacet(doc, FACET_OUTCOME, List.of(outcomes.status()));
    addFacet(doc, FACET_QUANTIFIED, List.of(String.valueOf(outcomes.quantified())));
    addFacet(doc, FACET_EVALUATED, List.of(String.valueOf(outcomes.evaluated())));
    addFacet(doc, FACET_REPORTED, List.of(String.valueOf(!record.placeholder())));
    doc.add(new NumericDocValuesField(EVIDENCE_RANK, evidenceRank(outcomes)));
    record.sdgs().forEach(s -> doc.add(new SortedSetDocValuesFacetField(FACET_SDG_BY_SOURCE,
        s.source(), String.valueOf(s.goal()))));
    record.topics().forEach(t -> doc.add(new SortedSetDocValuesFacetField(FACET_TOPIC, t.parent(), t.topic())));
    return config.build(doc);
  }

  /**
   * Good examples first (sort=evidence): the status decides, then stated figures, then an
   * evaluation; achieved, quantified and evaluated ranks highest.
   */
  static long evidenceRank(Outcomes outcomes) {
    int statusRank = Outcomes.STATUSES.size() - 1 - Outcomes.STATUSES.indexOf(outcomes.status());
    return statusRank * 4L + (outcomes.quantified() ? 2 : 0) + (outcomes.evaluated() ? 1 : 0);
  }

  /** The goal text and the goal and theme labels as one searchable field. */
  private static String goalsText(Record record) {
    return Stream.concat(
            Stream.ofNullable(record.goalText()),
            Stream.concat(record.rusGoals().stream(), record.rusThemes().stream().map(Tagged::theme)))
        .collect(Collectors.joining("\n"));
  }

  private static void addFacet(Document doc, String dim, List<String> values) {
    values.stream().filter(v -> v != null && !v.isBlank()).distinct()
        .forEach(v -> doc.add(new SortedSetDocValuesFacetField(dim, v)));
  }
}
