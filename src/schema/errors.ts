/**
 * news-kg schema: errors
 * ======================
 *
 * One base class; each subclass carries the context a user needs to find the
 * problem. Messages start with where the problem is and say how to fix it.
 */

export class KgError extends Error {
  override name = "KgError";
}

/** An article or corpus file that cannot be read or used. */
export class CorpusError extends KgError {
  override name = "CorpusError";
  constructor(
    readonly file: string,
    message: string,
    readonly docId?: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** A problem in the curated file, at a line. */
export class CurationError extends KgError {
  override name = "CurationError";
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

/** Bad options or arguments given to a command or stage. */
export class UsageError extends KgError {
  override name = "UsageError";
}

/** A problem writing an output. */
export class ExportError extends KgError {
  override name = "ExportError";
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** A model file that is missing, damaged or of another format version. */
export class ModelError extends KgError {
  override name = "ModelError";
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** A malformed line of an input in a line-based format (CoNLL-U, IOB). */
export class FormatError extends KgError {
  override name = "FormatError";
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}
