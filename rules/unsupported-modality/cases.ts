import type { RuleCases } from '../types.ts';

const http = (url: string, body: unknown, auth = 'Authorization: Bearer {{key}}') => `POST ${url}\n${auth}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const chat = (body: unknown, host = 'api.openai.com') => http(`https://${host}/v1/chat/completions`, body);
const responses = (body: unknown) => http('https://api.openai.com/v1/responses', body);
const anthropic = (body: unknown) => http('https://api.anthropic.com/v1/messages', body, 'x-api-key: {{key}}\nanthropic-version: 2023-06-01');
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const PDF = 'data:application/pdf;base64,JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSPj4Kc3RyZWFtCg==';
const MP3 = 'SUQzBAAAAAAAI1RTU0UAAAAPAAADTGF2ZjU3LjgzLjEwMAAAAAAAAAAAAAAA';
const image = { type: 'image_url', image_url: { url: PNG } };
const audio = { type: 'input_audio', input_audio: { data: MP3, format: 'mp3' } };
const user = (content: unknown[]) => [{ role: 'user', content: [{ type: 'text', text: 'Describe this.' }, ...content] }];

export const cases: RuleCases = {
  valid: [
    { name: 'an image to gpt-4o', languageId: 'http', code: chat({ model: 'gpt-4o', messages: user([image]) }) },
    { name: 'audio to gpt-4o-audio-preview', languageId: 'http', code: chat({ model: 'gpt-4o-audio-preview', modalities: ['text'], messages: user([audio]) }) },
    { name: 'a PDF file part to gpt-5-mini (models.dev omits pdf; OpenAI accepts it)', languageId: 'http', code: chat({ model: 'gpt-5-mini', messages: user([{ type: 'file', file: { filename: 'a.pdf', file_data: PDF } }]) }) },
    { name: 'an image to an unknown model', languageId: 'http', code: chat({ model: 'my-vision-finetune', messages: user([image]) }) },
    { name: 'Responses: a text file as input_file', languageId: 'http', code: responses({ model: 'gpt-5', input: [{ role: 'user', content: [{ type: 'input_file', filename: 'a.txt', file_data: 'data:text/plain;base64,SGVsbG8=' }] }] }) },
    {
      name: 'Anthropic: a plain-text document to Claude 3 Haiku (no PDF needed)',
      languageId: 'http',
      code: anthropic({ model: 'claude-3-haiku-20240307', max_tokens: 100, messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Hello' } }] }] }),
    },
    {
      name: 'Gemini: video to gemini-2.5-flash',
      languageId: 'http',
      code: http('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent', { contents: [{ role: 'user', parts: [{ fileData: { mimeType: 'video/mp4', fileUri: 'https://example.com/v.mp4' } }] }] }, 'x-goog-api-key: {{key}}'),
    },
    {
      name: 'a templated part is unknown',
      languageId: 'http',
      code: 'POST https://api.deepseek.com/chat/completions\nAuthorization: Bearer {{key}}\n\n{"model":"deepseek-chat","messages":[{"role":"user","content":[{{part}}]}]}\n',
    },
  ],
  invalid: [
    {
      name: 'input_audio to gpt-5-mini (recorded)',
      languageId: 'http',
      code: chat({ model: 'gpt-5-mini', messages: [{ role: 'user', content: 'Listen.' }, ...user([audio])] }),
      providerError: "Invalid 'messages[3]'. Content blocks are expected to be either text or image_url type.",
      errors: [{ message: `Invalid 'messages[1]'. Content blocks are expected to be either text or image_url type."`, line: 4, severity: 'error' }],
    },
    {
      name: 'an image to o3-mini',
      languageId: 'http',
      code: chat({ model: 'o3-mini', messages: user([image]) }),
      providerError: 'Invalid content type. image_url is only supported by certain models.',
      errors: [{ message: 'OpenAI answers: "Invalid content type. image_url is only supported by certain models."', severity: 'error' }],
    },
    {
      name: 'an image to DeepSeek',
      languageId: 'http',
      code: http('https://api.deepseek.com/chat/completions', { model: 'deepseek-chat', messages: [{ role: 'system', content: 'Be brief.' }, ...user([image])] }),
      providerError: 'Failed to deserialize the JSON body into the target type: messages[1]: unknown variant `image_url`, expected `text`',
      errors: [{ message: 'DeepSeek answers: "Failed to deserialize the JSON body into the target type: messages[1]: unknown variant `image_url`, expected `text`"', severity: 'error' }],
    },
    {
      name: 'Responses: audio sent as input_file (recorded)',
      languageId: 'http',
      code: responses({ model: 'gpt-5-mini', input: [{ role: 'user', content: [{ type: 'input_file', filename: 'a.mp3', file_data: `data:audio/mpeg;base64,${MP3}` }] }] }),
      providerError:
        "Invalid file data: 'input[4].content[0].file_data'. Expected a base64-encoded data URL with a valid file MIME type (e.g. 'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ=='), but got unsupported MIME type 'audio/mpeg'.",
      errors: [{ message: "Invalid file data: 'input[0].content[0].file_data'. Expected a base64-encoded data URL with a valid file MIME type", severity: 'error' }],
    },
    {
      name: 'Chat Completions: a non-PDF file part',
      languageId: 'http',
      code: chat({ model: 'gpt-4o', messages: user([{ type: 'file', file: { filename: 'notes.txt', file_data: 'data:text/plain;base64,SGVsbG8=' } }]) }),
      providerError: "Invalid file data: 'messages[1].content[0].file.file_data'. Expected a base64-encoded data URL with an application/pdf MIME type (e.g. 'data:application/pdf;base64,SGVsbG8sIFdvcmxkIQ==')",
      errors: [{ message: "Chat Completions takes only PDF in a 'file' part, not text/plain: use the Responses API or a text part.", severity: 'error' }],
    },
    {
      name: 'Anthropic: a PDF to Claude 3 Haiku',
      languageId: 'http',
      code: anthropic({ model: 'claude-3-haiku-20240307', max_tokens: 100, messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'url', url: 'https://example.com/a.pdf' } }] }] }),
      providerError: 'claude-3-5-haiku-20241022 does not support PDFs. (Bedrock wording for a Claude model without PDF input; https://github.com/boto/boto3/issues/4581)',
      errors: [{ message: 'claude-3-haiku-20240307 does not take PDF input', severity: 'error' }],
    },
    {
      name: 'one source only (no models.dev row): a warning',
      languageId: 'http',
      code: chat({ model: 'gpt-4o-audio-preview', messages: user([image]) }),
      providerError: 'Invalid content type. image_url is only supported by certain models.',
      errors: [{ message: 'the model table lists text, audio', severity: 'warning' }],
    },
    {
      name: 'through a relay it is a warning',
      languageId: 'http',
      code: chat({ model: 'gpt-5-mini', messages: user([audio]) }, 'llm.example.com'),
      providerError: "Invalid 'messages[3]'. Content blocks are expected to be either text or image_url type.",
      errors: [{ severity: 'warning' }],
    },
  ],
};
