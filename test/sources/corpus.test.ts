import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { applyFixEdits } from '../../server/src/core/fix.ts';
import { lintText } from '../../server/src/core/lint.ts';
import { loadGrammar } from '../../server/src/core/sources/grammars.ts';
import { LineIndex } from '../../server/src/core/text.ts';
import type { Finding } from '../../server/src/core/types.ts';

/**
 * Requests where they are written (issue 12): curl commands from the providers' docs in shell scripts, and
 * Markdown READMEs with request examples, must lint with no error; the same requests made invalid are caught
 * at the exact range, in a script and in a Markdown fence.
 */
const ROOT = join(import.meta.dirname, '../fixtures/sources');
const SHELL = readdirSync(join(ROOT, 'shell')).filter((f) => f.endsWith('.sh')).sort();
const MARKDOWN = readdirSync(join(ROOT, 'markdown')).filter((f) => f.endsWith('.md')).sort();

before(() => loadGrammar('bash'));

const show = (text: string, findings: Finding[]) => {
  const lines = new LineIndex(text);
  return findings.map((f) => `  ${lines.positionAt(f.span.start).line + 1}: [${f.severity}] ${f.rule}: ${f.message}`);
};

describe('curl examples from the providers\' docs', () => {
  test('at least 20, each with its source', () => {
    assert.ok(SHELL.length >= 20, `${SHELL.length} scripts`);
  });
  for (const file of SHELL) {
    test(file, () => {
      const path = join(ROOT, 'shell', file);
      const text = readFileSync(path, 'utf8');
      assert.match(text, /^# source: https?:\/\/\S+/m, 'a "# source: <URL>" line');
      const result = lintText(text, { filePath: path });
      assert.equal(result.units.length, 1, 'one curl request');
      assert.ok(result.units[0].detection.api, `no API detected: ${result.units[0].detection.reasons.join('; ')}`);
      assert.ok(result.units[0].unit.bodyText, 'the body was read');
      assert.deepEqual(show(text, result.findings.filter((f) => f.severity === 'error')), []);
    });
  }
});

describe('Markdown READMEs with request examples', () => {
  for (const file of MARKDOWN) {
    test(file, () => {
      const path = join(ROOT, 'markdown', file);
      const text = readFileSync(path, 'utf8');
      assert.match(text, /^<!-- source: https?:\/\/\S+/, 'a "<!-- source: <URL> -->" first line');
      const result = lintText(text, { filePath: path });
      assert.ok(result.units.length > 0, 'requests found');
      for (const { detection } of result.units) assert.ok(detection.api, detection.reasons.join('; '));
      assert.deepEqual(show(text, result.findings.filter((f) => f.severity === 'error')), []);
    });
  }

  test('JSON that is not a request gives no finding at all, not even a syntax error', () => {
    const text = readFileSync(join(ROOT, 'markdown', 'anthropic-readme.md'), 'utf8');
    const result = lintText(text, { filePath: 'README.md' });
    const config = text.indexOf('Configuration of this project');
    assert.deepEqual(result.findings.filter((f) => f.span.start > config), []);
    assert.ok(result.units.every((u) => u.unit.span.start < config), 'no unit for the configuration blocks');
  });
});

/** A valid request per API, in curl; `variant` replaces `from` by `to` in the body. */
const OPENAI = `curl https://api.openai.com/v1/chat/completions \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer $OPENAI_API_KEY" \\
  -d '{"model": "gpt-4o", "temperature": 0.7, "messages": [{"role": "user", "content": "Hello"}]}'
`;
const ANTHROPIC = `curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: $ANTHROPIC_API_KEY" \\
  -H "anthropic-version: 2023-06-01" \\
  -H "content-type: application/json" \\
  -d '{"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": "Hello"}]}'
`;

interface Variant {
  name: string;
  rule: string;
  base: string;
  from: string;
  to: string;
  /** The text the finding must cover, found in the variant after `from`'s place. */
  range: string;
}

const VARIANTS: Variant[] = [
  { name: 'a misspelt parameter', rule: 'unknown-parameter', base: OPENAI, from: '"temperature": 0.7', to: '"temprature": 0.7', range: '"temprature"' },
  { name: 'temperature on a reasoning model', rule: 'model-unsupported-parameter', base: OPENAI, from: '"model": "gpt-4o"', to: '"model": "o3"', range: '0.7' },
  { name: 'max_tokens left out for Anthropic', rule: 'missing-required-field', base: ANTHROPIC, from: '"max_tokens": 1024, ', to: '', range: '' },
  { name: 'temperature out of range', rule: 'parameter-out-of-range', base: OPENAI, from: '"temperature": 0.7', to: '"temperature": 3', range: '3' },
  { name: 'temperature with top_p for Claude', rule: 'temperature-with-top-p', base: ANTHROPIC, from: '"max_tokens": 1024,', to: '"max_tokens": 1024, "temperature": 0.5, "top_p": 0.9,', range: '' },
];

/** The finding of `rule` in `text`, with the text it covers. */
function caught(text: string, rule: string, options: { filePath: string }): { finding: Finding; covered: string } {
  const result = lintText(text, options);
  const finding = result.findings.find((f) => f.rule === rule);
  assert.ok(finding, `no ${rule} finding; got:\n${show(text, result.findings).join('\n')}`);
  return { finding, covered: text.slice(finding.span.start, finding.span.end) };
}

function expectedRange(variant: Variant, text: string, bodyStart: number): void {
  const { covered, finding } = caught(text, variant.rule, { filePath: 'x' + (text.startsWith('#') ? '.md' : '.sh') });
  if (variant.range) {
    assert.equal(covered, variant.range);
    assert.equal(finding.span.start, text.indexOf(variant.range, bodyStart));
  } else {
    // Whole-body findings (a missing field, a pair of parameters): on the body or a part of it, inside the quotes.
    assert.ok(finding.span.start >= bodyStart && finding.span.end <= text.lastIndexOf("'"), `${finding.span.start}..${finding.span.end}`);
  }
}

describe('invalid variants are caught at the exact range', () => {
  for (const variant of VARIANTS) {
    test(`shell: ${variant.name} (${variant.rule})`, () => {
      assert.ok(variant.base.includes(variant.from));
      // The valid base has no finding of this rule.
      assert.equal(lintText(variant.base, { filePath: 'x.sh' }).findings.filter((f) => f.rule === variant.rule).length, 0);
      const text = variant.base.replace(variant.from, variant.to);
      expectedRange(variant, text, text.indexOf("-d '"));
    });
    test(`Markdown: ${variant.name} (${variant.rule})`, () => {
      const text = `# Example\n\nSome words.\n\n\`\`\`bash\n${variant.base.replace(variant.from, variant.to)}\`\`\`\n`;
      expectedRange(variant, text, text.indexOf("-d '"));
    });
  }

  test('Markdown: a json block and an http block are checked too', () => {
    const json = '# Body\n\n```json\n{"model": "gpt-4o", "temprature": 1, "messages": [{"role": "user", "content": "Hi"}]}\n```\n';
    assert.equal(caught(json, 'unknown-parameter', { filePath: 'a.md' }).covered, '"temprature"');
    const http = '# Request\n\n```http\nPOST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{KEY}}\nContent-Type: application/json\n\n{"model": "gpt-4o", "temperature": 3, "messages": [{"role": "user", "content": "Hi"}]}\n```\n';
    const { covered, finding } = caught(http, 'parameter-out-of-range', { filePath: 'a.md' });
    assert.equal(covered, '3');
    assert.equal(finding.span.start, http.indexOf('3, "messages"'));
  });
});

describe('quick fixes edit the script through the same-length body', () => {
  test('shell, single quotes: the rename of a misspelt parameter', () => {
    const text = OPENAI.replace('"temperature"', '"temprature"');
    const { finding } = caught(text, 'unknown-parameter', { filePath: 'a.sh' });
    const fix = finding.fixes?.find((f) => f.preferred);
    assert.ok(fix, 'a preferred fix');
    assert.equal(applyFixEdits(text, fix.edits), OPENAI);
  });

  test('shell, double quotes: a rename keeps the escapes (\\")', () => {
    const good = 'curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer $K" -H "Content-Type: application/json" -d "{\\"model\\": \\"gpt-4o\\", \\"temperature\\": 0.7, \\"messages\\": [{\\"role\\": \\"user\\", \\"content\\": \\"Hi\\"}]}"\n';
    const text = good.replace('temperature', 'temprature');
    const { finding, covered } = caught(text, 'unknown-parameter', { filePath: 'a.sh' });
    assert.equal(covered, '"temprature\\');
    const fix = finding.fixes?.find((f) => f.preferred);
    assert.ok(fix);
    assert.equal(applyFixEdits(text, fix.edits), good);
  });

  test('shell, double quotes: an inserted field is escaped for the shell', () => {
    const text = 'curl https://api.anthropic.com/v1/messages -H "x-api-key: $K" -H "anthropic-version: 2023-06-01" -H "content-type: application/json" -d "{\\"model\\": \\"claude-sonnet-4-5\\", \\"messages\\": [{\\"role\\": \\"user\\", \\"content\\": \\"Hi\\"}]}"\n';
    const { finding } = caught(text, 'missing-required-field', { filePath: 'a.sh' });
    for (const fix of finding.fixes ?? []) {
      const fixed = applyFixEdits(text, fix.edits);
      const after = lintText(fixed, { filePath: 'a.sh' });
      assert.equal(after.findings.filter((f) => f.rule === 'missing-required-field' || f.rule === 'json-syntax').length, 0, fixed);
      assert.equal(after.units[0].unit.nonJsonBody, undefined, 'the body still reads');
    }
  });

  test('Markdown: the rename in a bash fence', () => {
    const good = `# Example\n\n\`\`\`bash\n${OPENAI}\`\`\`\n`;
    const text = good.replace('"temperature"', '"temprature"');
    const fix = caught(text, 'unknown-parameter', { filePath: 'a.md' }).finding.fixes?.find((f) => f.preferred);
    assert.ok(fix);
    assert.equal(applyFixEdits(text, fix.edits), good);
  });
});

describe('disable comments', () => {
  test('shell: # llm-preflight-disable-next-request above the command', () => {
    const text = `# llm-preflight-disable-next-request unknown-parameter\n${OPENAI.replace('"temperature"', '"temprature"')}`;
    assert.deepEqual(lintText(text, { filePath: 'a.sh' }).findings.filter((f) => f.severity === 'error'), []);
  });
  test('Markdown: <!-- llm-preflight-disable-next-request --> above the fence', () => {
    const text = `# Example\n\n<!-- llm-preflight-disable-next-request -->\n\`\`\`sh\n${OPENAI.replace('"temperature": 0.7', '"temperature": 3')}\`\`\`\n`;
    assert.deepEqual(lintText(text, { filePath: 'a.md' }).findings, []);
  });
  test('Markdown: an unused directive is reported', () => {
    const text = `# Example\n\n<!-- llm-preflight-disable-next-request -->\n\`\`\`sh\n${OPENAI}\`\`\`\n`;
    assert.deepEqual(lintText(text, { filePath: 'a.md' }).findings.map((f) => f.rule), ['unused-disable-directive']);
  });
});
