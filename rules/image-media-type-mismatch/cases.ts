import type { RuleCases } from '../types.ts';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC';
const JPEG = '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR8eHR0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==';
const PDF = 'JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29kZT4-Cg__';
const MP3 = 'SUQzBAAAAAAAI1RTU0UAAAAPAAADTGF2ZjU3LjgzLjEwMAAAAAAAAAAAAAAA';

const anthropic = (source: unknown, host = 'api.anthropic.com') =>
  `POST https://${host}/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify({
    model: 'claude-sonnet-4-5',
    max_tokens: 100,
    messages: [{ role: 'user', content: [{ type: 'image', source }, { type: 'text', text: 'Describe it.' }] }],
  })}\n`;
const b64 = (media_type: string, data: string) => ({ type: 'base64', media_type, data });
const chat = (url: string) =>
  `POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n${JSON.stringify({
    model: 'gpt-4o',
    messages: [{ role: 'user', content: [{ type: 'text', text: 'What is it?' }, { type: 'image_url', image_url: { url } }] }],
  })}\n`;
const responsesFile = (file_data: string) =>
  `POST https://api.openai.com/v1/responses\nContent-Type: application/json\n\n${JSON.stringify({
    model: 'gpt-5-mini',
    input: [{ role: 'user', content: [{ type: 'input_file', filename: 'f', file_data }, { type: 'input_text', text: 'Summarise.' }] }],
  })}\n`;
const gemini = (inline: unknown) =>
  `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nContent-Type: application/json\n\n${JSON.stringify({
    contents: [{ role: 'user', parts: [{ text: 'What is it?' }, inline] }],
  })}\n`;

export const cases: RuleCases = {
  valid: [
    { name: 'Anthropic PNG declared as image/png', languageId: 'http', code: anthropic(b64('image/png', PNG)) },
    { name: 'Anthropic JPEG declared as image/jpeg', languageId: 'http', code: anthropic(b64('image/jpeg', JPEG)) },
    { name: 'OpenAI data URL image/jpg (alias) holding a JPEG', languageId: 'http', code: chat(`data:image/jpg;base64,${JPEG}`) },
    { name: 'OpenAI http image URL is not inspected', languageId: 'http', code: chat('https://example.com/cat.webp') },
    { name: 'Responses input_file with a PDF', languageId: 'http', code: responsesFile(`data:application/pdf;base64,JVBERi0xLjQK`) },
    { name: 'Gemini: URL-safe base64 (protobuf JSON accepts it) for a PDF', languageId: 'http', code: gemini({ inline_data: { mime_type: 'application/pdf', data: PDF } }) },
    { name: 'Gemini: audio bytes are not sniffed', languageId: 'http', code: gemini({ inlineData: { mimeType: 'audio/mpeg', data: MP3 } }) },
  ],
  invalid: [
    {
      name: 'Anthropic: media_type image/png but the data is a JPEG',
      languageId: 'http',
      code: anthropic(b64('image/png', JPEG)),
      providerError: 'The image was specified using the image/jpeg media type, but the image appears to be a image/png image',
      errors: [{ message: 'messages.0.content.0.image.source.base64: The image was specified using the image/png media type, but the image appears to be a image/jpeg image', line: 4, severity: 'error' }],
    },
    {
      name: 'Anthropic: media_type image/bmp is not accepted',
      languageId: 'http',
      code: anthropic(b64('image/bmp', 'Qk2OAAAAAAAAAIoAAAB8AAAA')),
      providerError: "messages.0.content.0.image.source.base64.media_type: Input should be 'image/jpeg', 'image/png', 'image/gif' or 'image/webp'",
      errors: [{ message: "messages.0.content.0.image.source.base64.media_type: Input should be 'image/jpeg', 'image/png', 'image/gif' or 'image/webp'", severity: 'error' }],
    },
    {
      name: 'Anthropic through a relay: a warning',
      languageId: 'http',
      code: anthropic(b64('image/png', JPEG), 'relay.example.com'),
      providerError: 'Image does not match the provided media type image/jpeg',
      errors: [{ message: "'media_type' says image/png but the data is image/jpeg", severity: 'warning' }],
    },
    {
      name: 'OpenAI: an SVG data URL',
      languageId: 'http',
      code: chat('data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4='),
      providerError: "You uploaded an unsupported image. Please make sure your image is below 20 MB in size and is of one the following formats: ['png', 'jpeg', 'gif', 'webp'].",
      errors: [{ message: 'this data URL is image/svg+xml', severity: 'error' }],
    },
    {
      name: 'Responses: input_file with audio/mpeg (recorded 400)',
      languageId: 'http',
      code: responsesFile(`data:audio/mpeg;base64,${MP3}`),
      providerError: "Expected a base64-encoded data URL with a valid file MIME type (e.g. 'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ=='), but got unsupported MIME type 'audio/mpeg'.",
      errors: [{ message: "Invalid file data: 'input[0].content[0].file_data'", severity: 'error' }],
    },
    {
      name: 'Gemini: inlineData.data holds a URL, not base64',
      languageId: 'http',
      code: gemini({ inlineData: { mimeType: 'image/png', data: 'https://example.com/cat.png' } }),
      providerError: "Invalid value at 'contents[0].parts[2].inline_data.data' (TYPE_BYTES), Base64 decoding failed for \"https://...\"",
      errors: [{ message: "Invalid value at 'contents[0].parts[1].inline_data.data' (TYPE_BYTES), Base64 decoding failed", severity: 'error' }],
    },
    {
      name: 'Gemini: mimeType image/png for JPEG bytes is a warning',
      languageId: 'http',
      code: gemini({ inlineData: { mimeType: 'image/png', data: JPEG } }),
      providerError: 'Image does not match the provided media type image/jpeg',
      errors: [{ message: 'the data is image/jpeg', severity: 'warning' }],
    },
    {
      name: 'OpenAI: empty base64 after the comma',
      languageId: 'http',
      code: chat('data:image/png;base64,'),
      providerError: "Expected a base64-encoded data URL with an image MIME type (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU='), but got empty base64-encoded bytes.",
      errors: [{ message: 'but got empty base64-encoded bytes', severity: 'error' }],
    },
  ],
};
