/**
 * The IRI a briefing's annotations target (W3C `target.source`). It is derived from the report text alone,
 * `urn:sha256:<hex SHA-256 of the UTF-8 source>`, so two machines that imported the same report agree on it
 * without any network or shared registry. (The list query builds the same string in SQL.)
 */
export const sourceIriPrefix = 'urn:sha256:';

export function sourceIri(sourceSha256: string): string {
  return `${sourceIriPrefix}${sourceSha256}`;
}

/** The SHA-256 named by a source IRI, or null for any other IRI. */
export function shaOfSourceIri(iri: string): string | null {
  const match = /^urn:sha256:([0-9a-f]{64})$/i.exec(iri.trim());
  return match?.[1]?.toLowerCase() ?? null;
}
