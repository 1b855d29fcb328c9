package se.regionsok.corpus;

/**
 * One document of the corpus as the manifest describes it.
 *
 * @param id        short stable name used as the prefix of its records' ids
 * @param file      path relative to the corpus folder
 * @param title     the document's title
 * @param region    issuing region (canonical), or null when the document covers all regions
 * @param year      the year the reported work was done
 * @param kind      which reader takes it (see {@link DocumentKind})
 * @param publisher who issued it
 * @param sha256    checksum of the file as added, or null for bundled documents
 */
public record ManifestEntry(
    String id, String file, String title, String region, int year, String kind, String publisher,
    String sha256) {

  /** The file's name without its folder: what the records' {@code source.document} names. */
  public String fileName() {
    return java.nio.file.Path.of(file).getFileName().toString();
  }
}
