/**
 * Versions written into outputs. Bump EXTRACTOR_VERSION whenever extraction
 * output can change: caches of per-article results are keyed by it.
 */
export const PACKAGE_NAME = "news-kg";
export const EXTRACTOR_VERSION = "0.1.0";
export const GENERATOR = `${PACKAGE_NAME} ${EXTRACTOR_VERSION}`;
