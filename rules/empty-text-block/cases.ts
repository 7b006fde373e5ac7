import type { RuleCases } from '../types.ts';

const anthropic = (body: string) =>
  `POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${body}\n`;
const gemini = (body: string) =>
  `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nContent-Type: application/json\n\n${body}\n`;

/** A Bedrock Converse request (the model is in the path). */
const converse = (body: unknown) => `POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/converse\nAuthorization: {{AWS_SIGV4}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'converse: text blocks with text, and an image block',
      languageId: 'http',
      code: converse({ messages: [{ role: 'user', content: [{ text: 'What is this?' }, { image: { format: 'png', source: { bytes: 'iVBORw0KGgo=' } } }] }] }),
    },
    {
      name: 'anthropic text blocks with text',
      languageId: 'http',
      code: anthropic('{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":[{"type":"text","text":"hi"}]}]}'),
    },
    {
      name: 'text from a variable is unknown, not empty',
      languageId: 'http',
      code: anthropic('{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":[{"type":"text","text":"{{prompt}}"}]}]}'),
    },
    {
      name: 'unquoted variable as text',
      languageId: 'http',
      code: anthropic('{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":[{"type":"text","text":{{prompt}}}]}]}'),
    },
    {
      name: 'gemini parts with text',
      languageId: 'http',
      code: gemini('{"contents":[{"role":"user","parts":[{"text":"Hello"}]}]}'),
    },
    {
      name: 'openai chat empty text part on OpenAI itself is not reported (no evidence it is rejected)',
      languageId: 'json',
      code: '{"model":"gpt-4.1","messages":[{"role":"user","content":[{"type":"text","text":""},{"type":"text","text":"hi"}]}]}',
    },
  ],
  invalid: [
    {
      name: 'converse: an empty text block',
      languageId: 'http',
      code: converse({ messages: [{ role: 'user', content: [{ text: 'a' }] }, { role: 'assistant', content: [{ text: 'b' }] }, { role: 'user', content: [{ text: 'c' }, { text: '' }] }] }),
      providerError: 'The text field in the ContentBlock object at messages.2.content.1 is blank. Add text to the text field, and try again.',
      errors: [{ message: 'at messages.2.content.1 is blank', line: 4, severity: 'error' }],
    },
    {
      name: 'converse: a whitespace-only text block',
      languageId: 'http',
      code: converse({ messages: [{ role: 'user', content: [{ text: '  ' }] }] }),
      providerError: 'The text field in the ContentBlock object at messages.0.content.0 is blank. Add text to the text field, and try again.',
      errors: [{ message: 'Whitespace-only text block', line: 4, severity: 'error' }],
    },
    {
      name: 'anthropic empty text block',
      languageId: 'http',
      code: anthropic('{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":[{"type":"text","text":""}]}]}'),
      providerError: 'messages: text content blocks must be non-empty',
      errors: [{ message: 'text content blocks must be non-empty', line: 4, severity: 'error' }],
    },
    {
      name: 'anthropic whitespace-only block inside a tool_result and in system',
      languageId: 'json',
      code: JSON.stringify(
        {
          model: 'claude-opus-4-1',
          max_tokens: 100,
          system: [{ type: 'text', text: '  ' }],
          messages: [
            { role: 'user', content: 'weather?' },
            { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'w', input: {} }] },
            { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [{ type: 'text', text: '\n' }] }] },
          ],
        },
        null,
        2,
      ),
      providerError: 'messages: text content blocks must contain non-whitespace text',
      errors: [{ message: 'non-whitespace', line: 6 }, { message: 'non-whitespace', line: 34 }],
      // The only block goes with its owner: the system prompt, the tool_result's (optional) content.
      output: JSON.stringify(
        {
          model: 'claude-opus-4-1',
          max_tokens: 100,
          messages: [
            { role: 'user', content: 'weather?' },
            { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'w', input: {} }] },
            { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1' }] },
          ],
        },
        null,
        2,
      ),
    },
    {
      name: 'fix: an empty block among others is removed, keeping the indentation and the {{variables}}',
      languageId: 'http',
      code: anthropic(
        '{\n  "model": "{{model}}",\n  "max_tokens": 10,\n  "messages": [\n    {"role": "user", "content": [\n      {"type": "text", "text": ""},\n      {"type": "text", "text": "{{question}}"}\n    ]}\n  ]\n}',
      ),
      providerError: 'messages: text content blocks must be non-empty',
      errors: [{ line: 9, fixes: [{ title: 'Remove the empty text block', output: anthropic('{\n  "model": "{{model}}",\n  "max_tokens": 10,\n  "messages": [\n    {"role": "user", "content": [\n      {"type": "text", "text": "{{question}}"}\n    ]}\n  ]\n}') }] }],
      output: anthropic('{\n  "model": "{{model}}",\n  "max_tokens": 10,\n  "messages": [\n    {"role": "user", "content": [\n      {"type": "text", "text": "{{question}}"}\n    ]}\n  ]\n}'),
    },
    {
      name: 'fix: a Gemini turn whose only part is empty goes; JSONC trailing commas stay',
      languageId: 'jsonc',
      code: '{\n  "model": "gemini-2.5-flash",\n  "contents": [\n    {"role": "user", "parts": [{"text": "hi"}]},\n    {"role": "model", "parts": [{"text": ""}]},\n    {"role": "user", "parts": [{"text": "again"}]},\n  ],\n}\n',
      providerError: 'Unable to submit request because it has an empty text parameter.',
      errors: [{ line: 4, fixes: [{ title: 'Remove the empty message', output: '{\n  "model": "gemini-2.5-flash",\n  "contents": [\n    {"role": "user", "parts": [{"text": "hi"}]},\n    {"role": "user", "parts": [{"text": "again"}]},\n  ],\n}\n' }] }],
      output: '{\n  "model": "gemini-2.5-flash",\n  "contents": [\n    {"role": "user", "parts": [{"text": "hi"}]},\n    {"role": "user", "parts": [{"text": "again"}]},\n  ],\n}\n',
    },
    {
      name: 'gemini empty text part',
      languageId: 'http',
      code: gemini('{"contents":[{"role":"user","parts":[{"text":""}]}]}'),
      providerError: 'Unable to submit request because it has an empty text parameter.',
      errors: [{ message: 'empty text parameter', line: 3 }],
    },
    {
      name: 'chat body for a Claude model through a relay warns',
      languageId: 'http',
      code: 'POST https://relay.example.com/v1/chat/completions\nContent-Type: application/json\n\n{"model":"claude-sonnet-4-5","messages":[{"role":"user","content":[{"type":"text","text":""}]}]}\n',
      providerError: 'messages: text content blocks must be non-empty',
      errors: [{ severity: 'warning', line: 3 }],
    },
  ],
};

// SDK calls in source code (server/src/core/sources): the same checks through the body map, at the argument's range.
cases.valid.push(
  { name: "Python: the text comes from a variable", languageId: 'python', code: "import anthropic\n\nclient = anthropic.Anthropic()\nclient.messages.create(model=\"claude-sonnet-4-5\", max_tokens=10, messages=[{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": prompt}]}])\n" },
);
cases.invalid.push(
  { name: "Python: an empty text block", languageId: 'python', code: "import anthropic\n\nclient = anthropic.Anthropic()\nclient.messages.create(model=\"claude-sonnet-4-5\", max_tokens=10, messages=[{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"\"}]}])\n", providerError: 'messages: text content blocks must be non-empty', errors: [{ message: "non-empty", text: "\"\"" }] },
  { name: "TypeScript: an empty text block", languageId: 'typescript', code: "import Anthropic from '@anthropic-ai/sdk';\n\nconst client = new Anthropic();\nawait client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: [{ type: 'text', text: '' }] }] });\n", providerError: 'messages: text content blocks must be non-empty', errors: [{ message: "non-empty", text: "''" }] },
);
