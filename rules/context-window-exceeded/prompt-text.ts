/**
 * The prompt's text, for counting: every string value of the body except identifiers, signatures and
 * binary payloads (base64 images and files are priced by size or resolution, not by their text).
 * Read from the shared value walk (rules/shared/value-walk.ts), which holds every string in document order.
 */
import { underKeys, type ValueIndex } from '../shared/value-walk.ts';

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
export function promptStrings(index: ValueIndex): string[] {
  const out: string[] = [];
  const excluded = underKeys(index, NOT_PROMPT_KEYS);
  for (let s = 0; s < index.strings.length; s++) {
    const value = index.strings[s];
    if (!excluded[index.stringNodes[s]] && !value.startsWith('data:')) out.push(value);
  }
  return out;
}
