// The CLI's ESLint/Ruff habits (issue 11): util.parseArgs options, per-command help, standard input,
// patterns that match nothing, skipped files, file errors in words, --quiet, --max-warnings, --env, the
// compact and github formats, a validated config. Rule messages are not pinned (they are being rewritten):
// the tests pin rule ids, positions, exit codes and format structure.
// Run: node --import tsx --test test/cli/habits.test.ts
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../protocol/client.ts';
import { runCli } from './run-cli.ts';
import { CHECK_OPTIONS, EXPLAIN_OPTIONS } from '../../server/src/cli/options.ts';

interface Diag { rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
interface Report { file: string; diagnostics: Diag[] }

const ANTHROPIC_HEADERS = 'content-type: application/json\nx-api-key: {{KEY}}\nanthropic-version: 2023-06-01\n';
/** One error (a typo'd parameter) on line 7 of a first-party Anthropic request. */
const TYPO_HTTP = `POST https://api.anthropic.com/v1/messages\n${ANTHROPIC_HEADERS}\n{\n  "model": "claude-sonnet-4-5",\n  "temprature": 1,\n  "max_tokens": 100,\n  "messages": [{"role": "user", "content": "hi"}]\n}\n`;
/** Rules report in rule order: the body finding (line 4) comes before the header findings (line 1) unsorted. */
const UNSORTED_HTTP = 'POST https://api.anthropic.com/v1/messages\ncontent-type: application/json\n\n{\n  "model": "claude-sonnet-4-5",\n  "messages": [{"role": "user", "content": "hi"}]\n}\n';
/** A first-party request whose only finding is a warning (no Content-Type header). */
const WARNING_HTTP = 'POST https://api.anthropic.com/v1/messages\nx-api-key: {{KEY}}\nanthropic-version: 2023-06-01\n\n{"model": "claude-sonnet-4-5", "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]}\n';

let tmp: string;
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-habits-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder under tmp with these files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmp, 'p-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function json(r: { stdout: string; stderr: string; status: number | null }): Report[] {
  try {
    return JSON.parse(r.stdout);
  } catch {
    return assert.fail(`not JSON (exit ${r.status}): ${r.stdout.slice(0, 300)}\n${r.stderr}`);
  }
}

const rulesOf = (reports: Report[]) => reports.flatMap((r) => r.diagnostics.map((d) => d.rule));

describe('options (util.parseArgs)', () => {
  it('--format=json and --format json print the same', () => {
    const dir = project({ 'a.http': TYPO_HTTP });
    const spaced = runCli(['check', 'a.http', '--format', 'json'], { cwd: dir });
    const joined = runCli(['check', 'a.http', '--format=json'], { cwd: dir });
    assert.equal(spaced.status, 1);
    assert.equal(joined.status, 1);
    assert.equal(joined.stdout, spaced.stdout);
    assert.deepEqual(rulesOf(json(joined)), ['unknown-parameter']);
  });

  it('an unknown option, command or value: exit 2, one line with a did-you-mean, then where the options are', () => {
    const cases: [string[], RegExp][] = [
      [['check', '--formt', 'json'], /unknown option "--formt"; did you mean "--format"\?/],
      [['check', '--format=jsn'], /unknown format "jsn"; did you mean "json"\?/],
      [['check', '--api', 'anthropic-message'], /unknown api "anthropic-message"; did you mean "anthropic-messages"\?/],
      [['explain', '--locale', 'zh_cn'], /unknown locale "zh_cn"; did you mean "zh-cn"\?/],
      [['chek'], /unknown command "chek"; did you mean "check"\?/],
      [[], /missing command \(check or explain\)/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '');
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 2, r.stderr);
      assert.match(lines[0], message);
      assert.match(lines[1], /llm-preflight (check |explain )?--help/);
    }
  });

  it('bad values: a missing value, a value on a flag, a negative --max-warnings, --stdin-filename without -', () => {
    for (const args of [['check', '--api'], ['check', '--quiet=yes'], ['check', '--max-warnings', '-1'], ['check', '--max-warnings=many'], ['check', 'x.http', '--stdin-filename', 'a.http'], ['check', '-', '--fix'], ['check', '-', 'x.http']]) {
      const r = runCli(args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^llm-preflight: .+\n/);
    }
  });

  it('check --help and explain --help describe every option of their command, with values and defaults', () => {
    const check = runCli(['check', '--help']);
    const explain = runCli(['explain', '--help']);
    assert.equal(check.status, 0);
    assert.equal(explain.status, 0);
    assert.notEqual(check.stdout, explain.stdout);
    for (const [help, table] of [[check.stdout, CHECK_OPTIONS], [explain.stdout, EXPLAIN_OPTIONS]] as const) {
      for (const [name, spec] of Object.entries(table)) {
        assert.match(help, new RegExp(`--${name}\\b`), `--${name} in help`);
        if (spec.default) assert.ok(help.includes(`default: ${spec.default}`), `default of --${name}`);
        for (const choice of spec.choices ?? []) assert.ok(help.includes(choice), `${choice} of --${name}`);
      }
    }
    assert.match(check.stdout, /Exit codes/);
    assert.match(explain.stdout, /--follow +explain errors as they stream past; the input is passed through unchanged/);
  });

  it('--version prints the package version', () => {
    const r = runCli(['--version']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('explain --follow is a known option (not a usage error)', () => {
    const r = runCli(['explain', '--follow', '-'], { input: 'HTTP/1.1 529\n{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n' });
    assert.doesNotMatch(r.stderr, /unknown option/);
  });
});

describe('findings', () => {
  it('are sorted by file, then position', () => {
    const dir = project({ 'b.http': UNSORTED_HTTP, 'a.http': UNSORTED_HTTP });
    const reports = json(runCli(['check', '.', '--format', 'json'], { cwd: dir }));
    assert.deepEqual(reports.map((r) => r.file), ['a.http', 'b.http']);
    for (const report of reports) {
      const starts = report.diagnostics.map((d) => d.range.start.line * 1e6 + d.range.start.character);
      assert.ok(starts.length >= 2, `a header and a body finding: ${rulesOf([report])}`);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b), `${report.file}: ${JSON.stringify(report.diagnostics.map((d) => [d.rule, d.range.start]))}`);
    }
  });
});

describe('standard input (check -)', () => {
  it('--stdin-filename names the document: its kind, and the name in the report', () => {
    const dir = project({});
    const r = runCli(['check', '-', '--stdin-filename', 'requests/a.http', '--format', 'json'], { cwd: dir, input: TYPO_HTTP });
    assert.equal(r.status, 1, r.stderr);
    const reports = json(r);
    assert.deepEqual(reports.map((x) => x.file), [path.join('requests', 'a.http')]);
    assert.deepEqual(rulesOf(reports), ['unknown-parameter']);
    assert.equal(reports[0].diagnostics[0].range.start.line, 7);
  });

  it('without --stdin-filename a text starting with { is JSON (named <stdin>), anything else .http', () => {
    const body = '{\n  "model": "claude-sonnet-4-5",\n  "messages": [{"role": "user", "content": "hi"}]\n}\n';
    const asJson = runCli(['check', '-', '--api', 'anthropic-messages', '--format', 'json'], { input: body });
    assert.equal(asJson.status, 1, asJson.stderr);
    assert.deepEqual(json(asJson).map((x) => x.file), ['<stdin>']);
    assert.deepEqual(rulesOf(json(asJson)), ['missing-required-field']);
    const asHttp = runCli(['check', '-', '--format', 'json'], { input: TYPO_HTTP });
    assert.deepEqual(rulesOf(json(asHttp)), ['unknown-parameter']);
  });

  it('a bare check with input piped lints the working directory, as Ruff does (the input is not read)', () => {
    const dir = project({ 'clean.http': WARNING_HTTP });
    const r = runCli(['check', '--format', 'json'], { cwd: dir, input: TYPO_HTTP });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(json(r).map((x) => x.file), ['clean.http']);
  });
});

describe('inputs that give nothing to lint', () => {
  it('a glob, a path or a directory that matches no file: exit 2, in words', () => {
    const dir = project({ 'notes.txt': 'hello' });
    const cases: [string, RegExp][] = [
      ['nothing/*.http', /no file matches the pattern "nothing\/\*\.http"/],
      ['missing.http', /missing\.http: no such file or directory/],
      ['.', /\.: no \.http, .* file in this directory/],
    ];
    for (const [pattern, message] of cases) {
      const r = runCli(['check', pattern], { cwd: dir });
      assert.equal(r.status, 2, pattern);
      assert.match(r.stderr, message);
    }
  });

  it('a skipped file is said on stderr and in the summary, and is not a problem', () => {
    const dir = project({ 'notes.txt': 'hello', 'a.http': WARNING_HTTP });
    const r = runCli(['check', 'notes.txt', 'a.http'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /skipped notes\.txt: not a \.http/);
    assert.match(r.stdout, /1 problem \(0 errors, 1 warning, 0 info\), 1 file skipped/);
    const only = runCli(['check', 'notes.txt'], { cwd: dir });
    assert.match(only.stdout, /No problems in 0 files, 1 file skipped\./);
    assert.deepEqual(json(runCli(['check', 'notes.txt', '--format', 'json'], { cwd: dir })), [{ file: 'notes.txt', diagnostics: [] }]);
    const sarif = JSON.parse(runCli(['check', 'notes.txt', 'a.http', '--format', 'sarif'], { cwd: dir }).stdout).runs[0];
    assert.equal(sarif.results.length, 1, 'the warning is the only result');
    const [invocation] = sarif.invocations;
    assert.equal(invocation.executionSuccessful, true);
    assert.deepEqual(invocation.toolExecutionNotifications.map((n: any) => [n.level, n.locations[0].physicalLocation.artifactLocation.uri]), [['note', 'notes.txt']]);
    assert.match(invocation.toolExecutionNotifications[0].message.text, /^Skipped: not a \.http/);
  });

  it('file errors in words: explain on a directory and on a missing file (exit 2)', () => {
    const dir = project({ 'folder/a.log': 'x' });
    const folder = runCli(['explain', 'folder'], { cwd: dir });
    assert.equal(folder.status, 2);
    assert.match(folder.stderr, /cannot read folder: is a directory \(EISDIR\)/);
    const gone = runCli(['explain', 'gone.log'], { cwd: dir });
    assert.equal(gone.status, 2);
    assert.match(gone.stderr, /cannot read gone\.log: no such file or directory \(ENOENT\)/);
  });

  it('file errors in words: check on an unreadable file (exit 2)', { skip: process.getuid?.() === 0 && 'root reads a chmod 000 file' }, () => {
    const dir = project({ 'locked.http': TYPO_HTTP });
    chmodSync(path.join(dir, 'locked.http'), 0);
    const r = runCli(['check', 'locked.http'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read locked\.http: permission denied \(EACCES\)/);
  });
});

describe('--quiet and --max-warnings', () => {
  it('--quiet drops warnings; --max-warnings counts them (also with --quiet) and exits 1 above the limit', () => {
    const dir = project({ 'a.http': WARNING_HTTP });
    const plain = runCli(['check', 'a.http', '--format', 'json'], { cwd: dir });
    assert.equal(plain.status, 0);
    assert.deepEqual(json(plain)[0].diagnostics.map((d) => d.severity), ['warning']);
    const quiet = runCli(['check', 'a.http', '--quiet', '--format', 'json'], { cwd: dir });
    assert.equal(quiet.status, 0);
    assert.deepEqual(json(quiet)[0].diagnostics, []);
    assert.equal(runCli(['check', 'a.http', '--max-warnings', '1'], { cwd: dir }).status, 0);
    for (const args of [['--max-warnings', '0'], ['--max-warnings=0', '--quiet']]) {
      const over = runCli(['check', 'a.http', ...args], { cwd: dir });
      assert.equal(over.status, 1, args.join(' '));
      assert.match(over.stderr, /1 warning, more than --max-warnings 0/);
    }
  });
});

describe('formats compact and github', () => {
  let dir: string;
  let reports: Report[];
  before(() => {
    dir = project({ 'a.http': TYPO_HTTP, 'sub/b.http': UNSORTED_HTTP, 'c.http': WARNING_HTTP });
    reports = json(runCli(['check', '.', '--format', 'json'], { cwd: dir }));
  });
  const flat = () => reports.flatMap((r) => r.diagnostics.map((d) => ({ ...d, file: r.file })));

  it('compact: one line per finding (path: line, col, Severity - message (rule)), then the count', () => {
    const r = runCli(['check', '.', '--format', 'compact'], { cwd: dir });
    assert.equal(r.status, 1);
    const lines = r.stdout.trimEnd().split('\n');
    const expected = flat();
    assert.equal(lines.length, expected.length + 2);
    expected.forEach((d, i) => {
      const level = { error: 'Error', warning: 'Warning', info: 'Info' }[d.severity];
      assert.ok(lines[i].startsWith(`${d.file}: line ${d.range.start.line + 1}, col ${d.range.start.character + 1}, ${level} - `), lines[i]);
      assert.ok(lines[i].endsWith(` (${d.rule})`), lines[i]);
    });
    assert.equal(lines.at(-1), `${expected.length} problems`);
  });

  it('github: a workflow command per finding, 1-based span, title with the rule id', () => {
    const r = runCli(['check', '.', '--format', 'github'], { cwd: dir });
    assert.equal(r.status, 1);
    const lines = r.stdout.trimEnd().split('\n');
    const expected = flat();
    assert.equal(lines.length, expected.length);
    expected.forEach((d, i) => {
      const command = { error: 'error', warning: 'warning', info: 'notice' }[d.severity];
      const { start, end } = d.range;
      const head = `::${command} file=${d.file},line=${start.line + 1},col=${start.character + 1},endLine=${end.line + 1},endColumn=${end.character + 1},title=llm-preflight (${d.rule})::`;
      assert.ok(lines[i].startsWith(head), `${lines[i]}\nexpected ${head}`);
      assert.doesNotMatch(lines[i].slice(head.length), /[\r\n]/);
    });
  });

  it('github escaping follows @actions/core: % CR LF in data, also : and , in properties', async () => {
    const { escapeData, escapeProperty } = await import('../../server/src/cli/format-lines.ts');
    assert.equal(escapeData('50% off\r\nnext: a, b'), '50%25 off%0D%0Anext: a, b');
    assert.equal(escapeProperty('dir,1/a:b.http'), 'dir%2C1/a%3Ab.http');
  });
});

describe('config validation', () => {
  const cases: [string, RegExp][] = [
    ['{"rules": {"bogus-rule": "off"}}', /\.llm-preflight\.json:1:12: unknown rule "bogus-rule"/],
    ['{"rules": {"empty-text-blok": "off"}}', /unknown rule "empty-text-blok"; did you mean "empty-text-block"\?/],
    ['{\n  "rules": {"empty-text-block": "loud"}\n}', /\.llm-preflight\.json:2:33: bad severity "loud" for "empty-text-block"/],
    ['{"rules": {"empty-text-block": "warn"}}', /bad severity "warn" .*did you mean "warning"\?/],
    ['{"rule": {}}', /unknown setting "rule"; did you mean "rules"\?/],
    ['{"apis": {"**/*.json": "anthropic"}}', /unknown API id "anthropic"/],
    ['{"models": {"acme": {"maxOutputToken": 10}}}', /unknown field "maxOutputToken" of model "acme"; did you mean "maxOutputTokens"\?/],
  ];
  for (const [config, message] of cases) {
    it(`refuses ${config.replace(/\s+/g, ' ')}: exit 2`, () => {
      const dir = project({ '.llm-preflight.json': config, 'a.http': WARNING_HTTP });
      const r = runCli(['check', 'a.http'], { cwd: dir });
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    });
  }

  it('accepts every rule id, core code and severity it knows', () => {
    const dir = project({ '.llm-preflight.json': '{"rules": {"empty-text-block": "warning", "file-skipped": "off", "json-syntax": "error"}, "models": {"acme": {"like": "gpt-4o"}}}', 'a.http': WARNING_HTTP });
    assert.equal(runCli(['check', 'a.http'], { cwd: dir }).status, 0);
  });
});

describe('--env', () => {
  const envFile = JSON.stringify({ $shared: { model: 'claude-sonnet-4-5' }, direct: { host: 'https://api.anthropic.com' }, relay: { host: 'https://llm-gw.example.com' } });
  const request = TYPO_HTTP.replace('https://api.anthropic.com', '{{host}}');

  it('selects the http-client.env.json environment for {{variables}}: first-party host errors, a relay warns', () => {
    const dir = project({ 'http-client.env.json': envFile, 'a.http': request });
    const direct = runCli(['check', 'a.http', '--env', 'direct', '--format', 'json'], { cwd: dir });
    assert.equal(direct.status, 1);
    assert.deepEqual(json(direct)[0].diagnostics.map((d) => [d.rule, d.severity]), [['unknown-parameter', 'error']]);
    const relay = runCli(['check', 'a.http', '--env=relay', '--format', 'json'], { cwd: dir });
    assert.equal(relay.status, 0);
    assert.deepEqual(json(relay)[0].diagnostics.map((d) => [d.rule, d.severity]), [['unknown-parameter', 'warning']]);
  });

  it("selects REST Client's rest-client.environmentVariables (.vscode/settings.json), over $shared", () => {
    const settings = JSON.stringify({ 'rest-client.environmentVariables': { $shared: { host: 'https://api.anthropic.com' }, relay: { host: 'https://llm-gw.example.com' } } });
    const dir = project({ '.vscode/settings.json': settings, 'a.http': request });
    const shared = runCli(['check', 'a.http', '--format', 'json'], { cwd: dir });
    assert.deepEqual(json(shared)[0].diagnostics.map((d) => d.severity), ['error']);
    const relay = runCli(['check', 'a.http', '--env', 'relay', '--format', 'json'], { cwd: dir });
    assert.deepEqual(json(relay)[0].diagnostics.map((d) => d.severity), ['warning']);
  });

  it('an environment defined nowhere: exit 2 with the known ones and a did-you-mean', () => {
    const dir = project({ 'http-client.env.json': envFile, 'a.http': request });
    const r = runCli(['check', 'a.http', '--env', 'relai'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no environment "relai" .*did you mean "relay"\? \(known: direct, relay\)/);
  });
});

describe('--api on a bare body: the checks the same body gets in a .http file', () => {
  /** The rule ids of a bare .json body under --api, and of the same body after a first-party request line. */
  function both(body: string, api: string, url: string, files: Record<string, string> = {}): { bare: string[]; http: string[] } {
    const dir = project({ ...files, 'body.json': body, 'req.http': `POST ${url}\ncontent-type: application/json\n\n${body}` });
    const bare = json(runCli(['check', 'body.json', '--api', api, '--format', 'json'], { cwd: dir }));
    const http = json(runCli(['check', 'req.http', '--format', 'json'], { cwd: dir }));
    const bodyRules = (reports: Report[]) => rulesOf(reports).filter((r) => r !== 'missing-required-header').sort();
    return { bare: bodyRules(bare), http: bodyRules(http) };
  }

  it('anthropic-messages: a missing max_tokens', () => {
    const r = both('{"model": "claude-sonnet-4-5", "messages": [{"role": "user", "content": "hi"}]}\n', 'anthropic-messages', 'https://api.anthropic.com/v1/messages');
    assert.deepEqual(r.bare, ['missing-required-field']);
    assert.deepEqual(r.bare, r.http);
  });

  it('gemini-generate: a typo in generationConfig', () => {
    const r = both('{"contents": [{"role": "user", "parts": [{"text": "hi"}]}], "generationConfig": {"temprature": 0.5}}\n', 'gemini-generate', 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent');
    assert.deepEqual(r.bare, ['unknown-parameter']);
    assert.deepEqual(r.bare, r.http);
  });

  it("the limits of a model declared in the config file (no vendor given: the API's maker)", () => {
    const config = { '.llm-preflight.json': '{"models": {"acme-claude": {"maxOutputTokens": 1000}}}' };
    const r = both('{"model": "acme-claude", "max_tokens": 5000, "messages": [{"role": "user", "content": "hi"}]}\n', 'anthropic-messages', 'https://api.anthropic.com/v1/messages', config);
    assert.deepEqual(r.bare, ['max-tokens-exceeds-model-limit']);
    assert.deepEqual(r.bare, r.http);
  });

  it("another maker's model under --api openai-chat: judged as through a relay, as the same body sent to a relay host", () => {
    const body = '{"model": "deepseek-chat", "messages": [{"role": "user", "content": "hi"}], "temperature": 9, "temprature": 1}\n';
    const relay = both(body, 'openai-chat', 'https://llm-gw.example.com/v1/chat/completions');
    assert.deepEqual(relay.bare, relay.http);
    const direct = both(body, 'openai-chat', 'https://api.openai.com/v1/chat/completions');
    assert.notDeepEqual(relay.bare, direct.http, 'a first-party URL would judge it harder');
  });
});

describe('what the provider would answer, in the machine formats', () => {
  before(() => ensureBuilt());

  it('json and sarif carry the labelled provider answer beside the short message (an added field)', () => {
    const r = runCli(['check', '-', '--format', 'json'], { input: TYPO_HTTP });
    const [d] = json(r)[0].diagnostics as (Report['diagnostics'][number] & { providerAnswer?: { provider: string; text: string; source?: string } })[];
    assert.equal(d.rule, 'unknown-parameter');
    assert.ok(!d.message.includes(d.providerAnswer!.text), 'the message does not repeat the quote');
    assert.equal(d.providerAnswer!.provider, 'Anthropic');
    assert.match(d.providerAnswer!.text, /temprature/);
    const sarif = JSON.parse(runCli(['check', '-', '--format', 'sarif'], { input: TYPO_HTTP }).stdout);
    const result = sarif.runs[0].results[0];
    assert.deepEqual(result.properties.providerAnswer, d.providerAnswer);
    assert.equal(result.properties.api, 'anthropic-messages');
  });
});
