/**
 * Deterministic generator of realistic LLM API request payloads for the benchmarks.
 *
 * Every function takes a seed; the same seed gives byte-identical output on every machine
 * (a small PRNG, no Math.random, no Date). Nothing here touches the file system except
 * `writePayloads`, which is only called by `run.ts --write`.
 *
 * What the payloads look like (they are meant to resemble what agents actually send):
 * - OpenAI chat: a long coding-agent conversation. A long system prompt, tool definitions, user
 *   turns (some with image_url parts: base64 data URLs and https URLs), assistant turns with text
 *   and/or `tool_calls` (function name + JSON-string arguments, hence lots of escaped quotes),
 *   `tool` messages with long outputs (file contents with line numbers, shell logs, JSON search
 *   results serialised into a string, HTML fetches), a little non-ASCII text.
 * - Anthropic messages: the same kind of conversation with `tool_use` / `tool_result` blocks,
 *   `cache_control`, base64 `image` blocks, strictly alternating user/assistant turns.
 * - Gemini generateContent: `contents`/`parts` with `functionCall` / `functionResponse`.
 * - A `.http` file of N requests mixing the three, with `@variables`, `# @name`, realistic
 *   headers and `{{vars}}` in URLs, headers and JSON string values (never as bare JSON values,
 *   so every body stays valid JSON for the JSON.parse / jsonc-parser baselines).
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ---------------------------------------------------------------------------------------------
// PRNG and small helpers

export type Rng = {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
};

/** mulberry32: tiny, fast, good enough for test data, identical everywhere. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomId(rng: Rng, prefix: string, length: number): string {
  let s = prefix;
  for (let i = 0; i < length; i++) s += ALNUM[rng.int(0, ALNUM.length - 1)];
  return s;
}

function randomBase64(rng: Rng, bytes: number): string {
  const buf = Buffer.allocUnsafe(bytes);
  for (let i = 0; i < bytes; i += 4) {
    const v = Math.floor(rng.next() * 4294967296);
    buf[i] = v & 0xff;
    if (i + 1 < bytes) buf[i + 1] = (v >>> 8) & 0xff;
    if (i + 2 < bytes) buf[i + 2] = (v >>> 16) & 0xff;
    if (i + 3 < bytes) buf[i + 3] = (v >>> 24) & 0xff;
  }
  // A real PNG header, so the data URL at least starts like one.
  buf.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  return buf.toString('base64');
}

// ---------------------------------------------------------------------------------------------
// Text

const WORDS = (
  'the a to of and in is it that for on with as this be are by from at or an not was but can ' +
  'function request response error value file line test build module import export config ' +
  'server client cache token model message user assistant system tool call result output input ' +
  'parse schema field type string number array object null undefined return async await promise ' +
  'handler route query database index migration column table retry timeout latency stream ' +
  'update create delete fetch render component state props hook effect context provider ' +
  'deploy container cluster node pod service ingress secret volume log metric trace span ' +
  'branch commit merge rebase diff patch review approve refactor rename extract inline ' +
  'should would could might need want see check run fix add remove change keep use make ' +
  'first then next after before because since when while where which what how why ' +
  'failing passing flaky slow fast large small empty missing invalid unexpected duplicate ' +
  'path directory package dependency version lockfile script command flag option argument'
).split(' ');

const NON_ASCII = [
  'café', 'naïve', 'résumé', 'Zürich', '東京', '北京市', 'データベース', 'ошибка', 'ñandú', '✓', '→', '—', '…', '🚀', '✅',
];

function sentence(rng: Rng, min = 6, max = 18): string {
  const n = rng.int(min, max);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(rng.chance(0.01) ? rng.pick(NON_ASCII) : rng.pick(WORDS));
  const s = parts.join(' ');
  return s[0].toUpperCase() + s.slice(1) + rng.pick(['.', '.', '.', '?', ':', '!']);
}

function paragraph(rng: Rng, min = 2, max = 6): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(rng));
  return out.join(' ');
}

function prose(rng: Rng, targetChars: number): string {
  const out: string[] = [];
  let len = 0;
  while (len < targetChars) {
    const p = rng.chance(0.15) ? '- ' + sentence(rng) + '\n- ' + sentence(rng) : paragraph(rng);
    out.push(p);
    len += p.length + 2;
  }
  return out.join('\n\n');
}

const IDENTS = ['user', 'order', 'session', 'token', 'config', 'result', 'items', 'cache', 'req', 'res', 'payload', 'err', 'ctx', 'opts', 'data', 'row', 'batch', 'queue'];
const FILES = [
  'src/server/index.ts', 'src/api/routes/orders.ts', 'src/lib/cache.ts', 'src/db/migrations/0042_add_index.sql',
  'app/models/user.py', 'app/services/billing.py', 'tests/test_orders.py', 'package.json', 'Dockerfile',
  'k8s/deployment.yaml', 'src/components/OrderTable.tsx', 'src/hooks/useOrders.ts', 'README.md', 'go/internal/queue/worker.go',
];

function codeLine(rng: Rng, indent: number): string {
  const pad = '  '.repeat(indent);
  const a = rng.pick(IDENTS);
  const b = rng.pick(IDENTS);
  switch (rng.int(0, 9)) {
    case 0: return `${pad}const ${a} = await ${b}.fetch("${rng.pick(WORDS)}/${rng.int(1, 999)}", { timeout: ${rng.int(1, 60) * 1000} });`;
    case 1: return `${pad}if (!${a} || ${a}.length === 0) {`;
    case 2: return `${pad}  throw new Error(\`${sentence(rng, 3, 7)} \${${b}.id}\`);`;
    case 3: return `${pad}}`;
    case 4: return `${pad}// ${sentence(rng, 4, 12)}`;
    case 5: return `${pad}for (const ${a} of ${b}.${rng.pick(IDENTS)}) {`;
    case 6: return `${pad}return { ...${a}, ${b}: ${b} ?? null, updatedAt: new Date().toISOString() };`;
    case 7: return `${pad}logger.${rng.pick(['info', 'warn', 'debug', 'error'])}('${sentence(rng, 3, 8)}', { ${a}, ${b} });`;
    case 8: return `${pad}export async function ${rng.pick(['load', 'save', 'sync', 'handle', 'resolve'])}${a[0].toUpperCase()}${a.slice(1)}(${b}: ${b[0].toUpperCase()}${b.slice(1)}) {`;
    default: return `${pad}${a}.${rng.pick(['push', 'set', 'delete', 'add'])}(${b}['${rng.pick(WORDS)}'], ${rng.int(0, 10000)});`;
  }
}

function fileContents(rng: Rng, targetChars: number): string {
  const lines: string[] = [];
  let len = 0;
  let n = 1;
  while (len < targetChars) {
    const line = `${String(n).padStart(5, ' ')}\t${codeLine(rng, rng.int(0, 3))}`;
    lines.push(line);
    len += line.length + 1;
    n++;
  }
  return lines.join('\n');
}

function shellLog(rng: Rng, targetChars: number): string {
  const lines: string[] = [`$ ${rng.pick(['npm test', 'pytest -x -q', 'go test ./...', 'kubectl logs deploy/api --tail=500', 'npm run build'])}`];
  let len = lines[0].length;
  let t = 1_700_000_000 + rng.int(0, 10_000_000);
  while (len < targetChars) {
    t += rng.int(0, 3);
    const d = new Date(t * 1000).toISOString();
    const level = rng.pick(['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR']);
    const line = rng.chance(0.1)
      ? `    at ${rng.pick(IDENTS)}.${rng.pick(['run', 'handle', 'next', 'call'])} (/app/${rng.pick(FILES)}:${rng.int(1, 900)}:${rng.int(1, 80)})`
      : `${d} ${level} [${rng.pick(['http', 'db', 'worker', 'cache', 'auth'])}] ${sentence(rng, 4, 14)} ${rng.pick(IDENTS)}=${rng.int(0, 99999)} duration_ms=${rng.int(1, 4000)}`;
    lines.push(line);
    len += line.length + 1;
  }
  lines.push(`exit code: ${rng.pick([0, 0, 1, 2])}`);
  return lines.join('\n');
}

function searchResultsJson(rng: Rng, targetChars: number): string {
  const results: unknown[] = [];
  let len = 0;
  while (len < targetChars) {
    const r = {
      path: rng.pick(FILES),
      line: rng.int(1, 2000),
      score: Math.round(rng.next() * 1000) / 1000,
      preview: codeLine(rng, 0),
      context: [codeLine(rng, 1), codeLine(rng, 1), codeLine(rng, 2)],
    };
    results.push(r);
    len += JSON.stringify(r).length;
  }
  return JSON.stringify({ query: rng.pick(WORDS), total: results.length, results });
}

function htmlPage(rng: Rng, targetChars: number): string {
  const out: string[] = ['<!doctype html><html><head><title>' + sentence(rng, 3, 6) + '</title></head><body>'];
  let len = out[0].length;
  while (len < targetChars) {
    const p = rng.chance(0.2)
      ? `<pre><code class="language-ts">${codeLine(rng, 0)}\n${codeLine(rng, 1)}</code></pre>`
      : `<p>${paragraph(rng, 1, 4)} <a href="https://docs.example.com/${rng.pick(WORDS)}/${rng.pick(WORDS)}">${rng.pick(WORDS)}</a></p>`;
    out.push(p);
    len += p.length;
  }
  out.push('</body></html>');
  return out.join('\n');
}

/** A long tool output of one of several realistic kinds. */
function toolOutput(rng: Rng, toolName: string, targetChars: number): string {
  switch (toolName) {
    case 'read_file': return fileContents(rng, targetChars);
    case 'run_shell': return shellLog(rng, targetChars);
    case 'search_code': return searchResultsJson(rng, targetChars);
    case 'fetch_url': return htmlPage(rng, targetChars);
    default: return prose(rng, targetChars);
  }
}

/** Long-tailed size: most outputs a few KB, some tens of KB. */
function outputSize(rng: Rng, scale: number): number {
  const r = rng.next();
  const base = r < 0.6 ? rng.int(300, 3000) : r < 0.9 ? rng.int(3000, 15000) : rng.int(15000, 60000);
  return Math.round(base * scale);
}

// ---------------------------------------------------------------------------------------------
// Tools (shared vocabulary of the agent)

type ToolDef = { name: string; description: string; parameters: Record<string, unknown> };

const TOOLS: ToolDef[] = [
  {
    name: 'read_file',
    description: 'Read a file from the workspace. Returns the contents with line numbers.',
    parameters: {
      type: 'object',
      properties: {
        path: { type: 'string', description: 'Path relative to the workspace root.' },
        start_line: { type: 'integer', minimum: 1 },
        end_line: { type: 'integer', minimum: 1 },
      },
      required: ['path'],
      additionalProperties: false,
    },
  },
  {
    name: 'run_shell',
    description: 'Run a shell command in the sandbox and return stdout and stderr.',
    parameters: {
      type: 'object',
      properties: {
        command: { type: 'string' },
        timeout_s: { type: 'integer', minimum: 1, maximum: 600 },
        cwd: { type: 'string' },
      },
      required: ['command'],
      additionalProperties: false,
    },
  },
  {
    name: 'search_code',
    description: 'Search the repository for a regular expression; returns matches as JSON.',
    parameters: {
      type: 'object',
      properties: {
        pattern: { type: 'string' },
        glob: { type: 'string' },
        max_results: { type: 'integer', default: 50 },
      },
      required: ['pattern'],
      additionalProperties: false,
    },
  },
  {
    name: 'fetch_url',
    description: 'Fetch a web page and return its HTML.',
    parameters: {
      type: 'object',
      properties: { url: { type: 'string', format: 'uri' } },
      required: ['url'],
      additionalProperties: false,
    },
  },
  {
    name: 'write_file',
    description: 'Create or overwrite a file in the workspace.',
    parameters: {
      type: 'object',
      properties: { path: { type: 'string' }, content: { type: 'string' } },
      required: ['path', 'content'],
      additionalProperties: false,
    },
  },
];

function toolArgs(rng: Rng, name: string): Record<string, unknown> {
  switch (name) {
    case 'read_file': return rng.chance(0.5) ? { path: rng.pick(FILES) } : { path: rng.pick(FILES), start_line: rng.int(1, 200), end_line: rng.int(201, 800) };
    case 'run_shell': return { command: rng.pick(['npm test -- --runInBand', 'git diff --stat HEAD~3', 'pytest tests/test_orders.py -k "refund and not slow"', 'grep -rn "TODO" src | head -50', 'kubectl get pods -n prod -o wide']), timeout_s: rng.int(10, 300) };
    case 'search_code': return { pattern: `${rng.pick(IDENTS)}\\.(fetch|load)\\(`, glob: rng.pick(['src/**/*.ts', '**/*.py', '*.go']), max_results: rng.int(10, 100) };
    case 'fetch_url': return { url: `https://docs.example.com/${rng.pick(WORDS)}/${rng.pick(WORDS)}?v=${rng.int(1, 9)}` };
    default: return { path: rng.pick(FILES), content: fileContents(rng, rng.int(200, 2500)) };
  }
}

const SYSTEM_PROMPT_HEAD =
  'You are a senior software engineer working as an autonomous coding agent inside the user\'s repository. ' +
  'Use the tools to read files, run commands and search the code before you answer. Never invent file contents. ' +
  'When you change code, explain the change and run the tests.';

function systemPrompt(rng: Rng): string {
  return SYSTEM_PROMPT_HEAD + '\n\n# Guidelines\n\n' + prose(rng, rng.int(3000, 6000));
}

// ---------------------------------------------------------------------------------------------
// OpenAI Chat Completions

export type GeneratedJson = { text: string; value: unknown; messages: number };

type OpenAiMessage = Record<string, unknown>;

function openAiImagePart(rng: Rng, scale: number): Record<string, unknown> {
  if (rng.chance(0.5)) {
    return { type: 'image_url', image_url: { url: 'data:image/png;base64,' + randomBase64(rng, Math.round(rng.int(8_000, 60_000) * scale)), detail: rng.pick(['auto', 'low', 'high']) } };
  }
  return { type: 'image_url', image_url: { url: `https://assets.example.com/screenshots/${randomId(rng, '', 12)}.png` } };
}

function openAiUserMessage(rng: Rng, scale: number): OpenAiMessage {
  if (rng.chance(0.25)) {
    const parts: unknown[] = [{ type: 'text', text: paragraph(rng, 1, 4) }];
    for (let i = rng.int(1, 2); i > 0; i--) parts.push(openAiImagePart(rng, scale));
    if (rng.chance(0.3)) parts.push({ type: 'text', text: sentence(rng) });
    return { role: 'user', content: parts };
  }
  return { role: 'user', content: paragraph(rng, 1, 5) };
}

/** Appends one agent "turn" (assistant tool calls + tool results, maybe a reply and a user follow-up). */
function openAiTurn(rng: Rng, scale: number): OpenAiMessage[] {
  const out: OpenAiMessage[] = [];
  const calls = [];
  for (let i = rng.int(1, 3); i > 0; i--) {
    const tool = rng.pick(TOOLS);
    calls.push({ id: randomId(rng, 'call_', 24), type: 'function', function: { name: tool.name, arguments: JSON.stringify(toolArgs(rng, tool.name)) } });
  }
  out.push({ role: 'assistant', content: rng.chance(0.5) ? sentence(rng) : null, tool_calls: calls });
  for (const c of calls) {
    out.push({ role: 'tool', tool_call_id: c.id, content: toolOutput(rng, c.function.name, outputSize(rng, scale)) });
  }
  if (rng.chance(0.35)) out.push({ role: 'assistant', content: prose(rng, rng.int(300, 2500)) });
  if (rng.chance(0.25)) out.push(openAiUserMessage(rng, scale));
  return out;
}

function prettySize(value: unknown, depth: number): number {
  const s = JSON.stringify(value, null, 2);
  let lines = 1;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) lines++;
  return s.length + lines * depth * 2 + 2;
}

/** An OpenAI chat completion body of about `targetChars` characters (pretty-printed, 2 spaces). */
export function generateOpenAiChat(targetChars: number, seed: number, options: { model?: string; pretty?: boolean } = {}): GeneratedJson {
  const rng = createRng(seed);
  const scale = Math.max(0.05, Math.min(1, targetChars / 1_000_000));
  const messages: OpenAiMessage[] = [
    { role: 'system', content: systemPrompt(rng) },
    { role: 'user', content: paragraph(rng, 2, 5) },
  ];
  const body: Record<string, unknown> = {
    model: options.model ?? 'gpt-4.1',
    messages,
    tools: TOOLS.map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: t.parameters } })),
    tool_choice: 'auto',
    parallel_tool_calls: true,
    temperature: 0.2,
    max_completion_tokens: 4096,
    stream: true,
    stream_options: { include_usage: true },
    user: 'bench-user-1',
  };
  let size = prettySize(body, 0);
  while (size < targetChars) {
    for (const m of openAiTurn(rng, scale)) {
      messages.push(m);
      size += prettySize(m, 2) + 2;
    }
  }
  const text = options.pretty === false ? JSON.stringify(body) : JSON.stringify(body, null, 2) + '\n';
  return { text, value: body, messages: messages.length };
}

// ---------------------------------------------------------------------------------------------
// Anthropic Messages

type Block = Record<string, unknown>;

function anthropicImageBlock(rng: Rng, scale: number): Block {
  return { type: 'image', source: { type: 'base64', media_type: 'image/png', data: randomBase64(rng, Math.round(rng.int(8_000, 60_000) * scale)) } };
}

function anthropicToolResult(rng: Rng, id: string, name: string, scale: number): Block {
  const out = toolOutput(rng, name, outputSize(rng, scale));
  const block: Block = { type: 'tool_result', tool_use_id: id };
  if (rng.chance(0.4)) block.content = [{ type: 'text', text: out }];
  else block.content = out;
  if (rng.chance(0.05)) block.is_error = true;
  return block;
}

/** An Anthropic Messages body of about `targetChars` characters (pretty-printed, 2 spaces). */
export function generateAnthropicMessages(targetChars: number, seed: number, options: { model?: string; pretty?: boolean } = {}): GeneratedJson {
  const rng = createRng(seed);
  const scale = Math.max(0.05, Math.min(1, targetChars / 1_000_000));
  const messages: { role: 'user' | 'assistant'; content: string | Block[] }[] = [{ role: 'user', content: paragraph(rng, 2, 5) }];
  const body: Record<string, unknown> = {
    model: options.model ?? 'claude-sonnet-4-5',
    max_tokens: 8192,
    system: [{ type: 'text', text: systemPrompt(rng), cache_control: { type: 'ephemeral' } }],
    tools: TOOLS.map((t) => ({ name: t.name, description: t.description, input_schema: t.parameters })),
    tool_choice: { type: 'auto' },
    messages,
    temperature: 0.2,
    stream: true,
    metadata: { user_id: 'bench-user-1' },
  };
  let size = prettySize(body, 0);
  while (size < targetChars) {
    const assistant: Block[] = [];
    if (rng.chance(0.6)) assistant.push({ type: 'text', text: paragraph(rng, 1, 3) });
    const uses: { id: string; name: string }[] = [];
    for (let i = rng.int(1, 3); i > 0; i--) {
      const tool = rng.pick(TOOLS);
      const id = randomId(rng, 'toolu_01', 22);
      uses.push({ id, name: tool.name });
      assistant.push({ type: 'tool_use', id, name: tool.name, input: toolArgs(rng, tool.name) });
    }
    const user: Block[] = uses.map((u) => anthropicToolResult(rng, u.id, u.name, scale));
    if (rng.chance(0.15)) user.push(anthropicImageBlock(rng, 1));
    if (rng.chance(0.25)) user.push({ type: 'text', text: paragraph(rng, 1, 3) });
    const turn = [
      { role: 'assistant' as const, content: assistant },
      { role: 'user' as const, content: user },
    ];
    for (const m of turn) {
      messages.push(m);
      size += prettySize(m, 2) + 2;
    }
  }
  // Prompt caching on the last user turn, as agents do.
  const last = messages[messages.length - 1].content;
  if (Array.isArray(last)) last[last.length - 1].cache_control = { type: 'ephemeral' };
  const text = options.pretty === false ? JSON.stringify(body) : JSON.stringify(body, null, 2) + '\n';
  return { text, value: body, messages: messages.length };
}

// ---------------------------------------------------------------------------------------------
// Gemini generateContent

function geminiBody(rng: Rng, turns: number, scale: number): Record<string, unknown> {
  const contents: unknown[] = [{ role: 'user', parts: [{ text: paragraph(rng, 1, 4) }] }];
  for (let t = 0; t < turns; t++) {
    const calls = [];
    for (let i = rng.int(1, 2); i > 0; i--) {
      const tool = rng.pick(TOOLS);
      calls.push({ functionCall: { name: tool.name, args: toolArgs(rng, tool.name) } });
    }
    contents.push({ role: 'model', parts: rng.chance(0.4) ? [{ text: sentence(rng) }, ...calls] : calls });
    contents.push({
      role: 'user',
      parts: calls.map((c) => ({
        functionResponse: {
          name: c.functionCall.name,
          response: { name: c.functionCall.name, content: toolOutput(rng, c.functionCall.name, outputSize(rng, scale)) },
        },
      })),
    });
  }
  if (rng.chance(0.5)) contents.push({ role: 'model', parts: [{ text: paragraph(rng, 1, 3) }] });
  contents.push({ role: 'user', parts: [{ text: paragraph(rng, 1, 3) }] });
  if (rng.chance(0.15)) (contents[contents.length - 1] as { parts: unknown[] }).parts.push({ inlineData: { mimeType: 'image/png', data: randomBase64(rng, rng.int(2_000, 12_000)) } });
  const body: Record<string, unknown> = {
    systemInstruction: { parts: [{ text: SYSTEM_PROMPT_HEAD }] },
    contents,
    tools: [{ functionDeclarations: TOOLS.slice(0, rng.int(2, TOOLS.length)).map((t) => ({ name: t.name, description: t.description, parameters: stripAdditional(t.parameters) })) }],
    generationConfig: { temperature: 0.3, maxOutputTokens: rng.pick([1024, 2048, 8192]), topP: 0.95 },
  };
  if (rng.chance(0.3)) body.safetySettings = [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', threshold: 'BLOCK_ONLY_HIGH' }];
  return body;
}

/** A Gemini generateContent body of about `targetChars` characters (pretty-printed): a long agent conversation. */
export function generateGeminiContents(targetChars: number, seed: number): GeneratedJson {
  const rng = createRng(seed);
  const scale = Math.max(0.05, Math.min(1, targetChars / 1_000_000));
  const contents: unknown[] = [{ role: 'user', parts: [{ text: paragraph(rng, 2, 5) }] }];
  const body: Record<string, unknown> = {
    systemInstruction: { parts: [{ text: systemPrompt(rng) }] },
    contents,
    tools: [{ functionDeclarations: TOOLS.map((t) => ({ name: t.name, description: t.description, parameters: stripAdditional(t.parameters) })) }],
    toolConfig: { functionCallingConfig: { mode: 'AUTO' } },
    generationConfig: { temperature: 0.3, maxOutputTokens: 8192, topP: 0.95, thinkingConfig: { thinkingBudget: 2048 } },
    safetySettings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', threshold: 'BLOCK_ONLY_HIGH' }],
  };
  let size = prettySize(body, 0);
  while (size < targetChars) {
    const calls = [];
    for (let i = rng.int(1, 3); i > 0; i--) {
      const tool = rng.pick(TOOLS);
      calls.push({ functionCall: { name: tool.name, args: toolArgs(rng, tool.name) } });
    }
    const turn: unknown[] = [{ role: 'model', parts: rng.chance(0.4) ? [{ text: sentence(rng) }, ...calls] : calls }];
    const responses: unknown[] = calls.map((c) => ({
      functionResponse: { name: c.functionCall.name, response: { name: c.functionCall.name, content: toolOutput(rng, c.functionCall.name, outputSize(rng, scale)) } },
    }));
    if (rng.chance(0.1)) responses.push({ inlineData: { mimeType: 'image/png', data: randomBase64(rng, rng.int(8_000, 60_000)) } });
    turn.push({ role: 'user', parts: responses });
    if (rng.chance(0.3)) turn.push({ role: 'model', parts: [{ text: prose(rng, rng.int(300, 2500)) }] }, { role: 'user', parts: [{ text: paragraph(rng, 1, 3) }] });
    for (const c of turn) {
      contents.push(c);
      size += prettySize(c, 2) + 2;
    }
  }
  const text = JSON.stringify(body, null, 2) + '\n';
  return { text, value: body, messages: contents.length };
}

/** Gemini's schema subset has no additionalProperties / default / format: uri; drop them like real callers do. */
function stripAdditional(schema: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema, (k, v) => (k === 'additionalProperties' || k === 'default' || k === 'format' ? undefined : v)));
}

// ---------------------------------------------------------------------------------------------
// One huge image

/**
 * An OpenAI chat body that is almost all one base64 image: a short conversation whose last user turn
 * carries a data URL of about `base64Chars` characters (a screenshot pasted at full resolution).
 */
export function generateBigImageChat(base64Chars: number, seed: number): GeneratedJson {
  const rng = createRng(seed);
  const messages: OpenAiMessage[] = [
    { role: 'system', content: SYSTEM_PROMPT_HEAD },
    { role: 'user', content: paragraph(rng, 1, 3) },
    { role: 'assistant', content: paragraph(rng, 1, 2) },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'What is wrong in this screenshot?' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,' + randomBase64(rng, Math.floor((base64Chars * 3) / 4)), detail: 'high' } },
      ],
    },
  ];
  const body = { model: 'gpt-4.1', messages, max_completion_tokens: 2048, temperature: 0.2 };
  return { text: JSON.stringify(body, null, 2) + '\n', value: body, messages: messages.length };
}

// ---------------------------------------------------------------------------------------------
// .http file

export type HttpApi = 'openai-chat' | 'anthropic-messages' | 'gemini-generate';

export type HttpUnitInfo = {
  api: HttpApi;
  /** Offsets of the JSON body inside the file text (half-open). */
  bodyStart: number;
  bodyEnd: number;
};

export type GeneratedHttp = {
  text: string;
  units: HttpUnitInfo[];
  /**
   * A run of lowercase letters inside a JSON string value of the middle request's body:
   * replacing any of them with another lowercase letter is a one-character edit that keeps
   * the file valid. Used by the re-lint measurement.
   */
  editRange: { unit: number; start: number; end: number };
  /** The deliberate mistakes (0-based unit index and what it is). */
  defects: { unit: number; defect: string }[];
};

function smallOpenAiBody(rng: Rng, scale: number): Record<string, unknown> {
  const messages: OpenAiMessage[] = [{ role: 'system', content: rng.chance(0.5) ? SYSTEM_PROMPT_HEAD : 'You are a helpful assistant. Answer in {{language}}.' }];
  messages.push(openAiUserMessage(rng, scale));
  for (let t = rng.int(0, 2); t > 0; t--) messages.push(...openAiTurn(rng, scale));
  if (messages[messages.length - 1].role !== 'user' && messages[messages.length - 1].role !== 'tool') messages.push({ role: 'user', content: paragraph(rng, 1, 3) });
  const body: Record<string, unknown> = { model: rng.pick(['{{model}}', 'gpt-4o', 'gpt-4.1-mini', 'o4-mini', '{{relay_model}}']), messages };
  if (rng.chance(0.6)) body.tools = TOOLS.slice(0, rng.int(1, TOOLS.length)).map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: t.parameters } }));
  if (rng.chance(0.5)) body.temperature = rng.pick([0, 0.2, 0.7, 1]);
  if (rng.chance(0.4)) body.max_completion_tokens = rng.pick([256, 1024, 4096]);
  if (rng.chance(0.3)) body.response_format = { type: 'json_object' };
  if (rng.chance(0.3)) body.stream = true;
  if (rng.chance(0.2)) body.user = '{{user_id}}';
  return body;
}

function smallAnthropicBody(rng: Rng, scale: number): Record<string, unknown> {
  const messages: { role: string; content: string | Block[] }[] = [{ role: 'user', content: paragraph(rng, 1, 4) }];
  for (let t = rng.int(0, 2); t > 0; t--) {
    const uses: { id: string; name: string }[] = [];
    const assistant: Block[] = rng.chance(0.5) ? [{ type: 'text', text: sentence(rng) }] : [];
    for (let i = rng.int(1, 2); i > 0; i--) {
      const tool = rng.pick(TOOLS);
      const id = randomId(rng, 'toolu_01', 22);
      uses.push({ id, name: tool.name });
      assistant.push({ type: 'tool_use', id, name: tool.name, input: toolArgs(rng, tool.name) });
    }
    messages.push({ role: 'assistant', content: assistant });
    messages.push({ role: 'user', content: uses.map((u) => anthropicToolResult(rng, u.id, u.name, scale)) });
  }
  if (rng.chance(0.2)) {
    const last = messages[messages.length - 1];
    const blocks: Block[] = typeof last.content === 'string' ? [{ type: 'text', text: last.content }] : last.content;
    blocks.push(anthropicImageBlock(rng, scale));
    last.content = blocks;
  }
  const body: Record<string, unknown> = {
    model: rng.pick(['claude-sonnet-4-5', 'claude-opus-4-1', 'claude-3-5-haiku-latest', '{{claude_model}}']),
    max_tokens: rng.pick([1024, 4096, 8192]),
    messages,
  };
  if (rng.chance(0.7)) body.system = rng.chance(0.5) ? SYSTEM_PROMPT_HEAD : [{ type: 'text', text: SYSTEM_PROMPT_HEAD, cache_control: { type: 'ephemeral' } }];
  if (rng.chance(0.6)) body.tools = TOOLS.slice(0, rng.int(1, TOOLS.length)).map((t) => ({ name: t.name, description: t.description, input_schema: t.parameters }));
  if (rng.chance(0.2)) body.thinking = { type: 'enabled', budget_tokens: 2048 };
  if (rng.chance(0.3)) body.metadata = { user_id: '{{user_id}}' };
  return body;
}

function requestBlock(rng: Rng, i: number, api: HttpApi, body: Record<string, unknown>, firstParty: boolean): { head: string; body: string } {
  const name = `${api}-${i}`;
  const title = `### ${i}: ${sentence(rng, 3, 7).slice(0, -1)}`;
  const lines = [title, `# @name ${name}`];
  if (rng.chance(0.2)) lines.push(`# ${sentence(rng, 5, 12)}`);
  switch (api) {
    case 'openai-chat': {
      const randomHost = rng.pick(['{{openai}}', '{{openai}}', '{{relay}}/v1', 'https://api.openai.com/v1']);
      const host = firstParty ? 'https://api.openai.com/v1' : randomHost; // relays accept unknown parameters
      lines.push(`POST ${host}/chat/completions HTTP/1.1`);
      lines.push(`Authorization: Bearer {{${host.includes('relay') ? 'RELAY_KEY' : 'OPENAI_API_KEY'}}}`);
      lines.push('Content-Type: application/json');
      if (rng.chance(0.4)) lines.push('OpenAI-Organization: {{org_id}}');
      break;
    }
    case 'anthropic-messages':
      lines.push(`POST ${rng.pick(['{{anthropic}}', 'https://api.anthropic.com/v1'])}/messages`);
      lines.push('x-api-key: {{ANTHROPIC_API_KEY}}');
      lines.push('anthropic-version: 2023-06-01');
      if (rng.chance(0.3)) lines.push('anthropic-beta: prompt-caching-2024-07-31');
      lines.push('content-type: application/json');
      break;
    case 'gemini-generate':
      lines.push(`POST {{gemini}}/models/${rng.pick(['gemini-2.5-flash', 'gemini-2.5-pro', '{{gemini_model}}'])}:generateContent`);
      lines.push('x-goog-api-key: {{GEMINI_API_KEY}}');
      lines.push('Content-Type: application/json');
      break;
  }
  if (rng.chance(0.5)) lines.push('X-Request-Id: {{$guid}}');
  if (rng.chance(0.3)) lines.push(`User-Agent: bench-client/${rng.int(1, 3)}.${rng.int(0, 9)}`);
  return { head: lines.join('\n') + '\n\n', body: JSON.stringify(body, null, 2) };
}

/** A `.http` file of `count` requests mixing OpenAI chat, Anthropic messages and Gemini generateContent. */
export function generateHttpFile(count: number, seed: number): GeneratedHttp {
  const rng = createRng(seed);
  const scale = 0.04; // keep each request to a few KB, like hand-written request collections
  let text = [
    '# Request collection for the agent backend (generated for benchmarks).',
    '@openai = https://api.openai.com/v1',
    '@anthropic = https://api.anthropic.com/v1',
    '@gemini = https://generativelanguage.googleapis.com/v1beta',
    '@relay = https://llm-gateway.internal.example.com',
    '@model = gpt-4o',
    '@relay_model = deepseek-chat',
    '@claude_model = claude-sonnet-4-5',
    '@gemini_model = gemini-2.5-flash',
    '@language = English',
    '@user_id = bench-user-1',
    '',
    '',
  ].join('\n');
  const units: HttpUnitInfo[] = [];
  const defects: GeneratedHttp['defects'] = [];
  for (let i = 1; i <= count; i++) {
    const r = rng.next();
    const planned = DEFECT_PLAN.get(i);
    const api: HttpApi = planned?.api ?? (r < 0.4 ? 'openai-chat' : r < 0.75 ? 'anthropic-messages' : 'gemini-generate');
    const body = api === 'openai-chat' ? smallOpenAiBody(rng, scale) : api === 'anthropic-messages' ? smallAnthropicBody(rng, scale) : geminiBody(rng, rng.int(0, 2), scale);
    if (planned) defects.push({ unit: i - 1, defect: planned.inject(body) });
    const block = requestBlock(rng, i, api, body, Boolean(planned));
    text += block.head;
    const bodyStart = text.length;
    text += block.body;
    units.push({ api, bodyStart, bodyEnd: text.length });
    text += '\n\n';
  }
  const mid = Math.floor(units.length / 2);
  const editRange = findEditRange(text, units[mid].bodyStart, units[mid].bodyEnd);
  return { text, units, editRange: { unit: mid, ...editRange }, defects };
}

/**
 * Deliberate, realistic mistakes, so both our linter and the schema validator have something to
 * report. Everything else in the generated payloads is meant to be valid.
 */
const DEFECT_PLAN = new Map<number, { api: HttpApi; inject: (body: Record<string, unknown>) => string }>([
  [25, {
    api: 'openai-chat',
    inject: (body) => {
      body.enable_thinking = false; // DashScope-only parameter sent to OpenAI itself
      return 'openai-chat: unknown parameter enable_thinking';
    },
  }],
  [75, {
    api: 'anthropic-messages',
    inject: (body) => {
      const first = (body.messages as { content: string | Block[] }[])[0];
      first.content = [{ type: 'text', text: '' }, ...(typeof first.content === 'string' ? [{ type: 'text', text: first.content }] : first.content)];
      return 'anthropic-messages: empty text block';
    },
  }],
  [125, {
    api: 'gemini-generate',
    inject: (body) => {
      body.labels = { team: 'bench' }; // Vertex AI only; the Gemini API rejects it
      return 'gemini-generate: labels (Vertex-only) sent to the Gemini API';
    },
  }],
  [175, {
    api: 'openai-chat',
    inject: (body) => {
      const first = (body.messages as Record<string, unknown>[]).find((m) => m.role === 'user')!;
      first.content = [{ type: 'text', text: '' }, ...(typeof first.content === 'string' ? [{ type: 'text', text: first.content }] : (first.content as unknown[]))];
      return 'openai-chat: empty text part';
    },
  }],
]);

export function findEditRange(text: string, from: number, to: number): { start: number; end: number } {
  const re = /"(?:text|content)": "([^"\\]{24,})/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const valueStart = m.index + m[0].length - m[1].length;
    // Keep the lowercase-letter run of the first word long enough to edit.
    const run = /[a-z]{3,}/.exec(m[1]);
    if (run) return { start: valueStart + run.index, end: valueStart + run.index + run[0].length };
  }
  throw new Error('generate: no editable string in the middle request');
}

// ---------------------------------------------------------------------------------------------
// The benchmark's payload set

export type Payload =
  | { id: string; kind: 'json'; api: HttpApi; text: string; filePath: string; messages: number }
  | { id: string; kind: 'http'; text: string; filePath: string; http: GeneratedHttp };

export const DEFAULT_SEED = 20250101;

export function generatePayloads(seed = DEFAULT_SEED): Payload[] {
  const chatSmall = generateOpenAiChat(1_800_000, seed);
  const chatLarge = generateOpenAiChat(18_000_000, seed + 1);
  const http = generateHttpFile(200, seed + 2);
  const anthropic = generateAnthropicMessages(1_800_000, seed + 3);
  const gemini = generateGeminiContents(1_800_000, seed + 4);
  const image = generateBigImageChat(10_000_000, seed + 5);
  return [
    { id: 'openai-chat-1.8MB', kind: 'json', api: 'openai-chat', text: chatSmall.text, filePath: 'bench/.out/openai-chat-1.8MB.json', messages: chatSmall.messages },
    { id: 'openai-chat-18MB', kind: 'json', api: 'openai-chat', text: chatLarge.text, filePath: 'bench/.out/openai-chat-18MB.json', messages: chatLarge.messages },
    { id: 'requests-200.http', kind: 'http', text: http.text, filePath: 'bench/.out/requests-200.http', http },
    { id: 'anthropic-1.8MB', kind: 'json', api: 'anthropic-messages', text: anthropic.text, filePath: 'bench/.out/anthropic-1.8MB.json', messages: anthropic.messages },
    { id: 'gemini-1.8MB', kind: 'json', api: 'gemini-generate', text: gemini.text, filePath: 'bench/.out/gemini-1.8MB.json', messages: gemini.messages },
    { id: 'image-10MB', kind: 'json', api: 'openai-chat', text: image.text, filePath: 'bench/.out/image-10MB.json', messages: image.messages },
  ];
}

/** Writes the payloads under `dir` (bench/.out by default), for inspection or for the CLI. */
export function writePayloads(payloads: Payload[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return payloads.map((p) => {
    const file = join(dir, p.filePath.split('/').pop()!);
    writeFileSync(file, p.text);
    return file;
  });
}
