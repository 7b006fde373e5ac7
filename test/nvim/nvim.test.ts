// Neovim's built-in LSP client (a real client no one here wrote) against dist/server.js.
// Run: node --import tsx --test test/nvim/nvim.test.ts     (needs `node esbuild.mjs` first)
// Skips, saying why, when `nvim` is not installed (scripts/setup-editors.sh installs it).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byPos, cliFindings as cliFindingsIn, runNvim as runNvimWith, type CliDiag, type Range } from './harness.ts';

const cliFindings = (rel: string) => cliFindingsIn(root, rel);
const runNvim = (outFile: string, extraEnv: Record<string, string> = {}) => runNvimWith(root, outFile, { NVIM_CHECK_FILES: BAD, NVIM_CHECK_CLEAN: CLEAN, ...extraEnv });

const root = path.resolve(typeof __dirname === 'string' ? path.join(__dirname, '../..') : process.cwd());
const BAD = 'examples/requests.http';
const CLEAN = 'examples/clean.http';
const EXPECTED_RULES = ['unknown-parameter', 'empty-text-block', 'tool-result-unmatched'];
const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3, information: 3, hint: 4 };

interface Pos { line: number; character: number }
interface LspDiag { range: Range; severity?: number; code?: string | number; source?: string; message: string;
  codeDescription?: { href: string } }
interface VimDiag { lnum: number; col: number; end_lnum: number; end_col: number; severity: number;
  code?: string; source?: string; message: string }
interface FileResult { file: string; uri: string; filetype: string; received: boolean; ms: number; publishes: number;
  lsp: LspDiag[]; vim: VimDiag[]; hover?: { position: Pos; code?: string; err?: string; text: string } }
interface NvimResult { nvim: string; error?: string; log: string[]; total_ms: number;
  files: FileResult[]; clean: (Omit<FileResult, 'received' | 'ms' | 'hover'> & { waited_ms: number })[];
  server?: { name: string; offset_encoding: string; hover_provider: boolean };
  explain?: { file: string; position?: Pos; err?: string; text: string; range?: Range } }

function nvimSkipReason(): string | false {
  if (process.env.LLM_PREFLIGHT_SKIP_NVIM === '1') return 'LLM_PREFLIGHT_SKIP_NVIM=1';
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    return 'nvim is not installed (run scripts/setup-editors.sh or `apt-get install neovim`): skipping the Neovim LSP test';
  }
  return false;
}
const skip = nvimSkipReason();
if (skip) console.log(`SKIP Neovim test: ${skip}`);

function requireBuilt(): void {
  for (const f of ['dist/server.js', 'dist/cli.js']) {
    assert.ok(existsSync(path.join(root, f)), `${f} is missing: run \`node esbuild.mjs\` before this test`);
  }
}

describe('Neovim 0.7 headless as an LSP client of dist/server.js', { skip, timeout: 120_000 }, () => {
  let res: NvimResult;
  let cli: { rule: string; severity: number; range: Range }[];
  let dir = '';
  const sorted = <T extends { rule: string; range: Range }>(xs: T[]) =>
    xs.sort(byPos((x) => [x.range.start.line, x.range.start.character, x.rule]));

  before(async () => {
    requireBuilt();
    const expected = cliFindings(BAD);
    assert.deepEqual(cliFindings(CLEAN), [], `the CLI itself reports findings in ${CLEAN}`);
    for (const rule of EXPECTED_RULES) {
      assert.ok(expected.some((d) => d.rule === rule), `the CLI does not report ${rule} for ${BAD}: ${expected.map((d) => d.rule)}`);
    }
    cli = sorted(expected.map((d) => ({ rule: d.rule, severity: SEVERITY[d.severity], range: d.range })));
    dir = mkdtempSync(path.join(tmpdir(), 'llm-preflight-nvim-'));
    const outFile = path.join(dir, 'result.json');
    const run = await runNvim(outFile);
    assert.ok(existsSync(outFile), `nvim wrote no result (exit ${run.code}); stderr: ${run.stderr}`);
    res = JSON.parse(readFileSync(outFile, 'utf8')) as NvimResult;
    assert.equal(res.error, undefined, `check.lua failed: ${res.error}\nlog: ${res.log.join('\n')}`);
    assert.equal(run.code, 0, `nvim exited ${run.code}; stderr: ${run.stderr}`);
    console.log(`nvim ${res.nvim}: whole run ${run.ms} ms; diagnostics after ${res.files[0]?.ms} ms; clean file watched ${res.clean[0]?.waited_ms} ms`);
  });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it(`receives pushed diagnostics for ${BAD} identical to \`llm-preflight check --format json\``, () => {
    const bad = res.files[0];
    assert.ok(bad, 'no result for the dirty file');
    assert.equal(bad.filetype, 'http');
    assert.ok(bad.received, `no diagnostics pushed for ${BAD} within the timeout; log: ${res.log.join('\n')}`);
    // What the server pushed over the wire: same rules, severities and exact ranges as the CLI.
    const wire = sorted(bad.lsp.map((d) => ({ rule: String(d.code), severity: d.severity ?? 0, range: d.range })));
    assert.deepEqual(wire, cli, 'LSP diagnostics (as received by Neovim) differ from the CLI');
    for (const d of bad.lsp) assert.equal(d.source, 'llm-preflight', `diagnostic ${d.code} has source ${d.source}`);
  });

  it('shows them in vim.diagnostic on the same lines and columns', () => {
    // (Neovim columns are bytes; the example file is ASCII, so they equal UTF-16 characters.)
    const shown = res.files[0].vim.map((d) => [d.code, d.lnum, d.col, d.end_lnum, d.end_col, d.severity]);
    const want = cli.map((d) => [d.rule, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity]);
    assert.deepEqual(shown.sort(), want.sort(), 'vim.diagnostic.get() differs from the CLI findings');
  });

  it('answers textDocument/hover at a finding with its docs link and the provider\'s labelled answer, not the message again', () => {
    const bad = res.files[0];
    assert.ok(res.server?.hover_provider, 'server does not advertise hoverProvider');
    assert.ok(bad.hover, 'no hover was requested (no finding?)');
    assert.equal(bad.hover.err ?? undefined, undefined, `hover request failed: ${bad.hover.err}`);
    assert.ok(bad.hover.text.length > 0, `empty hover at ${JSON.stringify(bad.hover.position)}`);
    // The message is the diagnostic's (Neovim shows it beside the line); the hover adds what it lacks.
    assert.match(bad.hover.text, new RegExp(`^\\[Rule documentation\\]\\(file://[^)]*/rules/${bad.hover.code}/README\\.md\\)`),
      `hover at ${JSON.stringify(bad.hover.position)} does not start with the docs link of ${bad.hover.code}:\n${bad.hover.text}`);
    assert.match(bad.hover.text, /\n[A-Z][\w ]* answers: `/, `the hover does not label the provider's answer:\n${bad.hover.text}`);
    for (const d of bad.lsp) assert.ok(!bad.hover.text.includes(d.message), `the hover repeats a message:\n${bad.hover.text}`);
  });

  it('explains a pasted error on hover in a plain-text log, like `llm-preflight explain`', () => {
    const explain = res.explain;
    assert.ok(explain?.position, `no "overloaded_error" in ${explain?.file}`);
    assert.equal(explain.err ?? undefined, undefined, `hover request failed: ${explain.err}`);
    const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'explain', 'examples/errors.log', '--format', 'json'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 0, r.stderr);
    const cli = (JSON.parse(r.stdout) as { range: Range; title: string; fault: string }[]).find((x) => x.range.start.line === explain.position!.line);
    assert.ok(cli, 'the CLI explains that line too');
    const plain = explain.text.replace(/\\(.)/g, '$1');
    assert.ok(plain.includes(cli.title), `hover lacks the title ${JSON.stringify(cli.title)}:\n${plain}`);
    assert.deepEqual(explain.range, cli.range, 'hover range = the payload range the CLI reports');
  });

  it(`keeps ${CLEAN} clean for at least as long as ${BAD} took (>= 2 s)`, () => {
    const clean = res.clean[0];
    assert.ok(clean, 'no result for the clean file');
    assert.equal(clean.filetype, 'http');
    assert.ok(clean.waited_ms >= 1900, `waited only ${clean.waited_ms} ms on ${CLEAN}`);
    assert.deepEqual(clean.vim, [], `${CLEAN} got diagnostics in Neovim: ${JSON.stringify(clean.vim)}`);
    assert.deepEqual(clean.lsp, [], `${CLEAN} got diagnostics over LSP: ${JSON.stringify(clean.lsp)}`);
    assert.ok(!res.log.some((l) => /exited code=[1-9]/.test(l)), `server crashed: ${res.log.join('\n')}`);
  });

  it('shows zh-cn messages when llmPreflight.locale is zh-cn, word for word the CLI\'s --locale zh-cn', async () => {
    const outFile = path.join(dir, 'result-zh-cn.json');
    const run = await runNvim(outFile, { NVIM_CHECK_LOCALE: 'zh-cn' });
    assert.ok(existsSync(outFile), `nvim wrote no result (exit ${run.code}); stderr: ${run.stderr}`);
    const zh = JSON.parse(readFileSync(outFile, 'utf8')) as NvimResult;
    assert.equal(zh.error, undefined, `check.lua failed: ${zh.error}`);
    const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'check', BAD, '--format', 'json', '--locale', 'zh-cn'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    const cliZh = (JSON.parse(r.stdout) as { file: string; diagnostics: CliDiag[] }[])[0].diagnostics;
    const shown = zh.files[0].vim.map((d) => `${d.code} ${d.lnum}:${d.col} ${d.message}`).sort();
    const want = cliZh.map((d) => `${d.rule} ${d.range.start.line}:${d.range.start.character} ${d.message}`).sort();
    assert.deepEqual(shown, want, 'Neovim shows the CLI\'s zh-cn messages');
    const translated = zh.files[0].vim.find((d) => d.code === 'unknown-parameter');
    assert.ok(translated && /[\u4e00-\u9fff]/.test(translated.message) && translated.message.endsWith('。'), `not a zh-cn message: ${translated?.message}`);
  });

  it('links every finding to its rule documentation (codeDescription.href)', () => {
    const problems: string[] = [];
    for (const d of res.files[0].lsp) {
      const href = d.codeDescription?.href;
      if (!href) { problems.push(`${d.code}: no codeDescription.href`); continue; }
      if (href.startsWith('file:') && !existsSync(fileURLToPath(href))) problems.push(`${d.code}: ${href} does not exist`);
      else if (!/^(file|https?):/.test(href)) problems.push(`${d.code}: odd href ${href}`);
    }
    assert.deepEqual(problems, []);
  });
});
