/*
 * File paths as SARIF artifact locations (SARIF 2.1.0 §3.4, §3.10): a URI reference, percent-encoded.
 * A bare path is not one: `mätning plan.yaml` is an invalid URI and `a#b.yaml` would end at `a`, the
 * rest read as a fragment. Absolute paths become `file://` URIs; relative ones stay relative to the
 * folder gapcheck ran in, named by the base id %SRCROOT% (what GitHub code scanning expects).
 */

/** The URI base id of relative paths; `originalUriBaseIds` gives its absolute URI. */
export const SRCROOT = "%SRCROOT%";

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** `C:/…` (after backslashes became slashes): a Windows drive, kept as `file:///C:/…`. */
const DRIVE = /^[A-Za-z]:\//;

/**
 * One path segment percent-encoded as UTF-8 (encodeURIComponent): `:` (a scheme in a first segment),
 * `#`, `?`, `%`, spaces, non-ASCII and control characters are all encoded.
 * A lone surrogate (not valid UTF-16) becomes U+FFFD instead of making encodeURIComponent throw.
 */
function encodeSegment(segment: string): string {
  const wellFormed = segment.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  return encodeURIComponent(wellFormed);
}

const encodePath = (path: string): string => path.split("/").map(encodeSegment).join("/");

/** An absolute path (POSIX or Windows) as a `file://` URI; a folder keeps its trailing slash. */
export function fileUri(absolutePath: string): string {
  const path = absolutePath.replace(/\\/g, "/");
  if (DRIVE.test(path)) return `file:///${path.slice(0, 2)}${encodePath(path.slice(2))}`;
  return `file://${encodePath(path)}`;
}

/**
 * Where a finding's file is, as SARIF says it: `file:///…` for an absolute path, else the path
 * relative to %SRCROOT%. Backslashes are taken for Windows separators.
 */
export function artifactLocation(file: string): ArtifactLocation {
  const path = file.replace(/\\/g, "/");
  if (path.startsWith("/") || DRIVE.test(path)) return { uri: fileUri(path) };
  return { uri: encodePath(path), uriBaseId: SRCROOT };
}
