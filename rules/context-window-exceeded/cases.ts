import type { RuleCases } from '../types.ts';

const openai = (body: unknown, host = 'api.openai.com') => `POST https://${host}/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const anthropic = (body: unknown) => `POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const gemini = (model: string, body: unknown) => `POST https://generativelanguage.googleapis.com/v1beta/models/${model}:generateContent\nx-goog-api-key: {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
/** " word" is one o200k token, so n repetitions are n tokens (plus a handful). */
const words = (n: number) => ' word'.repeat(n);
/** " zqxv" is three o200k tokens but one word: the lower bound (bounds.ts) says n, the exact count 3n. */
const rareWords = (n: number) => ' zqxv'.repeat(n);
const user = (content: string) => [{ role: 'user', content }];

export const cases: RuleCases = {
  valid: [
    { name: 'a short prompt never reaches the tokenizer', languageId: 'http', code: openai({ model: 'gpt-4o', max_tokens: 16384, messages: user('hello') }) },
    { name: '100K tokens fit gpt-4o with 16K output', languageId: 'http', code: openai({ model: 'gpt-4o', max_tokens: 16000, messages: user(words(100_000)) }) },
    {
      name: 'the bounds straddle the limit (30K <= 128K < 150K bytes) and the exact count (90K) fits',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: user(rareWords(30_000)) }),
    },
    { name: 'a base64 image is not prompt text', languageId: 'http', code: openai({ model: 'gpt-4o', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: `data:image/png;base64,${'A'.repeat(600_000)}` } }] }] }) },
    { name: 'an unknown model has no window to check', languageId: 'http', code: openai({ model: 'acme-1', messages: user(words(300_000)) }) },
    { name: 'Gemini counts the input only: 200K words fit', languageId: 'http', code: gemini('gemini-2.5-flash', { contents: [{ role: 'user', parts: [{ text: words(200_000) }] }], generationConfig: { maxOutputTokens: 65536 } }) },
  ],
  invalid: [
    {
      name: 'special-token text in a prompt is counted as text, not a tokenizer crash',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: user(`${words(70_000)} <|endoftext|> <|im_start|>${words(70_000)}`) }),
      providerError: "This model's maximum context length is 128000 tokens. However, your messages resulted in 204308 tokens. Please reduce the length of the messages.",
      errors: [{ message: "This model's maximum context length is 128000 tokens. However, your messages resulted in 1400", line: 4, severity: 'error' }],
    },
    {
      name: 'gpt-4o: 140K one-token words: the lower bound alone decides, no exact count',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: user(words(140_000)) }),
      providerError: "This model's maximum context length is 128000 tokens. However, your messages resulted in 204308 tokens. Please reduce the length of the messages.",
      errors: [
        {
          message: /: at least 140000 prompt tokens\.\n.*However, your messages resulted in 140000 tokens/,
          line: 4,
          severity: 'error',
        },
      ],
    },
    {
      name: 'gpt-4o: the lower bound (50K) is under the limit, the exact count (150K) over it',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: user(rareWords(50_000)) }),
      providerError: "This model's maximum context length is 128000 tokens. However, your messages resulted in 204308 tokens. Please reduce the length of the messages.",
      errors: [{ message: /: 150000 prompt tokens\.\n.*resulted in 150000 tokens/, line: 4, severity: 'error' }],
    },
    {
      name: 'gpt-4o: the prompt fits, the prompt plus max_tokens does not',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', max_tokens: 16384, messages: user(words(115_000)) }),
      providerError: "This model's maximum context length is 8192 tokens. However, you requested 8256 tokens (64 in the messages, 8192 in the completion). Please reduce the length of the messages or completion.",
      errors: [{ message: 'in the messages, 16384 in the completion). Please reduce the length of the messages or completion.', severity: 'error' }],
    },
    {
      name: 'gpt-5: the 272K input cap applies even with room in the 400K window',
      languageId: 'http',
      code: openai({ model: 'gpt-5', messages: user(words(280_000)) }),
      providerError: "This model's maximum context length is 128000 tokens. However, your messages resulted in 204308 tokens. Please reduce the length of the messages.",
      errors: [{ message: "gpt-5's 272000-token limit", severity: 'error' }],
    },
    {
      name: 'Claude: input + max_tokens over 200K, counted with another tokenizer: warning',
      languageId: 'http',
      code: anthropic({ model: 'claude-haiku-4-5', max_tokens: 64000, messages: user(words(170_000)) }),
      providerError: 'input length and `max_tokens` exceed context limit: 199759 + 8192 > 200000, decrease input length or `max_tokens` and try again',
      errors: [{ message: /: at least about 170000 prompt tokens \(o200k_base estimate\) \+ 64000 output \('max_tokens'\)\.\n.*\+ 64000 > 200000, decrease/, severity: 'warning' }],
    },
    {
      name: 'gpt-4 asked for its whole window as output (NextChat#3195)',
      languageId: 'http',
      code: openai({ model: 'gpt-4', max_tokens: 8192, messages: user('Hello') }),
      providerError: "This model's maximum context length is 8192 tokens. However, you requested 8256 tokens (64 in the messages, 8192 in the completion). Please reduce the length of the messages or completion.",
      errors: [{ message: 'in the messages, 8192 in the completion)', severity: 'warning' }],
    },
  ],
};
