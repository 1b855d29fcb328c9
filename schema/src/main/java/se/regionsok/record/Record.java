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
 * @param answer         "Ja", "Nej" or "Ej aktuellt" for yes/no questions, else null
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
    return new Record(id, region, year, docType, area, title, text, null, List.of(), List.of(),
        List.of(), List.of(), List.of(), source, false, null, null, null, List.of(), null, null, null, List.of());
  }

  public Record withGoalText(String value) {
    return new Record(id, region, year, docType, area, title, text, value, rusGoals, rusThemes,
        programs, sdgs, projectIds, source, placeholder, originalText, questionNumber, answer, flags,
        outputs, effects, outcomes, topics);
  }

  public Record withRusGoals(List<String> value) {
    return new Record(id, region, year, docType, area, title, text, goalText, value, rusThemes,
        programs, sdgs, projectIds, source, placeholder, originalText, questionNumber, answer, flags,
        outputs, effects, outcomes, topics);
  }

  public Record withRusThemes(List<Tagged> value) {
    return new Record(id, region, year, docType, area, title, text, goalText, rusGoals, value,
        programs, sdgs, projectIds, source, placeholder, originalText, questionNumber, answer, flags,
        outputs, effects, outcomes, topics);
  }

  public Record withPrograms(List<String> value) {
    return new Record(id, region, year, docType, area, title, text, goalText, rusGoals, rusThemes,
        value, sdgs, projectIds, source, placeholder, originalText, questionNumber, answer, flags,
        outputs, effects, outcomes, topics);
  }

  public Record withSdgs(List<SdgRef> value) {
    return new Record(id, region, year, docType, area, title, text, goalText, rusGoals, rusThemes,
        programs, value, projectIds, source, placeholder, originalText, questionNumber, answer, flags,
        outputs, effects, outcomes, topics);
  }

  public Record withProjectIds(List<String> value) {
    return new Record(id, region, year, docType, area, title, text, goalText, rusGoals, rusThemes,
        programs, sdgs, value, source, placeholder, originalText, questionNumber, answer, flags,
        outputs, effects, outcomes, topics);
  }

  public Record withPlaceholder(boolean value) {
    return new Record(id, region, year, docType, area, title, text, goalText, rusGoals, rusThemes,
        programs, sdgs, projectIds, source, value, originalText, questionNumber, answer, flags,
        outputs, effects, outcomes, topics);
  }

  public Record withSource(Source value) {
    return new Record(id, region, year, docType, area, title, text, goalText, rusGoals, rusThemes,
        programs, sdgs, projectIds, value, placeholder, originalText, questionNumber, answer, flags,
        outputs, effects, outcomes, topics);
  }

  /** The text as read, before repair changed it. */
  public Record withOriginalText(String value) {
    return new Record(id, region, year, docType, area, title, text, goalText, rusGoals, rusThemes,
        programs, sdgs, projectIds, source, placeholder, value, questionNumber, answer, flags,
        outputs, effects, outcomes, topics);
  }

  public Record withQuestion(String number, String yesNo) {
    return new Record(id, region, year, docType, area, title, text, goalText, rusGoals, rusThemes,
        programs, sdgs, projectIds, source, placeholder, originalText, number, yesNo, flags,
        outputs, effects, outcomes, topics);
  }

  /** The "Prestationer" and "Effekter" parts (null where the record has none). */
  public Record withParts(String outputsPart, String effectsPart) {
    return new Record(id, region, year, docType, area, title, text, goalText, rusGoals, rusThemes,
        programs, sdgs, projectIds, source, placeholder, originalText, questionNumber, answer, flags,
        outputsPart, effectsPart, outcomes, topics);
  }

  public Record withOutcomes(Outcomes value) {
    return new Record(id, region, year, docType, area, title, text, goalText, rusGoals, rusThemes,
        programs, sdgs, projectIds, source, placeholder, originalText, questionNumber, answer, flags,
        outputs, effects, value, topics);
  }

  public Record withTopics(List<Topic> value) {
    return new Record(id, region, year, docType, area, title, text, goalText, rusGoals, rusThemes,
        programs, sdgs, projectIds, source, placeholder, originalText, questionNumber, answer, flags,
        outputs, effects, outcomes, value);
  }

  public Record withFlag(String flag) {
    if (flags.contains(flag)) {
      return this;
    }
    List<String> more = new java.util.ArrayList<>(flags);
    more.add(flag);
    return new Record(id, region, year, docType, area, title, text, goalText, rusGoals, rusThemes,
        programs, sdgs, projectIds, source, placeholder, originalText, questionNumber, answer, more,
        outputs, effects, outcomes, topics);
  }
}
