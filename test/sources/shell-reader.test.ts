import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { TEMPLATE_MARK } from '../../server/src/core/json/templates.ts';
import { loadGrammar } from '../../server/src/core/sources/grammars.ts';
import { promptLines, scanFences, splitMarkdown } from '../../server/src/core/sources/markdown/index.ts';
import { splitShell } from '../../server/src/core/sources/shell/index.ts';
import type { RequestUnit } from '../../server/src/core/types.ts';

before(() => loadGrammar('bash'));

const one = (text: string, options = {}): RequestUnit => {
  const units = splitShell(text, options);
  assert.equal(units.length, 1, `one unit in ${JSON.stringify(text)}`);
  return units[0];
};
/** The body as the rules see it, with template marks shown as `~`. */
const body = (u: RequestUnit) => u.bodyText?.replaceAll(TEMPLATE_MARK, '~');
const header = (u: RequestUnit, name: string) => u.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

describe('curl reader: quoting forms', () => {
  test('single quotes: the body is the text between them, at its place', () => {
    const text = `curl https://api.openai.com/v1/chat/completions -d '{"model": "gpt-4o"}'`;
    const u = one(text);
    assert.equal(u.bodyText, '{"model": "gpt-4o"}');
    assert.equal(text.slice(u.bodySpan!.start, u.bodySpan!.end), u.bodyText);
    assert.equal(u.method, 'POST');
    assert.equal(u.url, 'https://api.openai.com/v1/chat/completions');
  });

  test('double quotes: \\" becomes a quote beside a space, same length', () => {
    const text = 'curl https://x/v1/chat/completions -d "{\\"model\\": \\"gpt-4o\\"}"';
    const u = one(text);
    assert.equal(u.bodyText!.length, u.bodySpan!.end - u.bodySpan!.start);
    assert.deepEqual(JSON.parse(u.bodyText!), { model: 'gpt-4o' });
    assert.equal(u.bodyText, '{ "model" :  "gpt-4o" }');
  });

  test("a quote written '\\'' inside a JSON string makes that string unknown, not wrong", () => {
    const u = one(`curl https://x/v1/chat/completions -d '{"model": "gpt-4o", "messages": [{"role": "user", "content": "What'\\''s up?"}]}'`);
    const value = JSON.parse(u.bodyText!);
    assert.equal(value.model, 'gpt-4o');
    assert.ok(value.messages[0].content.includes(TEMPLATE_MARK));
  });

  test('$\'…\' (ANSI-C) strings', () => {
    const u = one(`curl https://x/v1/chat/completions -d $'{"model": "gpt-4o"}'`);
    assert.deepEqual(JSON.parse(u.bodyText!), { model: 'gpt-4o' });
  });

  test('attached values: -XPOST, -d\'…\', -H\'…\', and option clusters -sSd', () => {
    const u = one(`curl -sS -XPUT -H'Content-Type: application/json' https://x/v1/messages -sSd'{"a": 1}'`);
    assert.equal(u.method, 'PUT');
    assert.equal(header(u, 'content-type'), 'application/json');
    assert.equal(u.bodyText, '{"a": 1}');
  });

  test('options with values are not taken for the URL (-o out.json, --max-time 30, -u user)', () => {
    const u = one(`curl -o out.json --max-time 30 -u me:pw --url https://api.anthropic.com/v1/messages -d '{}'`);
    assert.equal(u.url, 'https://api.anthropic.com/v1/messages');
  });
});

describe('curl reader: commands wherever bash has them', () => {
  test('line continuations, pipes, &&, functions and $(…)', () => {
    const text = [
      'set -e',
      'ask() {',
      '  curl https://api.openai.com/v1/chat/completions \\',
      '    -H "Authorization: Bearer $OPENAI_API_KEY" \\',
      `    -d '{"model": "gpt-4o"}' | jq .`,
      '}',
      `test -n "$K" && curl https://api.anthropic.com/v1/messages -d '{"model": "claude-sonnet-4-5"}'`,
      `answer=$(curl -s https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent -d '{"contents": []}')`,
      `/usr/bin/curl https://api.deepseek.com/chat/completions -d '{"model": "deepseek-chat"}'`,
      'echo curl is not a command here',
    ].join('\n');
    const units = splitShell(text);
    assert.deepEqual(
      units.map((u) => u.url),
      [
        'https://api.openai.com/v1/chat/completions',
        'https://api.anthropic.com/v1/messages',
        'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent',
        'https://api.deepseek.com/chat/completions',
      ],
    );
    assert.equal(header(units[0], 'authorization'), 'Bearer {{OPENAI_API_KEY}}');
    for (const u of units) assert.equal(text.slice(u.bodySpan!.start, u.bodySpan!.end), u.bodyText);
  });

  test('a curl without a URL, and a script without curl, give nothing', () => {
    assert.deepEqual(splitShell('curl --version\n'), []);
    assert.deepEqual(splitShell('echo hello\n'), []);
  });
});

describe('curl reader: variables', () => {
  test('in the URL and headers they read as {{name}}', () => {
    const u = one(`curl "$BASE_URL/v1/chat/completions" -H "x-api-key: \${ANTHROPIC_API_KEY}" -d '{}'`);
    assert.equal(u.url, '{{BASE_URL}}/v1/chat/completions');
    assert.equal(header(u, 'x-api-key'), '{{ANTHROPIC_API_KEY}}');
  });

  test('inside a JSON string: masked, same length', () => {
    const text = `curl https://x/v1/chat/completions -d '{"model": "'"$MODEL"'", "user": "id-'$USER_ID'"}'`;
    const u = one(text);
    assert.equal(u.bodyText!.length, u.bodySpan!.end - u.bodySpan!.start);
    const value = JSON.parse(u.bodyText!);
    assert.ok(value.model.includes(TEMPLATE_MARK));
    assert.ok(value.user.startsWith('id-') && value.user.includes(TEMPLATE_MARK));
  });

  test('in value position: a placeholder string taking in the quotes around it', () => {
    const u = one(`curl https://x/v1/chat/completions -d '{"max_tokens": '"$N"', "messages": '"$(cat m.json)"'}'`);
    assert.equal(body(u), '{"max_tokens": "~~~~", "messages": "~~~~~~~~~~~~~~~"}');
  });

  test('too short to hold a placeholder: the body is skipped with a note, never mangled', () => {
    const text = 'curl https://x/v1/chat/completions -d @- <<EOF\n{"max_tokens": $N}\nEOF\n';
    const u = one(text);
    assert.equal(u.bodyText, undefined);
    assert.ok(u.nonJsonBody);
    assert.deepEqual(u.notes.map((n) => n.code), ['shell-body-skipped']);
  });
});

describe('curl reader: heredocs, --json and @file', () => {
  test('-d @- <<EOF: the heredoc is the body, with its variables masked', () => {
    const text = 'curl https://api.openai.com/v1/chat/completions \\\n  --data-binary @- <<EOF\n{"model": "$MODEL", "n": 1}\nEOF\necho done\n';
    const u = one(text);
    assert.equal(body(u), '{"model": "~~~~~~", "n": 1}\n');
    assert.equal(text.slice(u.bodySpan!.start, u.bodySpan!.end).length, u.bodyText!.length);
    assert.ok(u.span.end >= text.indexOf('EOF\necho'), 'the unit reaches the heredoc');
  });

  test("a quoted delimiter (<<'EOF') keeps $ as written; <<- strips tabs", () => {
    assert.equal(one(`curl https://x/v1/messages -d @- <<'EOF'\n{"a": "$5"}\nEOF\n`).bodyText, '{"a": "$5"}\n');
    assert.deepEqual(JSON.parse(one('curl https://x/v1/messages -d @- <<-EOF\n\t{"a": 1}\n\tEOF\n').bodyText!), { a: 1 });
  });

  test('a here-string (<<<) after -d @-', () => {
    assert.equal(one(`curl https://x/v1/messages -d @- <<< '{"a": 1}'`).bodyText, '{"a": 1}');
  });

  test('a piped body: echo, echo -n, printf and printf %s write it, at its exact range in the script', () => {
    const json = '{"model": "gpt-4o", "n": 1}';
    for (const producer of [`echo '${json}'`, `echo -n '${json}'`, `printf '${json}'`, `printf '%s' '${json}'`, `printf '%s\\n' "${json.replaceAll('"', '\\"')}"`]) {
      const text = `${producer} | curl https://api.openai.com/v1/chat/completions -H 'Content-Type: application/json' -d @-\n`;
      const u = one(text);
      assert.deepEqual(JSON.parse(u.bodyText!), { model: 'gpt-4o', n: 1 }, producer);
      assert.equal(u.bodyText!.length, u.bodySpan!.end - u.bodySpan!.start, producer);
      if (!producer.includes('"{')) assert.equal(text.slice(u.bodySpan!.start, u.bodySpan!.end), json, producer);
      assert.equal(u.span.start, 0, 'the unit spans the pipeline, body included');
    }
  });

  test('cat <<EOF | curl --data-binary @-: the heredoc is the body, with its variables masked', () => {
    const text = 'cat <<EOF | curl https://api.openai.com/v1/chat/completions --data-binary @-\n{"model": "$MODEL", "n": 1}\nEOF\necho done\n';
    const u = one(text);
    assert.equal(body(u), '{"model": "~~~~~~", "n": 1}\n');
    assert.equal(text.slice(u.bodySpan!.start, u.bodySpan!.end), '{"model": "$MODEL", "n": 1}\n');
    assert.ok(u.span.start === 0 && u.span.end >= text.indexOf('EOF\necho'), 'the unit reaches from cat to the heredoc end');
  });

  test('a pipe we cannot read exactly gives a unit with no body: echo -e, printf with %, a file, several words', () => {
    for (const producer of [`echo -e '{"a": 1}'`, `printf '{"a": %d}' 1`, 'cat body.json', `echo '{"a":' '1}'`, `echo '{"a": "x\\ny"}'`, 'jq -n "{}"']) {
      const u = one(`${producer} | curl https://api.openai.com/v1/chat/completions -d @-\n`);
      assert.equal(u.bodyText, undefined, producer);
    }
  });

  test('a mistake in a piped body is found at its place in the script', async () => {
    const { lintText } = await import('../../server/src/core/lint.ts');
    const text = `echo '{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "max_token": 5}' | curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" -d @-\n`;
    const found = lintText(text, { filePath: 'run.sh' }).findings.filter((f) => f.rule === 'unknown-parameter');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].span.start, found[0].span.end), '"max_token"');
    const clean = text.replace('"max_token"', '"max_tokens"');
    assert.deepEqual(lintText(clean, { filePath: 'run.sh' }).findings.filter((f) => f.severity === 'error').map((f) => f.rule), []);
  });

  test('--json sets Content-Type and Accept as curl does, unless given', () => {
    const u = one(`curl https://x/v1/messages --json '{"a": 1}'`);
    assert.equal(header(u, 'content-type'), 'application/json');
    assert.equal(header(u, 'accept'), 'application/json');
    assert.equal(u.method, 'POST');
    const own = one(`curl https://x/v1/messages -H 'Accept: text/event-stream' --json '{"a": 1}'`);
    assert.equal(header(own, 'accept'), 'text/event-stream');
  });

  test('@file is read relative to the script, through readFile; --data-raw takes @ literally', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-'));
    writeFileSync(join(dir, 'body.json'), '{"model": "gpt-4o"}');
    const u = one(`curl https://api.openai.com/v1/chat/completions -d @body.json`, { filePath: join(dir, 'ask.sh') });
    assert.equal(u.bodyFile?.resolvedPath, join(dir, 'body.json'));
    assert.equal(u.bodyFile?.text, '{"model": "gpt-4o"}');
    const read: string[] = [];
    one(`curl https://x/v1/messages -d @req.json`, { filePath: '/w/a.sh', readFile: (p: string) => (read.push(p), '{}') });
    assert.deepEqual(read, ['/w/req.json']);
    assert.equal(one(`curl https://x/v1/messages --data-raw '@x'`).bodyFile, undefined);
  });

  test('@file outside the workspace is not read when untrusted', () => {
    const u = one(`curl https://x/v1/messages -d @../secret.json`, { filePath: '/w/a/ask.sh', trusted: false, allowedRoots: ['/w/a'], readFile: () => '{}' });
    assert.equal(u.bodyFile?.text, undefined);
    assert.deepEqual(u.notes.map((n) => n.code), ['workspace-untrusted']);
  });

  test('forms, -G and several -d parts are not JSON bodies', () => {
    assert.ok(one(`curl https://x/v1/files -F purpose=batch -F file=@a.jsonl`).nonJsonBody);
    assert.ok(one(`curl -G https://x/v1/models -d limit=2`).nonJsonBody);
    assert.ok(one(`curl https://x/v1/messages -d a=1 -d b=2`).nonJsonBody);
  });
});

describe('Markdown fences', () => {
  test('``` and ~~~, info strings, indentation, a longer closing fence, an unclosed fence', () => {
    const text = ['# T', '```bash', 'a', '```', '  ~~~~ sh {title="x"}', 'b', '~~~', '~~~~~', '', '````json', '```', 'c', '`````', '```console', 'd'].join('\n');
    assert.deepEqual(
      scanFences(text).map((f) => [f.language, text.slice(f.start, f.end)]),
      [
        ['bash', 'a\n'],
        ['sh', 'b\n~~~\n'], // a ~~~ shorter than the opening ~~~~ does not close it
        ['json', '```\nc\n'],
        ['console', 'd'],
      ],
    );
  });

  test('a backtick fence whose info string holds a backtick is no fence', () => {
    assert.deepEqual(scanFences('``` a`b\ncurl\n```\n').length, 1); // the second line opens one that runs to the end
  });

  test('console blocks: prompt lines and their continuations only', () => {
    const block = [
      '$ curl https://x/v1/messages \\',
      "    -d '{",
      '  "a": 1',
      "}'",
      '{"output": "not a command"}',
      '% curl https://y/v1/messages -d @- <<EOF',
      '{"b": 2}',
      'EOF',
      'curl https://z/ignored -d x',
    ].join('\n');
    const script = promptLines(block);
    assert.equal(script.length, block.length);
    assert.ok(!script.includes('not a command'));
    assert.ok(!script.includes('ignored'));
    assert.ok(script.includes('"a": 1') && script.includes('{"b": 2}'));
  });

  test('units keep document offsets in every kind of fence', () => {
    const text = [
      '# Example',
      '```sh',
      `curl https://api.openai.com/v1/chat/completions -d '{"model": "gpt-4o", "messages": []}'`,
      '```',
      '```json',
      '{"model": "gpt-4o", "messages": []}',
      '```',
      '```http',
      'POST https://api.openai.com/v1/chat/completions',
      '',
      '{"model": "gpt-4o", "messages": []}',
      '```',
    ].join('\n');
    const units = splitMarkdown(text);
    assert.equal(units.length, 3);
    for (const u of units) assert.equal(text.slice(u.bodySpan!.start, u.bodySpan!.end).trim(), '{"model": "gpt-4o", "messages": []}');
  });

  test('a JSON fence that is no request gives no unit', () => {
    assert.deepEqual(splitMarkdown('```json\n{"name": "pkg", "version": "1.0.0"}\n```\n```json\n{"input": "a.txt"}\n```\n```json\n{ broken\n```\n'), []);
  });
});
