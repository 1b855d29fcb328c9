package se.regionsok.read;

import java.util.List;
import se.regionsok.corpus.CorpusDocument;
import se.regionsok.record.Record;

/** Splits one kind of source document into records. One implementation per document kind. */
public interface DocumentReader {

  /** The document kind (see {@link se.regionsok.corpus.DocumentKind}) this reader takes. */
  String kind();

  /**
   * The records of the document, in document order, with region, year, docType, area, title, text
   * and source set. Text repair has already been applied to the lines where the kind needs it.
   *
   * @throws MalformedDocumentException when the document does not have the kind's structure
   */
  List<Record> read(CorpusDocument document);
}
