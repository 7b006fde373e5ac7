import type { RuleCases } from '../types.ts';

const post = (url: string, body: unknown, headers = 'Content-Type: application/json') =>
  `POST ${url}\n${headers}\n\n${typeof body === 'string' ? body : JSON.stringify(body)}\n`;
const OPENAI = 'https://api.openai.com/v1/chat/completions';
const ANTHROPIC = 'https://api.anthropic.com/v1/messages';
const GEMINI = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent';
const chat = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] };
const claude = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] };

export const cases: RuleCases = {
  valid: [
    { name: 'numbers, booleans and nullable params with null', languageId: 'http', code: post(OPENAI, { ...chat, temperature: 0.2, max_completion_tokens: 100, stream: false, top_p: null, seed: null }) },
    { name: 'an integer where a decimal is expected', languageId: 'http', code: post(OPENAI, { ...chat, temperature: 1 }) },
    { name: 'a templated value is unknown, not wrong', languageId: 'http', code: post(OPENAI, '{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"temperature":{{temp}},"max_tokens":"{{max}}"}') },
    { name: 'Gemini accepts numbers written as strings (proto JSON)', languageId: 'http', code: post(GEMINI, { contents: [{ role: 'user', parts: [{ text: 'x' }] }], generationConfig: { temperature: '0.5', maxOutputTokens: '256' } }) },
    // Google's own REST samples (google-gemini/api-examples rest/system_instruction.sh, Vertex intro_gemini_curl.ipynb).
    { name: 'Gemini accepts a single object for a repeated field (official samples)', languageId: 'http', code: post(GEMINI, { system_instruction: { parts: { text: 'You are a cat. Your name is Neko.' } }, contents: { parts: { text: 'Hello there' } }, safety_settings: { category: 'HARM_CATEGORY_SEXUALLY_EXPLICIT', threshold: 'BLOCK_LOW_AND_ABOVE' } }) },
    { name: 'tool_choice as a string or an object', languageId: 'http', code: post(OPENAI, { ...chat, tools: [{ type: 'function', function: { name: 'f', parameters: {} } }], tool_choice: { type: 'function', function: { name: 'f' } } }) },
  ],
  invalid: [
    {
      name: 'temperature as a string on OpenAI',
      languageId: 'http',
      code: post(OPENAI, { ...chat, temperature: '0.7' }),
      providerError: "Invalid type for 'max_tokens': expected an integer, but got a string instead.",
      errors: [{ message: "Invalid type for 'temperature': expected a decimal, but got a string instead.", line: 3, severity: 'error' }],
    },
    {
      name: 'max_tokens as a string on OpenAI',
      languageId: 'http',
      code: post(OPENAI, { ...chat, max_tokens: '1024' }),
      providerError: "Invalid type for 'max_tokens': expected an integer, but got a string instead.",
      errors: [{ message: "Invalid type for 'max_tokens': expected an integer, but got a string instead.", severity: 'error' }],
    },
    {
      name: 'a decimal n and a string stream',
      languageId: 'http',
      code: post(OPENAI, { ...chat, n: 1.5, stream: 'true' }),
      providerError: "Invalid type for 'max_tokens': expected an integer, but got a string instead.",
      errors: [
        { message: "Invalid type for 'n': expected an integer, but got a decimal number instead." },
        { message: "Invalid type for 'stream': expected a boolean, but got a string instead." },
      ],
    },
    {
      name: 'max_tokens as a string on Anthropic',
      languageId: 'http',
      code: post(ANTHROPIC, { ...claude, max_tokens: '4096' }, 'anthropic-version: 2023-06-01'),
      providerError: 'max_tokens: Input should be a valid integer',
      errors: [{ message: 'max_tokens: Input should be a valid integer', severity: 'error' }],
    },
    {
      name: 'a message that is a string instead of an object',
      languageId: 'http',
      code: post(OPENAI, { model: 'gpt-4o', messages: ['hi'] }),
      providerError: "Invalid type for 'max_tokens': expected an integer, but got a string instead.",
      errors: [{ message: "Invalid type for 'messages[0]': expected an object, but got a string instead." }],
    },
    {
      name: 'relay: a warning only',
      languageId: 'http',
      code: post('https://llm.example.com/v1/chat/completions', { ...chat, temperature: 'hot' }),
      providerError: "Invalid type for 'max_tokens': expected an integer, but got a string instead.",
      errors: [{ severity: 'warning', message: "'temperature' should be number | null, not string." }],
    },
  ],
};
