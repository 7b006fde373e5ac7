import type { RuleCases } from '../types.ts';

const chat = (url: string, host = 'api.openai.com') =>
  `POST https://${host}/v1/chat/completions\nContent-Type: application/json\n\n${JSON.stringify({
    model: 'gpt-4o',
    messages: [{ role: 'user', content: [{ type: 'text', text: 'What is it?' }, { type: 'image_url', image_url: { url } }] }],
  })}\n`;
const gemini = (fileData: unknown) =>
  `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nContent-Type: application/json\n\n${JSON.stringify({
    contents: [{ role: 'user', parts: [{ text: 'Describe it.' }, { fileData }] }],
  })}\n`;
const anthropic = (url: string) =>
  `POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify({
    model: 'claude-sonnet-4-5',
    max_tokens: 100,
    messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'url', url } }, { type: 'text', text: 'Describe it.' }] }],
  })}\n`;
const dashscope = (image: string) =>
  `POST https://dashscope.aliyuncs.com/api/v1/services/aigc/multimodal-generation/generation\nContent-Type: application/json\n\n${JSON.stringify({
    model: 'qwen-vl-max',
    input: { messages: [{ role: 'user', content: [{ image }, { text: 'What is this?' }] }] },
  })}\n`;

export const cases: RuleCases = {
  valid: [
    { name: 'OpenAI public https URL', languageId: 'http', code: chat('https://upload.wikimedia.org/wikipedia/commons/a/a7/Camponotus_flavomarginatus_ant.jpg') },
    { name: 'OpenAI well-formed data URL', languageId: 'http', code: chat('data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==') },
    { name: 'Gemini fileUri: a YouTube URL (recorded 200)', languageId: 'http', code: gemini({ fileUri: 'https://youtu.be/lCdaVNyHtjU', mimeType: 'video/mp4' }) },
    { name: 'Gemini file_uri: gs:// bucket', languageId: 'http', code: gemini({ file_uri: 'gs://bucket/cat.png', mime_type: 'image/png' }) },
    { name: 'DashScope oss:// temporary upload URL', languageId: 'http', code: dashscope('oss://dashscope-instant/abc/cat.png') },
    { name: 'a templated URL is never reported', languageId: 'http', code: 'POST https://api.openai.com/v1/chat/completions\n\n{"model":"gpt-4o","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"{{imageUrl}}"}}]}]}\n' },
    { name: 'a URL built from a variable is unknown', languageId: 'http', code: 'POST https://api.openai.com/v1/chat/completions\n\n{"model":"gpt-4o","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"{{base}}/cat.png"}}]}]}\n' },
  ],
  invalid: [
    {
      name: 'OpenAI: a local path',
      languageId: 'http',
      code: chat('/Users/me/Desktop/cat.png'),
      providerError: "Invalid image URL: 'messages[0].content[1].image_url.url'. Expected a base64-encoded data URL with an image MIME type (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU='), but got a value without the 'data:' prefix.",
      errors: [{ message: "Invalid image URL: 'messages[0].content[1].image_url.url'. Expected a base64-encoded data URL", line: 3, severity: 'error' }],
    },
    {
      name: 'OpenAI: raw base64 without the data: prefix',
      languageId: 'http',
      code: chat('iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB'),
      providerError: "but got a value without the 'data:' prefix.",
      errors: [{ message: "prefix it with 'data:image/png;base64,'", severity: 'error' }],
    },
    {
      name: 'OpenAI: a file: URL',
      languageId: 'http',
      code: chat('file:///tmp/cat.png'),
      providerError: "but got a value without the 'data:' prefix.",
      errors: [{ message: 'The image URL is a file: URL', severity: 'error' }],
    },
    {
      name: 'OpenAI: localhost is a warning',
      languageId: 'http',
      code: chat('http://localhost:8080/cat.png'),
      providerError: 'Timeout while downloading {url here}',
      errors: [{ message: "The provider cannot fetch from 'localhost' (a local or private host): send the image inline.", severity: 'warning' }],
    },
    {
      name: 'OpenAI: a data URL without ;base64',
      languageId: 'http',
      code: chat('data:image/png,iVBORw0KGgo'),
      providerError: "Expected a base64-encoded data URL with an image MIME type (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU=')",
      errors: [{ message: "Malformed data URL: ';base64' is missing from its header.", severity: 'error' }],
    },
    {
      name: 'Gemini: fileUri is a local path',
      languageId: 'http',
      code: gemini({ fileUri: './photos/cat.png', mimeType: 'image/png' }),
      providerError: 'Invalid or unsupported file uri: https://upload.wikimedia.org/wikipedia/commons/4/4d/Cat_November_2010-1a.jpg',
      errors: [{ message: 'Invalid or unsupported file uri: ./photos/cat.png', severity: 'error' }],
    },
    {
      name: 'Gemini: a private-network host is a warning',
      languageId: 'http',
      code: gemini({ fileUri: 'http://192.168.1.20/cat.png', mimeType: 'image/png' }),
      providerError: 'Invalid or unsupported file uri: https://upload.wikimedia.org/wikipedia/commons/4/4d/Cat_November_2010-1a.jpg',
      errors: [{ message: "The provider cannot fetch from '192.168.1.20' (a local or private host): send the file inline.", severity: 'warning' }],
    },
    {
      name: 'DashScope: a Windows path',
      languageId: 'http',
      code: dashscope('C:\\Users\\me\\cat.png'),
      providerError: 'The provided URL does not appear to be valid. Ensure it is correctly formatted.',
      errors: [{ message: 'The provided URL does not appear to be valid.', severity: 'error' }],
    },
    {
      name: 'Anthropic: a data URL in a url source is a warning',
      languageId: 'http',
      code: anthropic('data:image/png;base64,iVBORw0KGgo='),
      providerError: '(Anthropic wording not recorded: a url source must be a public http(s) URL)',
      errors: [{ message: "use a 'base64' source", severity: 'warning' }],
    },
    {
      name: 'OpenAI: file_data holds a local path, not a data URL',
      languageId: 'http',
      code: `POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n${JSON.stringify({
        model: 'gpt-4o',
        messages: [{ role: 'user', content: [{ type: 'file', file: { filename: 'report.pdf', file_data: '/home/me/report.pdf' } }, { type: 'text', text: 'Summarise it.' }] }],
      })}\n`,
      providerError: "Invalid file data: 'messages[0].content[0].file.file_data'. Expected a base64-encoded data URL … but got an invalid base64-encoded value.",
      errors: [{ message: "'file_data' must be a base64 data URL, not a local path: upload it with the Files API and send 'file_id'.", severity: 'error' }],
    },
    {
      name: 'OpenAI Responses: file_url is a file: URL (warning, wording not recorded)',
      languageId: 'http',
      code: `POST https://api.openai.com/v1/responses\nContent-Type: application/json\n\n${JSON.stringify({
        model: 'gpt-4o',
        input: [{ role: 'user', content: [{ type: 'input_file', file_url: 'file:///home/me/report.pdf' }, { type: 'input_text', text: 'Summarise it.' }] }],
      })}\n`,
      providerError: '(OpenAI wording not recorded: file_url must be a public http(s) URL)',
      errors: [{ message: "'file_url' is a file: URL; OpenAI downloads it from its servers, so it must be a public http(s) URL.", severity: 'warning' }],
    },
    {
      name: 'DashScope: a data URL without ;base64',
      languageId: 'http',
      code: dashscope('data:image/png,iVBORw0KGgo='),
      providerError: 'The provided URL does not appear to be valid. Ensure it is correctly formatted.',
      errors: [{ message: "Malformed data URL: ';base64' is missing from its header.", severity: 'error' }],
    },
    {
      name: 'DashScope: a file:// URL over plain HTTP is a warning',
      languageId: 'http',
      code: dashscope('file:///home/me/cat.png'),
      providerError: '<400> InternalError.Algo.InvalidParameter: Failed to download multimodal content',
      errors: [{ message: 'Only the DashScope SDK reads file:// URLs; over HTTP send a public URL or a base64 data URL.', severity: 'warning' }],
    },
  ],
};
