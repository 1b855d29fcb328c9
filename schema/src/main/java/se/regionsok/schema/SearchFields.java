package se.regionsok.schema;

/** The names of the index's fields, shared by the indexer (which writes them) and the API. */
public final class SearchFields {
  /** Record id: keyword, stored. */
  public static final String ID = "id";
  /** The whole record as JSON: stored only. */
  public static final String RECORD_JSON = "record";
  /** The source document's file name: keyword, so a rebuild can replace one document's records. */
  public static final String SOURCE_DOCUMENT = "sourceDocument";
  /** Title (initiative name, question): Swedish stemmed. */
  public static final String TITLE = "title";
  /** Title, diacritics folded. */
  public static final String TITLE_FOLDED = "title_folded";
  /** Body text: Swedish stemmed, stored with offsets for snippets. */
  public static final String TEXT = "text";
  /** Body text, diacritics folded (finds OCR text without å/ä/ö and queries typed without them). */
  public static final String TEXT_FOLDED = "text_folded";
  /** The "Prestationer" part: Swedish stemmed like TEXT, stored with offsets for the record view. */
  public static final String OUTPUTS = "outputs";
  /** The "Effekter" part: Swedish stemmed like TEXT, so the effects line of a hit can mark query words. */
  public static final String EFFECTS = "effects";
  /** How good an example the record is (status, then figures, then evaluation): doc values for sort=evidence. */
  public static final String EVIDENCE_RANK = "evidenceRank";
  /** Goals: the goal text, RUS goal labels and themes, Swedish stemmed. */
  public static final String GOALS = "goals";
  /** Title and text as plain lower-cased words: the vocabulary of "did you mean" suggestions. */
  public static final String SPELL = "spell";
  /** The spelling vocabulary folded to ASCII: finds "kompetensförsörjning" from "kompetensforsorjnig". */
  public static final String SPELL_FOLDED = "spell_folded";
  /** 1 for placeholder records ("redovisar inga insatser"), which never rank. */
  public static final String PLACEHOLDER = "placeholder";
  /** Year as a point (filters) and doc values (sorting). */
  public static final String YEAR = "year";

  /** Facet dimensions, as in API.md ({@link FacetTable} says how each is indexed). */
  public static final String FACET_REGION = "region";
  public static final String FACET_AREA = "area";
  public static final String FACET_DOC_TYPE = "docType";
  public static final String FACET_RUS_GOAL = "rusGoal";
  public static final String FACET_RUS_THEME = "rusTheme";
  public static final String FACET_PROGRAM = "program";
  public static final String FACET_SDG = "sdg";
  public static final String FACET_SDG_SOURCE = "sdgSource";
  public static final String FACET_YEAR = "year";
  /** Outcome status (achieved, partly, expected, too-early, not-reported). */
  public static final String FACET_OUTCOME = "outcome";
  /** "true" when the effects state figures, else "false". */
  public static final String FACET_QUANTIFIED = "quantified";
  /** "true" when the effects refer to an evaluation, indicators or a baseline, else "false". */
  public static final String FACET_EVALUATED = "evaluated";
  /** "false" for a placeholder (the record says there is nothing to report), else "true". */
  public static final String FACET_REPORTED = "reported";
  /** Topic path, two levels ("Energi" / "Vätgas"): a filter on the area matches its topics. */
  public static final String FACET_TOPIC = "topic";

  /**
   * Hidden hierarchical facet: source → goal ("explicit" / "7"). Filtering goal 7 with source
   * explicit must mean "names goal 7 explicitly", not "names goal 7 and some goal explicitly".
   */
  public static final String FACET_SDG_BY_SOURCE = "sdgBySource";

  private SearchFields() {}
}
