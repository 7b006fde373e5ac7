import type { ApiId } from '../../server/src/core/rule-api.ts';

/**
 * Which vendor makes a model, read from its id. Used by detection when a bare body's shape is
 * ambiguous, and by rules that need to know where a relay will route a request.
 * The model table (limits, quirks) comes with the rule catalog; this is only the family prefix.
 */
export type ModelVendor = 'openai' | 'anthropic' | 'google' | 'alibaba' | 'deepseek';

interface FamilyPattern {
  vendor: ModelVendor;
  /** The API the vendor's own endpoint speaks for this family. */
  nativeApi: ApiId;
  test: (id: string) => boolean;
}

const FAMILIES: FamilyPattern[] = [
  { vendor: 'anthropic', nativeApi: 'anthropic-messages', test: (id) => /^(anthropic[./])?claude/.test(id) },
  { vendor: 'google', nativeApi: 'gemini-generate', test: (id) => /^(models\/|google\/)?(gemini|gemma)/.test(id) },
  {
    vendor: 'openai',
    nativeApi: 'openai-chat',
    test: (id) => /^(openai\/)?(gpt-|chatgpt-|o[1-9](-|$)|codex-|computer-use)/.test(id),
  },
  { vendor: 'alibaba', nativeApi: 'dashscope-generation', test: (id) => /^(qwen\/)?(qwen|qwq|qvq)/.test(id) },
  { vendor: 'deepseek', nativeApi: 'openai-chat', test: (id) => /^(deepseek\/)?deepseek/.test(id) },
];

/** The vendor of a model id (case-insensitive, provider prefixes such as `openai/` allowed), or null. */
export function modelVendor(model: string | null | undefined): ModelVendor | null {
  if (!model) return null;
  const id = model.trim().toLowerCase();
  return FAMILIES.find((f) => f.test(id))?.vendor ?? null;
}
