import type { RuleCases } from '../types.ts';

const OPENAI = 'POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n';

export const cases: RuleCases = {
  valid: [
    {
      name: 'the same key in different objects (sibling messages, nested objects)',
      languageId: 'http',
      code: OPENAI + '{\n  "model": "gpt-4o",\n  "messages": [\n    {"role": "system", "content": "a"},\n    {"role": "user", "content": {"role": "x"}}\n  ]\n}\n',
    },
    {
      name: 'a key-like text inside a string (tool arguments carry escaped JSON)',
      languageId: 'http',
      code: OPENAI + '{"model": "gpt-4o", "messages": [{"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{\\"model\\": 1, \\"model\\": 2}"}}]}, {"role": "tool", "tool_call_id": "c1", "content": "\\": \\"model\\":"}]}\n',
    },
    {
      name: 'two keys from variables may differ',
      languageId: 'http',
      code: OPENAI + '{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "metadata": {"{{a}}": "1", "{{b}}": "2"}}\n',
    },
  ],
  invalid: [
    {
      name: 'model written twice: the second silently wins',
      languageId: 'http',
      code: OPENAI + '{\n  "model": "gpt-4o",\n  "messages": [{"role": "user", "content": "hi"}],\n  "model": "gpt-4o-mini"\n}\n',
      providerError: 'Many implementations report the last name/value pair only.',
      errors: [{ message: "Duplicate key 'model'", line: 7, severity: 'warning' }],
    },
    {
      name: 'a repeated key inside a message, and a third occurrence elsewhere (every repeat reported)',
      languageId: 'json',
      code: '{\n  "model": "claude-sonnet-4-5",\n  "max_tokens": 10,\n  "messages": [\n    {"role": "user", "content": "a", "content": "b"}\n  ],\n  "max_tokens": 20,\n  "max_tokens": 30\n}\n',
      providerError: 'it ignores all but the last name-value pair for a given name',
      errors: [
        { message: "Duplicate key 'content'", line: 4 },
        { message: "Duplicate key 'max_tokens'", line: 6 },
        { message: "Duplicate key 'max_tokens'", line: 7 },
      ],
    },
    {
      name: 'keys spelled with escapes are the same key; templated values do not hide it',
      languageId: 'http',
      code: OPENAI + '{"model": {{model}}, "messages": [{"role": "user", "content": "hi"}], "temperature": 1, "temper\\u0061ture": 0}\n',
      providerError: 'Many implementations report the last name/value pair only.',
      errors: [{ message: "Duplicate key 'temperature'", line: 4 }],
    },
  ],
};
