// The llm-preflight CLI (dist/cli.js) as a child process, against the command-line contract in
// /work/shared/DESIGN.md. Run: node --import tsx --test test/cli/cli.test.ts
// The `before` hook rebuilds dist/ when it is older than server/src or rules/.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { childEnv } from '../no-network/env.ts';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliJs, ensureBuilt, root } from '../protocol/client.ts';
import { SOURCE_EXTENSIONS } from '../../server/src/core/sources/index.ts';

interface Position { line: number; character: number }
interface CliDiag { rule: string; severity: 'error' | 'warning' | 'info'; message: string; api: string | null; range: { start: Position; end: Position } }
interface Report { file: string; diagnostics: CliDiag[] }

const API_IDS = ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate', 'dashscope-generation', 'bedrock-converse', 'ollama-chat', 'ollama-generate', 'openai-embeddings'];

let tmp: string;
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], cwd = root): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliJs, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: childEnv({ NO_COLOR: '1' }) });
  if (r.error) throw new Error(`llm-preflight ${args.join(' ')}: ${r.error.message} (each run gets 120 s)`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `check ... --format json`, parsed, with the contract's shape asserted. */
function checkJson(args: string[], cwd = root): { status: number | null; reports: Report[]; stderr: string } {
  const r = run(['check', ...args, '--format', 'json'], cwd);
  let reports: Report[];
  try {
    reports = JSON.parse(r.stdout);
  } catch (error) {
    assert.fail(`stdout is not JSON (exit ${r.status}): ${(error as Error).message}\n${r.stdout.slice(0, 500)}\n${r.stderr}`);
  }
  assertContractShape(reports);
  return { status: r.status, reports, stderr: r.stderr };
}

function assertContractShape(reports: unknown): asserts reports is Report[] {
  assert.ok(Array.isArray(reports), 'one JSON array');
  const isPos = (p: unknown) =>
    !!p && typeof p === 'object' && Object.keys(p).sort().join() === 'character,line' &&
    Number.isInteger((p as Position).line) && Number.isInteger((p as Position).character) && (p as Position).line >= 0 && (p as Position).character >= 0;
  for (const report of reports) {
    assert.deepEqual(Object.keys(report).sort(), ['diagnostics', 'file'], `report keys: ${JSON.stringify(Object.keys(report))}`);
    assert.equal(typeof report.file, 'string');
    assert.ok(Array.isArray(report.diagnostics));
    for (const d of report.diagnostics as CliDiag[]) {
      // The contract's keys, plus the one added field: the provider's answer where the rule quotes one.
      const keys = Object.keys(d).filter((k) => k !== 'providerAnswer').sort();
      assert.deepEqual(keys, ['api', 'message', 'range', 'rule', 'severity'], `diagnostic keys in ${report.file}: ${JSON.stringify(Object.keys(d))}`);
      const answer = (d as { providerAnswer?: Record<string, unknown> }).providerAnswer;
      if (answer) assert.ok(typeof answer.provider === 'string' && typeof answer.text === 'string', `providerAnswer in ${report.file}`);
      assert.equal(typeof d.rule, 'string');
      assert.ok(['error', 'warning', 'info'].includes(d.severity), `severity ${d.severity}`);
      assert.equal(typeof d.message, 'string');
      assert.ok(d.message.length > 0);
      assert.ok(d.api === null || API_IDS.includes(d.api), `api ${d.api} is null or a contract API id`);
      assert.deepEqual(Object.keys(d.range).sort(), ['end', 'start']);
      assert.ok(isPos(d.range.start) && isPos(d.range.end), `range ${JSON.stringify(d.range)}`);
      const { start, end } = d.range;
      assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), 'range start <= end');
    }
  }
}

const allDiagnostics = (reports: Report[]) => reports.flatMap((r) => r.diagnostics.map((d) => ({ ...d, file: r.file })));

describe('check examples/', () => {
  let reference: Report[];
  before(() => {
    const r = checkJson(['examples/']);
    assert.equal(r.status, 1);
    reference = r.reports;
  });

  it('stylish (default): exit 1, each file with line:col and rule id, and a summary line', () => {
    const r = run(['check', 'examples/']);
    assert.equal(r.status, 1, r.stderr);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colour codes when stdout is not a terminal');
    const lines = r.stdout.split('\n');
    const all = allDiagnostics(reference);
    assert.ok(all.length >= 5, 'the examples hold at least five problems');
    for (const report of reference.filter((rep) => rep.diagnostics.length)) {
      const header = lines.indexOf(report.file);
      assert.ok(header >= 0, `stylish output names ${report.file}:\n${r.stdout}`);
      const section = lines.slice(header + 1, lines.indexOf('', header));
      for (const d of report.diagnostics) {
        const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
        const line = section.find((l) => l.trim().startsWith(`${where} `) && l.trimEnd().endsWith(` ${d.rule}`));
        assert.ok(line, `${report.file} ${where} ${d.rule} listed in:\n${section.join('\n')}`);
        assert.match(line, new RegExp(`\\b${d.severity}\\b`));
      }
    }
    for (const report of reference.filter((rep) => !rep.diagnostics.length)) {
      assert.ok(!lines.includes(report.file), `${report.file} has no problems and is not listed`);
    }
    const count = (s: string) => all.filter((d) => d.severity === s).length;
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const summary = `✖ ${plural(all.length, 'problem')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info)`;
    assert.ok(lines.some((l) => l.trim() === summary), `summary line "${summary}" in:\n${r.stdout}`);
  });

  it('--format json: the contract shape, relative files, every example file, the known findings', () => {
    assert.deepEqual(reference.map((r) => r.file), ['examples/anthropic-tool-result.json', 'examples/batch.jsonl', 'examples/clean.http', 'examples/requests.http', 'examples/sdk_calls.py']);
    const byFile = Object.fromEntries(reference.map((r) => [r.file, r.diagnostics.map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`)]));
    assert.deepEqual(byFile['examples/requests.http'], ['unknown-parameter@15:2', 'empty-text-block@32:33', 'tool-result-unmatched@49:32']);
    assert.deepEqual(byFile['examples/clean.http'], []);
    // SDK calls in Python (issue 12): the findings sit on the arguments.
    assert.deepEqual(byFile['examples/sdk_calls.py'], ['model-unsupported-parameter@12:20', 'unknown-parameter@13:8', 'missing-required-field@19:36', 'empty-text-block@21:72']);
    assert.deepEqual(byFile['examples/batch.jsonl'].map((s) => s.split('@')[0]), ['unknown-parameter']);
    assert.deepEqual(byFile['examples/anthropic-tool-result.json'].map((s) => s.split('@')[0]), ['tool-result-unmatched']);
    const requests = reference.find((r) => r.file === 'examples/requests.http')!;
    assert.deepEqual(requests.diagnostics.map((d) => d.api), ['openai-chat', 'anthropic-messages', 'gemini-generate']);
  });

  it('--format sarif: SARIF 2.1.0 with what GitHub code scanning requires, and the same findings', () => {
    const r = run(['check', 'examples/', '--format', 'sarif']);
    assert.equal(r.status, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.deepEqual(sarifProblems(log), []);
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'llm-preflight');
    const all = allDiagnostics(reference);
    assert.equal(run0.results.length, all.length, 'one result per finding');
    const ruleIds = run0.tool.driver.rules.map((rule: { id: string }) => rule.id);
    assert.deepEqual([...ruleIds].sort(), [...new Set(all.map((d) => d.rule))].sort(), 'driver.rules lists exactly the rules with results');
    for (const rule of run0.tool.driver.rules) {
      assert.ok(rule.helpUri, `${rule.id} has helpUri`);
      assert.doesNotThrow(() => new URL(rule.helpUri), `${rule.id} helpUri is an absolute URI`);
    }
    const level = { error: 'error', warning: 'warning', info: 'note' } as const;
    for (const d of all) {
      const match = run0.results.find(
        (res: SarifResult) =>
          res.ruleId === d.rule &&
          res.locations[0].physicalLocation.artifactLocation.uri === d.file &&
          res.locations[0].physicalLocation.region.startLine === d.range.start.line + 1 &&
          res.locations[0].physicalLocation.region.startColumn === d.range.start.character + 1,
      );
      assert.ok(match, `SARIF result for ${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.rule}`);
      assert.equal(match.level, level[d.severity]);
      assert.equal(match.message.text, d.message);
      const region = match.locations[0].physicalLocation.region;
      assert.equal(region.endLine, d.range.end.line + 1);
      assert.equal(region.endColumn, d.range.end.character + 1);
    }
  });

  it('--format sarif on a clean file: exit 0, a run with an empty results array', () => {
    const r = run(['check', 'examples/clean.http', '--format', 'sarif']);
    assert.equal(r.status, 0, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.deepEqual(sarifProblems(log), []);
    assert.deepEqual(log.runs[0].results, []);
  });
});

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
}

/**
 * Checks the parts of SARIF 2.1.0 that GitHub code scanning reads (docs: "SARIF support for code
 * scanning"): version, runs, tool.driver.name, rules (id, shortDescription.text, helpUri), results
 * (ruleId, level, message.text, locations with a physicalLocation whose artifactLocation.uri is
 * relative to the checkout and whose region has a 1-based startLine). Returns what is wrong.
 */
function sarifProblems(log: any): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string) => {
    if (!ok) problems.push(what);
  };
  const isPositiveInt = (n: unknown) => Number.isInteger(n) && (n as number) >= 1;
  need(log && typeof log === 'object', 'log is an object');
  need(log.version === '2.1.0', 'version is "2.1.0"');
  need(typeof log.$schema === 'string' && /sarif.*2\.1\.0/i.test(log.$schema), '$schema names the 2.1.0 schema');
  need(Array.isArray(log.runs) && log.runs.length >= 1, 'runs is a non-empty array');
  for (const [i, run] of (log.runs ?? []).entries()) {
    const driver = run?.tool?.driver;
    need(driver && typeof driver.name === 'string' && driver.name.length > 0, `runs[${i}].tool.driver.name`);
    const rules: any[] = driver?.rules ?? [];
    need(Array.isArray(rules), `runs[${i}].tool.driver.rules is an array`);
    const ids = new Set<string>();
    for (const [j, rule] of rules.entries()) {
      need(typeof rule.id === 'string' && rule.id.length > 0, `rules[${j}].id`);
      need(!ids.has(rule.id), `rules[${j}].id ${rule.id} is unique`);
      ids.add(rule.id);
      need(typeof rule.shortDescription?.text === 'string' && rule.shortDescription.text.length > 0, `rules[${j}].shortDescription.text`);
      if (rule.fullDescription !== undefined) need(typeof rule.fullDescription.text === 'string', `rules[${j}].fullDescription.text`);
      if (rule.help !== undefined) need(typeof rule.help.text === 'string', `rules[${j}].help.text`);
      if (rule.defaultConfiguration?.level !== undefined) need(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level), `rules[${j}].defaultConfiguration.level`);
    }
    need(Array.isArray(run.results), `runs[${i}].results is an array`);
    for (const base of Object.values<any>(run.originalUriBaseIds ?? {})) {
      need(typeof base.uri === 'string' && base.uri.endsWith('/'), 'originalUriBaseIds uris end with /');
    }
    for (const [k, res] of (run.results ?? []).entries()) {
      const at = `results[${k}]`;
      need(typeof res.ruleId === 'string' && ids.has(res.ruleId), `${at}.ruleId names a rule in driver.rules`);
      if (res.ruleIndex !== undefined) need(rules[res.ruleIndex]?.id === res.ruleId, `${at}.ruleIndex points at its rule`);
      need(['none', 'note', 'warning', 'error'].includes(res.level), `${at}.level`);
      need(typeof res.message?.text === 'string' && res.message.text.length > 0, `${at}.message.text`);
      need(Array.isArray(res.locations) && res.locations.length >= 1, `${at}.locations`);
      for (const loc of res.locations ?? []) {
        const phys = loc.physicalLocation;
        const uri = phys?.artifactLocation?.uri;
        need(typeof uri === 'string' && uri.length > 0, `${at} artifactLocation.uri`);
        need(typeof uri === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(uri) && !uri.startsWith('/') && !uri.includes('\\'), `${at} artifactLocation.uri "${uri}" is relative, with forward slashes`);
        if (phys?.artifactLocation?.uriBaseId !== undefined) need(run.originalUriBaseIds?.[phys.artifactLocation.uriBaseId], `${at} uriBaseId is defined in originalUriBaseIds`);
        const region = phys?.region;
        need(region && isPositiveInt(region.startLine), `${at} region.startLine is 1-based`);
        if (region?.startColumn !== undefined) need(isPositiveInt(region.startColumn), `${at} region.startColumn is 1-based`);
        if (region?.endLine !== undefined) need(isPositiveInt(region.endLine) && region.endLine >= region.startLine, `${at} region.endLine`);
        if (region?.endColumn !== undefined) {
          need(isPositiveInt(region.endColumn), `${at} region.endColumn is 1-based`);
          if ((region.endLine ?? region.startLine) === region.startLine && region.startColumn !== undefined) need(region.endColumn >= region.startColumn, `${at} endColumn >= startColumn on one line`);
        }
      }
    }
  }
  return problems;
}

describe('exit codes', () => {
  it('0 on examples/clean.http', () => {
    const r = run(['check', 'examples/clean.http']);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /No problems in 1 file/);
  });

  it('2 on a missing file, and stderr says which', () => {
    const r = run(['check', 'examples/clean.http', 'examples/does-not-exist.http']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /examples\/does-not-exist\.http/);
  });

  it('2 on an unreadable file (chmod 000), when not running as root', (t) => {
    // root reads a mode-000 file anyway, so this case cannot be produced as root: the FIFO test below
    // covers "a path that exists but cannot be read as a request file" for everyone.
    if (process.getuid?.() === 0) {
      t.skip('running as root: chmod 000 does not stop root from reading; see the FIFO test');
      return;
    }
    const file = path.join(tmp, 'secret.http');
    writeFileSync(file, 'POST https://api.openai.com/v1/chat/completions\n\n{}\n');
    chmodSync(file, 0o000);
    try {
      const r = run(['check', file]);
      assert.equal(r.status, 2);
      assert.ok(r.stderr.includes(path.relative(root, file)), `stderr names ${file}: ${r.stderr}`);
      assert.match(r.stderr, /EACCES|permission/i);
    } finally {
      chmodSync(file, 0o600);
    }
  });

  it('2 on a path that is not a regular file (a FIFO), with a clear message; other files are still reported', (t) => {
    // A FIFO stands in for an unreadable file (root can read mode-000 files). The CLI must not block
    // opening it, and must exit 2 naming it, even though another file it checked had errors.
    const fifo = path.join(tmp, 'pipe.http');
    const mk = spawnSync('mkfifo', [fifo]);
    if (mk.error || mk.status !== 0) {
      t.skip('mkfifo is not available');
      return;
    }
    const r = run(['check', fifo, 'examples/requests.http', '--format', 'json']);
    assert.equal(r.status, 2, r.stderr);
    // Named as the CLI names files: relative to the working directory (the checkout's place decides how).
    assert.ok(r.stderr.includes(path.relative(root, fifo)), `stderr names the FIFO: ${r.stderr}`);
    assert.match(r.stderr, /not a regular file/);
    const reports = JSON.parse(r.stdout) as Report[];
    assert.deepEqual(reports.map((rep) => rep.file), ['examples/requests.http']);
    assert.equal(reports[0].diagnostics.length, 3);
  });

  it('2 on an unknown option, with where to read the options on stderr', () => {
    const r = run(['check', '--no-such-option', 'examples/clean.http']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--no-such-option/);
    assert.match(r.stderr, /llm-preflight check --help/);
    assert.equal(r.stdout, '');
  });

  it('2 on an unknown --api id, an unknown --format, and a missing option value', () => {
    let r = run(['check', 'examples/clean.http', '--api', 'openai-completions']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /openai-completions/);
    r = run(['check', 'examples/clean.http', '--format', 'xml']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /xml/);
    r = run(['check', 'examples/clean.http', '--api']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--api/);
  });

  it('--help: exit 0, the commands; check --help: the formats and --api', () => {
    const r = run(['--help']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /check .*\n.*explain /);
    const check = run(['check', '--help']);
    assert.equal(check.status, 0);
    assert.match(check.stdout, /stylish, json, sarif, compact, github/);
    assert.match(check.stdout, /--api/);
  });
});

describe('inputs', () => {
  it('--api anthropic-messages changes how a bare JSON body is detected', () => {
    const file = path.join(tmp, 'bare.json');
    const body = '{"messages": [{"role": "user", "content": [{"type": "text", "text": ""}]}]}\n';
    writeFileSync(file, body);
    const plain = checkJson([file]);
    assert.equal(plain.status, 0, plain.stderr);
    assert.deepEqual(plain.reports[0].diagnostics, [], 'without --api the body is not recognised as Anthropic');
    const forced = checkJson([file, '--api', 'anthropic-messages']);
    assert.equal(forced.status, 1, forced.stderr);
    // Named by --api, the bare body is the whole request: its missing model and max_tokens count too.
    assert.deepEqual(forced.reports[0].diagnostics.map((d) => [d.rule, d.api]), [['missing-required-field', 'anthropic-messages'], ['missing-required-field', 'anthropic-messages'], ['empty-text-block', 'anthropic-messages']]);
    assert.deepEqual(forced.reports[0].diagnostics[2].range, { start: { line: 0, character: body.indexOf('""') }, end: { line: 0, character: body.indexOf('""') + 2 } });
  });

  it('a 25 MB file (over the default 20 MB limit): exit 0, reported as skipped on stderr, no finding', () => {
    const file = path.join(tmp, 'huge.http');
    writeFileSync(file, 'POST https://api.openai.com/v1/chat/completions\n\n' + '{"model": "gpt-4o"}\n'.repeat(Math.ceil((25 * 1024 * 1024) / 20)));
    const r = checkJson([file]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.reports[0].diagnostics, []);
    assert.match(r.stderr, /skipped .*huge\.http: .*--max-file-size-mb/);
  });

  it('globs: "examples/*.http" matches exactly the .http examples', () => {
    const r = checkJson(['examples/*.http']);
    assert.equal(r.status, 1);
    assert.deepEqual(r.reports.map((rep) => rep.file), ['examples/clean.http', 'examples/requests.http']);
  });

  it('a directory is walked recursively, only linted extensions, node_modules skipped', () => {
    const dir = path.join(tmp, 'walk');
    const bad = 'POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{"model": "gpt-4o", "messages": [}\n';
    const files: Record<string, string> = {
      'top.http': bad,
      'other.rest': bad,
      'notes.txt': bad,
      'sub/body.json': '{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}\n',
      'sub/commented.jsonc': '// a fixture\n{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}\n',
      'sub/deeper/still/batch.jsonl': '{"custom_id": "a", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "top_k": 3}}\n',
      'node_modules/pkg/ignored.http': bad,
      'sub/node_modules/nested/ignored.json': '{"model": "gpt-4o", "messages": [], "top_k": 1}\n',
    };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    const r = checkJson(['.'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(r.reports.map((rep) => rep.file), ['other.rest', 'sub/body.json', 'sub/commented.jsonc', 'sub/deeper/still/batch.jsonl', 'top.http']);
    const rules = Object.fromEntries(r.reports.map((rep) => [rep.file, rep.diagnostics.map((d) => d.rule)]));
    assert.deepEqual(rules['top.http'], ['json-syntax']);
    assert.deepEqual(rules['other.rest'], ['json-syntax']);
    assert.deepEqual(rules['sub/deeper/still/batch.jsonl'], ['unknown-parameter']);
    // The same directory given from outside: paths are relative to the working directory.
    const outside = checkJson([path.relative(root, dir)]);
    assert.deepEqual(outside.reports.map((rep) => path.resolve(root, rep.file)), r.reports.map((rep) => path.join(dir, rep.file)));
  });
});

describe('shared recorded corpus', () => {
  const corpus = process.env.LLM_PREFLIGHT_CORPUS ?? path.resolve(root, '../shared/corpus/recorded');
  const present = existsSync(path.join(corpus, 'valid'));
  if (!present) console.log(`SKIP corpus tests: no corpus at ${corpus} (set LLM_PREFLIGHT_CORPUS)`);
  const lintable = (dir: string) => readdirSync(dir).filter((f) => /\.(http|rest|json|jsonc|jsonl)$/.test(f)).sort();
  // The walk also takes source files that may hold a request (SOURCES.md names provider URLs): not request files.
  const requestFile = (file: string) => !new RegExp(`\\.(${SOURCE_EXTENSIONS.join('|')})$`).test(file);

  it('valid/: no finding of severity error in any file', { skip: !present && 'corpus not found' }, () => {
    const dir = path.join(corpus, 'valid');
    const expected = lintable(dir);
    assert.ok(expected.length > 0);
    const r = checkJson([dir]);
    assert.deepEqual(r.reports.map((rep) => path.basename(rep.file)).filter(requestFile).sort(), expected, 'every file was checked');
    const errors = allDiagnostics(r.reports).filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => `${path.basename(d.file)}:${d.range.start.line + 1} ${d.rule}: ${d.message}`), []);
    assert.equal(r.status, 0, r.stderr);
    const internal = allDiagnostics(r.reports).filter((d) => /Internal error/.test(d.message));
    assert.deepEqual(internal.map((d) => `${d.file}: ${d.message}`), [], 'no rule crashed');
  });

  it('invalid/: no file crashes the CLI; reports which expected rules are caught', { skip: !present && 'corpus not found' }, () => {
    const dir = path.join(corpus, 'invalid');
    const expectations = readFileSync(path.join(dir, 'expected-rules.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { file: string; rules: string[] });
    const rows: string[] = [];
    let caughtFiles = 0;
    for (const { file, rules } of expectations) {
      const r = checkJson([path.join(dir, file)]);
      assert.ok(r.status === 0 || r.status === 1, `${file}: exit ${r.status}: ${r.stderr}`);
      assert.equal(r.reports.length, 1);
      const found = r.reports[0].diagnostics;
      assert.deepEqual(found.filter((d) => /Internal error/.test(d.message)).map((d) => d.message), [], `${file}: no rule crashed`);
      const reported = new Set(found.filter((d) => d.severity !== 'info').map((d) => d.rule));
      const caught = rules.filter((rule) => reported.has(rule));
      if (caught.length) caughtFiles++;
      rows.push(`  ${caught.length ? 'CAUGHT ' : 'missed '} ${file}: expected any of [${rules.join(', ')}]; reported [${[...reported].join(', ')}]`);
    }
    console.log(`invalid corpus: ${caughtFiles}/${expectations.length} files caught by an expected rule\n${rows.join('\n')}`);
    // SOURCES.md says where the requests come from (the walk checks Markdown too; it holds no request).
    const unlisted = lintable(dir).filter((f) => f !== 'expected-rules.jsonl' && f !== 'SOURCES.md' && !expectations.some((e) => e.file === f));
    assert.deepEqual(unlisted, [], 'every invalid file has an expectation');
  });
});

describe('config file (.llm-preflight.json / --config)', () => {
  const body = '{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":[{"type":"text","text":""}]}]}';
  const project = () => {
    const dir = mkdtempSync(path.join(tmp, 'config-'));
    mkdirSync(path.join(dir, 'fixtures', 'claude'), { recursive: true });
    writeFileSync(path.join(dir, 'fixtures', 'claude', 'a.json'), body);
    return dir;
  };

  it('is found from the working directory up; apis globs are relative to it; rules set severities (JSONC allowed)', () => {
    const dir = project();
    writeFileSync(path.join(dir, '.llm-preflight.json'), '{\n  // CLI settings\n  "apis": {"fixtures/claude/**": "anthropic-messages"},\n  "rules": {"empty-text-block": "warning"},\n}\n');
    const r = checkJson(['claude'], path.join(dir, 'fixtures'));
    const diags = r.reports.flatMap((f) => f.diagnostics);
    assert.deepEqual(diags.map((d) => `${d.rule}:${d.severity}:${d.api}`), ['empty-text-block:warning:anthropic-messages']);
    assert.equal(r.status, 0, 'a warning alone exits 0');
  });

  it('--config names another file; "off" disables a rule', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'ci.json'), '{"apis": {"fixtures/**": "anthropic-messages"}, "rules": {"empty-text-block": "off"}}');
    const r = checkJson(['fixtures', '--config', 'ci.json'], dir);
    assert.deepEqual(r.reports.flatMap((f) => f.diagnostics), []);
  });

  it('a broken or unreadable config is a usage error (exit 2), never a silent default', () => {
    const dir = project();
    writeFileSync(path.join(dir, '.llm-preflight.json'), '{"rules": ');
    const broken = run(['check', 'fixtures'], dir);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /config .*\.llm-preflight\.json: JSON syntax error/);
    const missing = run(['check', 'fixtures', '--config', 'nope.json'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read config/);
  });
});
