package se.regionsok.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.regionsok.record.Outcomes;
import se.regionsok.record.Record;
import se.regionsok.record.Topic;
import se.regionsok.search.BadRequestException;
import se.regionsok.search.QueryReading;
import se.regionsok.search.RequestParser;
import se.regionsok.search.SearchService;

/**
 * /api/export: every matching record, whole, written as it is read (constant memory). CSV is UTF-8
 * with a byte order mark so Excel reads å/ä/ö; {@code sep=semicolon} suits Swedish-locale Excel,
 * {@code labels=sv} gives Swedish headers and values ({@link SwedishExport}); a cell Excel would
 * run as a formula starts with an apostrophe ({@link SpreadsheetCells}). The query is read as search
 * reads it (regions and years as filters unless {@code literal=true}, a correction when it finds
 * nothing), said in {@link #UNDERSTOOD_HEADER} and {@link #CORRECTED_HEADER}.
 */
final class ExportRoutes {
  /** CSV columns; multi-valued fields are joined with " | "; columns added later come last. */
  static final List<String> CSV_COLUMNS = List.of("id", "region", "year", "docType", "area", "topics", "title",
      "text", "goalText", "rusGoals", "rusThemes", "programs", "sdgs", "projectIds", "document",
      "lineStart", "lineEnd", "placeholder", "outputs", "effects", "outcome", "figures", "evaluated", "shortTitle");
  static final String JOIN = " | ";
  /** Set to "true" when the query's expansion was cut to fit the clause budget (the body has no room to say so). */
  static final String SIMPLIFIED_HEADER = "Query-Simplified";
  /**
   * What the query was read as, when it named regions or years: the JSON search answers as
   * {@code understood}, ASCII-only ({@code "Sk\u00e5ne"}) as a header value must be.
   */
  static final String UNDERSTOOD_HEADER = "Query-Understood";
  /** The query found nothing and its spelling correction was exported: {@code {"correctedFrom", "correctedTo"}}, ASCII-only. */
  static final String CORRECTED_HEADER = "Query-Corrected";

  private final SearchService search;
  private final ObjectMapper json = new ObjectMapper()
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
  private final ObjectMapper asciiJson = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  private final CsvMapper csv = new CsvMapper();

  ExportRoutes(SearchService search) {
    this.search = search;
  }

  List<ApiRoute> routes() {
    return List.of(new ApiRoute("/api/export", Set.of("q", "format", "sep", "labels", "literal"), true, this::export));
  }

  private void export(Context ctx) throws IOException {
    RequestParser params = Params.of(ctx);
    String q = params.query();
    var filters = params.filters();
    String format = params.string("format", "jsonl");
    char separator = switch (params.string("sep", "comma")) {
      case "comma", "," -> ',';
      case "semicolon", ";" -> ';';
      default -> throw new BadRequestException("sep: must be 'comma' or 'semicolon'",
          "sep: ska vara 'comma' eller 'semicolon'");
    };
    boolean swedish = switch (params.string("labels", "codes")) {
      case "codes" -> false;
      case "sv" -> true;
      default -> throw new BadRequestException("labels: must be 'codes' or 'sv'", "labels: ska vara 'codes' eller 'sv'");
    };
    if (!format.equals("jsonl") && !format.equals("csv")) {
      throw new BadRequestException("format: must be 'jsonl' or 'csv'", "format: ska vara 'jsonl' eller 'csv'");
    }
    if (HttpCaching.notModified(ctx, search.index().version())) {
      return;
    }
    String file = swedish ? SwedishExport.fileName(q, filters, format) : "regionsok-export." + format;
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    Runnable saySimplified = () -> ctx.header(SIMPLIFIED_HEADER, "true");
    QueryReading reading = search.read(q, filters, params.flag("literal"));
    if (reading.understood() != null) {
      ctx.header(UNDERSTOOD_HEADER, asciiJson.writeValueAsString(reading.understood()));
    }
    if (reading.correctedFrom() != null) {
      ctx.header(CORRECTED_HEADER, asciiJson.writeValueAsString(
          new Corrected(reading.correctedFrom(), reading.correctedTo())));
    }
    if (format.equals("jsonl")) {
      ctx.contentType("application/x-ndjson; charset=utf-8");
      OutputStream out = ctx.outputStream();
      search.forEachMatch(reading.q(), reading.filters(), saySimplified, record -> {
        json.writeValue(out, record);
        out.write('\n');
      });
    } else {
      ctx.contentType("text/csv; charset=utf-8");
      OutputStream out = ctx.outputStream();
      // the byte order mark stays in the response buffer, so the header can still be set after it
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setColumnSeparator(separator);
      (swedish ? SwedishExport.headers() : CSV_COLUMNS).forEach(schema::addColumn);
      try (SequenceWriter rows = csv.writer(schema.build())
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
        search.forEachMatch(reading.q(), reading.filters(), saySimplified,
            record -> rows.write(swedish ? SwedishExport.row(record) : csvRow(record)));
      }
    }
  }

  /** The body of {@link #CORRECTED_HEADER}. */
  private record Corrected(String correctedFrom, String correctedTo) {}

  /** One record as CSV cells, each safe to open in a spreadsheet. */
  static List<Object> csvRow(Record r) {
    return Stream.of(r.id(), r.region(), r.year(), r.docType(), join(r.area()), topics(r), r.title(), r.text(),
        r.goalText() == null ? "" : r.goalText(), join(r.rusGoals()),
        r.rusThemes().stream().map(t -> t.theme() + " (" + t.source() + ")").collect(Collectors.joining(JOIN)),
        join(r.programs()),
        r.sdgs().stream().map(s -> s.goal() + " (" + s.source() + ")").collect(Collectors.joining(JOIN)),
        join(r.projectIds()), r.source().document(), r.source().lineStart(), r.source().lineEnd(),
        r.placeholder(), orEmpty(r.outputs()), orEmpty(r.effects()), outcomes(r).status(),
        outcomes(r).figures().stream().map(f -> f.value().toPlainString() + " " + f.unit()).collect(Collectors.joining(JOIN)),
        outcomes(r).evaluated(), orEmpty(r.shortTitle())).map(SpreadsheetCells::safe).toList();
  }

  /** The record's topic paths ("Energi/Vätgas"), best supported first. */
  static String topics(Record r) {
    return r.topics().stream().map(Topic::path).collect(Collectors.joining(JOIN));
  }

  private static Outcomes outcomes(Record r) {
    return r.outcomes() == null ? Outcomes.notReported() : r.outcomes();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String join(List<String> values) {
    return String.join(JOIN, values);
  }
}
