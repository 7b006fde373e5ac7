import type { Header } from '../types.ts';
import { startsGraphQl } from './syntax.ts';

/**
 * Decides whether a body is JSON (the default: providers only take JSON, and many users omit the header)
 * or something the JSON rules must skip. GraphQL detection follows editor.md §1.3 E: REST Client's
 * `X-Request-Type: GraphQL` header, the `GRAPHQL` method (httpyac, JetBrains), and httpyac's body sniffing.
 */
export function nonJsonBodyKind(headers: Header[], method: string, bodyStart: string): string | undefined {
  if (method === 'GRAPHQL') return 'graphql';
  if (headerValue(headers, 'x-request-type')?.toLowerCase() === 'graphql') return 'graphql';
  const mediaType = headerValue(headers, 'content-type')?.split(';')[0].trim().toLowerCase();
  if (mediaType === undefined || mediaType === '' || mediaType.includes('{{')) {
    return startsGraphQl(bodyStart) ? 'graphql' : undefined;
  }
  return kindOfMediaType(mediaType, bodyStart);
}

function kindOfMediaType(mediaType: string, bodyStart: string): string | undefined {
  if (mediaType.startsWith('multipart/')) return 'multipart';
  if (mediaType === 'application/x-www-form-urlencoded') return 'form';
  if (mediaType === 'application/graphql') return 'graphql';
  if (/(?:ndjson|jsonl|jsonlines|json-seq)$/.test(mediaType)) return 'ndjson';
  if (mediaType === 'application/json' || mediaType.endsWith('+json') || mediaType === 'text/json') return undefined;
  if (mediaType.includes('xml')) return 'xml';
  if (mediaType.startsWith('text/')) return 'text';
  if (mediaType === '*/*' || mediaType === 'application/*') return undefined;
  // Unknown types (octet-stream, vendor types): trust the body's own look.
  return /^\s*[[{]/.test(bodyStart) ? undefined : 'text';
}

export function headerValue(headers: Header[], lowerCaseName: string): string | undefined {
  for (const header of headers) if (header.name.toLowerCase() === lowerCaseName) return header.value;
  return undefined;
}
