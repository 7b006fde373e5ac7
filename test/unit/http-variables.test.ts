import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import {
  clearEnvironmentCache,
  createVariableLookup,
  isRunTimeVariable,
  resolveVariables,
  splitHttpDocument,
} from '../../server/src/core/http/index.ts';

const fromRecord = (values: Record<string, string>) => (name: string) => values[name];

describe('resolveVariables', () => {
  it('substitutes known names, trims inner spaces, and leaves unknown ones as written', () => {
    const lookup = fromRecord({ host: 'api.openai.com', version: 'v1' });
    assert.equal(resolveVariables('https://{{host}}/{{ version }}/{{missing}}', lookup), 'https://api.openai.com/v1/{{missing}}');
  });

  it('does not match across lines, on empty names, or without a closing brace', () => {
    const lookup = fromRecord({ a: 'A' });
    assert.equal(resolveVariables('{{a\n}} {{a}}', lookup), '{{a\n}} A');
    assert.equal(resolveVariables('{{}} {{  }} {{a', lookup), '{{}} {{  }} {{a');
  });

  it('survives a throwing lookup and hostile input quickly', () => {
    assert.equal(resolveVariables('{{x}}', () => { throw new Error('boom'); }), '{{x}}');
    const hostile = '{{'.repeat(100_000) + '\n' + '}}'.repeat(100_000);
    const started = performance.now();
    assert.equal(resolveVariables(hostile, () => 'v').length > 0, true);
    assert.ok(performance.now() - started < 200);
  });
});

describe('file variables', () => {
  it('resolve nested references wherever they are defined in the file, last definition winning', () => {
    const text = [
      '@scheme = https',
      '@base = {{scheme}}://{{host}}/v1',
      '',
      '###',
      'POST {{base}}/chat/completions',
      '',
      '###',
      '@host = old.example.com',
      '@host =   api.openai.com   ',
    ].join('\n');
    const [unit] = splitHttpDocument(text);
    assert.equal(unit.url, 'https://api.openai.com/v1/chat/completions');
    assert.equal(unit.rawUrl, '{{base}}/chat/completions');
  });

  it('leave a cycle unresolved instead of looping', () => {
    const [unit] = splitHttpDocument('@a = {{b}}\n@b = x{{a}}\nGET https://{{a}}/y\n');
    assert.equal(unit.url, 'https://x{{a}}/y');
  });

  it('win over the editor environment, which wins over env files; {{%x}} percent-encodes', () => {
    const lookup = createVariableLookup({
      fileVariables: new Map([['model', 'from-file']]),
      environment: { model: 'from-settings', query: 'a b&c' },
    });
    assert.equal(lookup('model'), 'from-file');
    assert.equal(lookup('query'), 'a b&c');
    assert.equal(lookup('%query'), 'a%20b%26c');
  });

  it('resolve header values too, so a Content-Type from a variable still marks the body kind', () => {
    const [unit] = splitHttpDocument('@ct = application/json\nPOST https://x.example.com\nContent-Type: {{ct}}\n\n{}');
    assert.equal(unit.headers[0].value, 'application/json');
    const [form] = splitHttpDocument('@ct = application/x-www-form-urlencoded\nPOST https://x.example.com\nContent-Type: {{ct}}\n\na=1');
    assert.equal(form.nonJsonBody, 'form');
  });
});

describe('system variables', () => {
  it('keep run-time values ($guid, $timestamp, $uuid, $random.*) unresolved', () => {
    const text = 'GET https://x.example.com/{{$guid}}/{{$timestamp -1 d}}/{{$uuid}}/{{$random.integer(1, 5)}}/{{$randomInt 1 9}}\n';
    const [unit] = splitHttpDocument(text);
    assert.equal(unit.url, unit.rawUrl);
    assert.equal(isRunTimeVariable('$guid'), true);
    assert.equal(isRunTimeVariable('$processEnv HOME'), false);
    assert.equal(isRunTimeVariable('model'), false);
  });

  it('read $processEnv (also through a % indirection) and kulala $env.NAME', () => {
    process.env.PREFLIGHT_TEST_HOST = 'env.example.com';
    try {
      const text = '@which = PREFLIGHT_TEST_HOST\nGET https://{{$processEnv PREFLIGHT_TEST_HOST}}/{{$processEnv %which}}/{{$env.PREFLIGHT_TEST_HOST}}\n';
      assert.equal(splitHttpDocument(text)[0].url, 'https://env.example.com/env.example.com/env.example.com');
    } finally {
      delete process.env.PREFLIGHT_TEST_HOST;
    }
  });
});

describe('environment files', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-env-'));
  const project = path.join(root, 'project');
  const nested = path.join(project, 'requests', 'llm');
  fs.mkdirSync(nested, { recursive: true });
  const httpFile = path.join(nested, 'chat.http');
  const write = (file: string, content: unknown) =>
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));

  write(path.join(project, 'http-client.env.json'), {
    $shared: { version: 'v1' },
    dev: { host: 'dev.example.com', key: 'public-dev-key', maxTokens: 256 },
    prod: { host: 'prod.example.com', region: 'eu' },
  });
  write(path.join(project, 'http-client.private.env.json'), { dev: { key: 'private-dev-key' } });
  // A nearer public file wins over the project-level one.
  write(path.join(nested, 'http-client.env.json'), '{ // comments are tolerated\n "dev": { "host": "near.example.com" }, }');
  write(path.join(project, '.env'), 'export ANTHROPIC_API_KEY="sk-ant-from-dotenv"\n# comment\nPLAIN=value # trailing comment\n');
  write(path.join(nested, '.env.prod'), 'ANTHROPIC_API_KEY=sk-ant-prod\n');
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  beforeEach(() => clearEnvironmentCache());

  const url = (template: string, options: { envName?: string; environment?: Record<string, string> } = {}) =>
    splitHttpDocument(`GET ${template}\n`, { filePath: httpFile, ...options })[0].url;

  it('picks the named environment, the nearest file first, private over public, then $shared', () => {
    assert.equal(url('https://{{host}}/{{version}}/{{key}}/{{maxTokens}}', { envName: 'dev' }), 'https://near.example.com/v1/private-dev-key/256');
    assert.equal(url('https://{{host}}/{{region}}/{{key}}', { envName: 'prod' }), 'https://prod.example.com/eu/{{key}}');
  });

  it('without an environment name uses $shared, then the first environment that defines the name', () => {
    assert.equal(url('https://{{host}}/{{version}}/{{region}}'), 'https://near.example.com/v1/eu');
  });

  it('lets the editor environment override env files', () => {
    assert.equal(url('https://{{host}}/', { envName: 'dev', environment: { host: 'settings.example.com' } }), 'https://settings.example.com/');
  });

  it('reads .env files from the folder or its parents for {{$dotenv}} and {{$dotEnv}}', () => {
    assert.equal(url('https://x.example.com/{{$dotenv ANTHROPIC_API_KEY}}/{{$dotEnv PLAIN}}'), 'https://x.example.com/sk-ant-from-dotenv/value');
    assert.equal(url('https://x.example.com/{{$dotenv ANTHROPIC_API_KEY}}', { envName: 'prod' }), 'https://x.example.com/sk-ant-prod');
    assert.equal(url('https://x.example.com/{{$dotenv NOT_THERE}}'), 'https://x.example.com/{{$dotenv NOT_THERE}}');
  });

  it('resolves nothing from files for an untitled document', () => {
    const [unit] = splitHttpDocument('GET https://{{host}}/{{$dotenv PLAIN}}\n', { envName: 'dev' });
    assert.equal(unit.url, 'https://{{host}}/{{$dotenv PLAIN}}');
  });

  it('picks up an edited env file once the cache entry is re-checked', async () => {
    const file = path.join(root, 'edited', 'http-client.env.json');
    fs.mkdirSync(path.dirname(file));
    const editedHttp = path.join(root, 'edited', 'a.http');
    write(file, { dev: { host: 'before.example.com' } });
    const read = () => splitHttpDocument('GET https://{{host}}/\n', { filePath: editedHttp, envName: 'dev' })[0].url;
    assert.equal(read(), 'https://before.example.com/');
    write(file, { dev: { host: 'after.example.com', pad: 'changes the size too' } });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal(read(), 'https://after.example.com/');
  });

  it('ignores broken or oddly shaped env files', () => {
    const odd = path.join(root, 'odd');
    fs.mkdirSync(odd);
    write(path.join(odd, 'http-client.env.json'), '[1, 2');
    write(path.join(odd, 'http-client.private.env.json'), { dev: 'not an object', prod: { host: null } });
    const [unit] = splitHttpDocument('GET https://{{host}}/\n', { filePath: path.join(odd, 'a.http') });
    assert.equal(unit.url, 'https://{{host}}/');
  });
});
