package se.regionsok.bench;

/** A system under load: hands each load thread its own connection. */
interface Target {
  Worker newWorker() throws Exception;

  /** One thread's connection; {@link #call} answers one log request and says if it succeeded. */
  interface Worker extends AutoCloseable {
    boolean call(LogEntry entry) throws Exception;

    @Override
    default void close() throws Exception {}
  }
}
