package se.regionsok.record;

import java.util.List;

/**
 * One searchable unit of a report: an initiative row, one answered question, one section of a
 * project decision or one region's answer on the 1:1 grant. Readers create it; enrichers return
 * copies with their facet filled in; the index stores it whole as JSON.
 *
 * @param id             stable across rebuilds: derived from the document and line position
 * @param region         one of {@link Regions#CANONICAL}
 * @param year           the year the work was done
 * @param docType        one of the {@link DocType} values
 * @param area           policy area labels from {@link PolicyArea}
 * @param title          initiative name, question text or section heading
 * @param shortTitle     a report answer's list title: question number, a short label of the
 *                       question and what sets this answer apart ("1.1 Strategiskt viktigaste
 *                       arbetet — Förvaltningen har …"); null where the title is short already
 * @param text           full repaired text a person reads
 * @param goalText       the goal the record states (an initiative's Mål cell), or null
 * @param rusGoals       regional development strategy goals named, cleaned
 * @param rusThemes      cross-region themes of those goals
 * @param programs       EU and national programmes named
 * @param sdgs           Agenda 2030 goals, explicit or inferred
 * @param projectIds     project ids named (Nyps-id, Ärende-id …)
 * @param source         where in which document it came from
 * @param placeholder    true when the record only says there is nothing to report
 * @param originalText   the text before repair when repair changed it, else null
 * @param questionNumber the template's question number ("2.3", "1.2.2.4", "8.4"), or null
 * @param answer         "Ja", "Nej" or "Ej aktuellt" for yes/no questions whose parts all say the
 *                       same, else null
 * @param answers        each part's answer where a yes/no question has several parts, else empty
 * @param flags          data-quality flags (e.g. "continuation_merged", "ocr_repaired")
 * @param outputs        the record's "Prestationer" part (what was done), or null
 * @param effects        the record's "Effekter" part (what it led to), or null
 * @param outcomes       the outcome assessment of the effects part, or null before enrichment
 * @param topics         what the record is about, from the topic vocabulary, best supported first
 */
public record Record(
    String id,
    String region,
    int year,
    String docType,
    List<String> area,
    String title,
    String shortTitle,
    String text,
    String goalText,
    List<String> rusGoals,
    List<Tagged> rusThemes,
    List<String> programs,
    List<SdgRef> sdgs,
    List<String> projectIds,
    Source source,
    boolean placeholder,
    String originalText,
    String questionNumber,
    String answer,
    List<PartAnswer> answers,
    List<String> flags,
    String outputs,
    String effects,
    Outcomes outcomes,
    List<Topic> topics) {

  public Record {
    area = List.copyOf(area);
    rusGoals = List.copyOf(rusGoals);
    rusThemes = List.copyOf(rusThemes);
    programs = List.copyOf(programs);
    sdgs = List.copyOf(sdgs);
    projectIds = List.copyOf(projectIds);
    answers = answers == null ? List.of() : List.copyOf(answers); // absent in records indexed before it
    flags = List.copyOf(flags);
    topics = topics == null ? List.of() : List.copyOf(topics); // absent in records indexed before topics
  }

  /** The region's SCB länskod, derived from the region (so stored records need no rebuild). */
  @com.fasterxml.jackson.annotation.JsonProperty(value = "regionCode", access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
  public String regionCode() {
    return Regions.code(region);
  }

  /** A record as a reader makes it: facets that enrichers fill are empty. */
  public static Record of(String id, String region, int year, String docType, List<String> area,
      String title, String text, Source source) {
    Builder b = new Builder();
    b.id = id;
    b.region = region;
    b.year = year;
    b.docType = docType;
    b.area = area;
    b.title = title;
    b.text = text;
    b.source = source;
    return b.build();
  }

  /** The text a person reads, where an enricher puts a misread row right. */
  public Record withText(String value) {
    return edit(b -> b.text = value);
  }

  public Record withGoalText(String value) {
    return edit(b -> b.goalText = value);
  }

  public Record withRusGoals(List<String> value) {
    return edit(b -> b.rusGoals = value);
  }

  public Record withRusThemes(List<Tagged> value) {
    return edit(b -> b.rusThemes = value);
  }

  public Record withPrograms(List<String> value) {
    return edit(b -> b.programs = value);
  }

  public Record withSdgs(List<SdgRef> value) {
    return edit(b -> b.sdgs = value);
  }

  public Record withProjectIds(List<String> value) {
    return edit(b -> b.projectIds = value);
  }

  public Record withPlaceholder(boolean value) {
    return edit(b -> b.placeholder = value);
  }

  public Record withSource(Source value) {
    return edit(b -> b.source = value);
  }

  /** The text as read, before repair changed it. */
  public Record withOriginalText(String value) {
    return edit(b -> b.originalText = value);
  }

  public Record withQuestion(String number, String yesNo) {
    return edit(b -> {
      b.questionNumber = number;
      b.answer = yesNo;
    });
  }

  public Record withAnswers(List<PartAnswer> value) {
    return edit(b -> b.answers = value);
  }

  /** The "Prestationer" and "Effekter" parts (null where the record has none). */
  public Record withParts(String outputsPart, String effectsPart) {
    return edit(b -> {
      b.outputs = outputsPart;
      b.effects = effectsPart;
    });
  }

  public Record withOutcomes(Outcomes value) {
    return edit(b -> b.outcomes = value);
  }

  public Record withTopics(List<Topic> value) {
    return edit(b -> b.topics = value);
  }

  public Record withShortTitle(String value) {
    return edit(b -> b.shortTitle = value);
  }

  public Record withFlag(String flag) {
    if (flags.contains(flag)) {
      return this;
    }
    List<String> more = new java.util.ArrayList<>(flags);
    more.add(flag);
    return edit(b -> b.flags = more);
  }

  /** A copy with some components changed: one place lists every component, so a new field is one edit. */
  private Record edit(java.util.function.Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return b.build();
  }

  /** Mutable twin of the components, used only by {@link #of} and {@link #edit}. */
  private static final class Builder {
    String id;
    String region;
    int year;
    String docType;
    List<String> area = List.of();
    String title;
    String shortTitle;
    String text;
    String goalText;
    List<String> rusGoals = List.of();
    List<Tagged> rusThemes = List.of();
    List<String> programs = List.of();
    List<SdgRef> sdgs = List.of();
    List<String> projectIds = List.of();
    Source source;
    boolean placeholder;
    String originalText;
    String questionNumber;
    String answer;
    List<PartAnswer> answers = List.of();
    List<String> flags = List.of();
    String outputs;
    String effects;
    Outcomes outcomes;
    List<Topic> topics = List.of();

    Builder() {}

    Builder(Record r) {
      id = r.id;
      region = r.region;
      year = r.year;
      docType = r.docType;
      area = r.area;
      title = r.title;
      shortTitle = r.shortTitle;
      text = r.text;
      goalText = r.goalText;
      rusGoals = r.rusGoals;
      rusThemes = r.rusThemes;
      programs = r.programs;
      sdgs = r.sdgs;
      projectIds = r.projectIds;
      source = r.source;
      placeholder = r.placeholder;
      originalText = r.originalText;
      questionNumber = r.questionNumber;
      answer = r.answer;
      answers = r.answers;
      flags = r.flags;
      outputs = r.outputs;
      effects = r.effects;
      outcomes = r.outcomes;
      topics = r.topics;
    }

    Record build() {
      return new Record(id, region, year, docType, area, title, shortTitle, text, goalText, rusGoals,
          rusThemes, programs, sdgs, projectIds, source, placeholder, originalText, questionNumber, answer, answers,
          flags, outputs, effects, outcomes, topics);
    }
  }
}
