import type { RuleCases } from '../types.ts';

const GEMINI_URL = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-preview:generateContent';
const VERTEX_URL = 'https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-pro:generateContent';
const gemini = (contents: unknown[], extra: Record<string, unknown> = {}, url = GEMINI_URL) =>
  `POST ${url}\nContent-Type: application/json\n\n${JSON.stringify({ contents, ...extra })}\n`;
const user = (parts: unknown[]) => ({ role: 'user', parts });
const model = (parts: unknown[]) => ({ role: 'model', parts });
const call = { functionCall: { name: 'get_weather', args: { city: 'Paris' } } };
const answer = { functionResponse: { name: 'get_weather', response: { temp: 21 } } };

export const cases: RuleCases = {
  valid: [
    {
      name: 'functionCall with thoughtSignature metadata, then functionResponse',
      languageId: 'http',
      code: gemini([user([{ text: 'Weather in Paris?' }]), model([{ ...call, thoughtSignature: 'EpwICpkIAXLI2nxl-U6g_sWZ' }]), user([answer])]),
    },
    {
      name: 'a thought summary: text with thought: true (and its signature)',
      languageId: 'http',
      code: gemini([user([{ text: 'Hi' }]), model([{ text: 'Thinking about greetings', thought: true, thoughtSignature: 'c2ln' }, { text: 'Hello!' }]), user([{ text: 'Bye' }])]),
    },
    {
      name: 'snake_case spellings and videoMetadata beside file_data',
      languageId: 'http',
      code: gemini([user([{ file_data: { file_uri: 'https://youtu.be/abc', mime_type: 'video/mp4' }, video_metadata: { start_offset: '10s' } }, { inline_data: { mime_type: 'image/png', data: 'iVBORw0KGgo=' } }])]),
    },
    {
      name: 'a key this rule does not know may be a newer data field',
      languageId: 'http',
      code: gemini([user([{ text: 'Run it' }]), model([{ toolCall: { id: 't1' } }])]),
    },
    {
      name: 'an empty text part is empty-text-block\'s finding',
      languageId: 'http',
      code: gemini([user([{ text: 'a' }]), model([{ text: '' }])]),
    },
  ],
  invalid: [
    {
      name: 'a part with only a thoughtSignature (the text was dropped)',
      languageId: 'http',
      code: gemini([user([{ text: 'Hi' }]), model([{ thoughtSignature: 'c2lnbmF0dXJl' }]), user([{ text: 'and?' }])]),
      providerError: "* GenerateContentRequest.contents[1].parts[0].data: required oneof field 'data' must have one initialized field",
      errors: [{ message: "* GenerateContentRequest.contents[1].parts[0].data: required oneof field 'data' must have one initialized field", line: 3, severity: 'error' }],
    },
    {
      name: 'an empty part in systemInstruction',
      languageId: 'http',
      code: gemini([user([{ text: 'Hi' }])], { systemInstruction: { parts: [{}] } }),
      providerError: "* GenerateContentRequest.system_instruction.parts[0].data: required oneof field 'data' must have one initialized field",
      errors: [{ message: "* GenerateContentRequest.system_instruction.parts[0].data: required oneof field 'data' must have one initialized field" }],
    },
    {
      name: 'streamed text merged into the functionCall part (Vertex)',
      languageId: 'http',
      code: gemini(
        [user([{ text: 'Weather?' }]), model([{ ...call, text: 'Let me check.' }]), user([answer])],
        {},
        VERTEX_URL,
      ),
      providerError: "Invalid value at 'contents[15].parts[0]' (oneof), oneof field 'data' is already set. Cannot set 'text'",
      errors: [{ message: "Invalid value at 'contents[1].parts[0]' (oneof), oneof field 'data' is already set. Cannot set 'text'", severity: 'error' }],
    },
    {
      name: 'text and inline_data in one part; every bad part is reported',
      languageId: 'http',
      code: gemini([user([{ text: 'What is it?', inline_data: { mime_type: 'image/png', data: 'iVBORw0KGgo=' } }, { thought: true }])]),
      providerError: "oneof field 'data' is already set. Cannot set 'text'",
      errors: [{ message: "Cannot set 'inline_data'" }, { message: "no data ('thought')" }],
    },
  ],
};
