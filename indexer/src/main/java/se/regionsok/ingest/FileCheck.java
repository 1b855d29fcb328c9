package se.regionsok.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Rejects a file before it is parsed when it is missing, empty, too large, of a type that holds
 * no report text, or named as another type than its content (a .pdf that is a Word file): the
 * content's type is what Tika detects from the bytes, the name's type what the extension says.
 */
public final class FileCheck {
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private static final Set<MediaType> SUPPORTED = Set.of(
      MediaType.application("pdf"),
      MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
      MediaType.application("msword"),
      MediaType.application("vnd.oasis.opendocument.text"),
      MediaType.application("rtf"),
      MediaType.application("xhtml+xml"),
      MediaType.TEXT_PLAIN);
  private static final Set<MediaType> ENCRYPTED_CONTAINERS = Set.of(
      MediaType.application("x-tika-ooxml-protected"),
      MediaType.application("x-tika-msoffice-encrypted"));

  private final long maxBytes;
  private final Detector detector;
  private final MediaTypeRegistry registry;

  public FileCheck(long maxBytes) {
    TikaConfig tika = TikaConfig.getDefaultConfig();
    this.maxBytes = maxBytes;
    this.detector = tika.getDetector();
    this.registry = tika.getMediaTypeRegistry();
  }

  /** The file's type as detected from its content. */
  public MediaType check(Path file) throws RejectedFileException {
    try {
      if (!Files.isRegularFile(file)) {
        throw new RejectedFileException(file, "file not found");
      }
      long size = Files.size(file);
      if (size == 0) {
        throw new RejectedFileException(file, "the file is empty (0 bytes)");
      }
      if (size > maxBytes) {
        throw new RejectedFileException(file, String.format(Locale.ROOT,
            "too large: %.1f MB, the limit is %.1f MB (raise it with --max-mb)", mb(size), mb(maxBytes)));
      }
      MediaType content = byContent(file);
      MediaType name = byName(file);
      if (ENCRYPTED_CONTAINERS.contains(content)) {
        throw new RejectedFileException(file, "encrypted or password protected: remove the protection and add it again");
      }
      if (content.equals(MediaType.OCTET_STREAM) && !name.equals(MediaType.OCTET_STREAM)) {
        throw new RejectedFileException(file, "named as " + name
            + " but the content is not recognised: the file is corrupt or of another kind");
      }
      if (!name.equals(MediaType.OCTET_STREAM) && !sameKind(content, name)) {
        throw new RejectedFileException(file, "named as " + name + " but the content is " + content
            + ": the extension does not match the file; rename it or check that it is the right file");
      }
      if (content.getType().equals("image")) {
        throw new RejectedFileException(file, "an image (" + content + ") has no text layer: it needs OCR before it can be added");
      }
      if (!isSupported(content)) {
        throw new RejectedFileException(file, "unsupported type " + content
            + ": add PDF, Word (DOCX, DOC), ODT, RTF, HTML or plain text");
      }
      return content;
    } catch (IOException e) {
      throw new RejectedFileException(file, "cannot read the file: " + e.getMessage());
    }
  }

  private MediaType byContent(Path file) throws IOException {
    try (InputStream in = TikaInputStream.get(file)) {
      return detector.detect(in, new Metadata()); // no name given: the bytes alone decide
    }
  }

  private MediaType byName(Path file) throws IOException {
    Metadata nameOnly = new Metadata();
    nameOnly.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    return detector.detect(null, nameOnly);
  }

  /** Equal, or one a special case of the other (text/html of text/plain, docx of a broken zip). */
  private boolean sameKind(MediaType content, MediaType name) {
    return content.equals(name) || registry.isSpecializationOf(content, name)
        || registry.isSpecializationOf(name, content);
  }

  private boolean isSupported(MediaType type) {
    for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
      if (SUPPORTED.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
