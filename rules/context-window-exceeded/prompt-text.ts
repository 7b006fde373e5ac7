/**
 * The prompt's text, for counting: every string value of the body except identifiers, signatures and
 * binary payloads (base64 images and files are priced by size or resolution, not by their text).
 * Iterative walk: request bodies can be nested deeper than the call stack allows.
 */
const NOT_PROMPT_KEYS = new Set([
  'data', // Anthropic source.data, Gemini inlineData.data
  'file_data',
  'image_url',
  'url',
  'file_id',
  'file_uri',
  'fileUri',
  'signature',
  'thoughtSignature',
  'thought_signature',
  'encrypted_content',
  'id',
  'tool_use_id',
  'tool_call_id',
  'call_id',
  'model',
  'type',
  'role',
  'media_type',
  'mimeType',
  'mime_type',
  'cache_control',
]);

/** Strings that carry the prompt, in document order. Templated values are kept: their placeholder text is a lower bound. */
export function promptStrings(body: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [body];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (!value.startsWith('data:')) out.push(value);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) if (!NOT_PROMPT_KEYS.has(entries[i][0])) stack.push(entries[i][1]);
    }
  }
  return out;
}
