import type { RuleCases } from '../types.ts';

/** Body on line 3 (0-based). */
const gemini = (model: string, contents: unknown[], host = 'generativelanguage.googleapis.com/v1beta') =>
  `POST https://${host}/models/${model}:generateContent\nContent-Type: application/json\n\n${JSON.stringify({
    contents,
    tools: [{ functionDeclarations: [{ name: 'get_weather', parameters: { type: 'OBJECT', properties: { city: { type: 'STRING' } } } }] }],
  })}\n`;
const user = (text: string) => ({ role: 'user', parts: [{ text }] });
const fc = (city: string, signature?: string) => ({ functionCall: { name: 'get_weather', args: { city } }, ...(signature ? { thoughtSignature: signature } : {}) });
const fr = (city: string) => ({ functionResponse: { name: 'get_weather', response: { city, temp: 18 } } });
const model = (...parts: unknown[]) => ({ role: 'model', parts });
const answers = (...parts: unknown[]) => ({ role: 'user', parts });
const SIG = 'EpwICpkIAXLI2nxlU6gsWZaZHRYk';

export const cases: RuleCases = {
  valid: [
    { name: 'the signature is sent back with the call', languageId: 'http', code: gemini('gemini-3-pro-preview', [user('Weather in Paris?'), model(fc('Paris', SIG)), answers(fr('Paris'))]) },
    {
      name: 'parallel calls: only the first part carries a signature',
      languageId: 'http',
      code: gemini('gemini-3-flash-preview', [user('Paris and Rome?'), model(fc('Paris', SIG), fc('Rome')), answers(fr('Paris'), fr('Rome'))]),
    },
    {
      name: 'earlier turns are not validated',
      languageId: 'http',
      code: gemini('gemini-3-pro-preview', [user('Weather in Paris?'), model(fc('Paris')), answers(fr('Paris')), model({ text: 'It is 18°C.' }), user('Thanks! Any tips?')]),
    },
    {
      name: 'the documented sentinel for synthetic history',
      languageId: 'http',
      code: gemini('gemini-3-pro-preview', [user('Weather in Paris?'), model(fc('Paris', 'skip_thought_signature_validator')), answers(fr('Paris'))]),
    },
    { name: 'Gemini 2.5 does not enforce signatures', languageId: 'http', code: gemini('gemini-2.5-flash', [user('Weather in Paris?'), model(fc('Paris')), answers(fr('Paris'))]) },
    {
      name: 'OpenAI format: the tool call carries extra_content.google.thought_signature',
      languageId: 'http',
      code:
        'POST https://generativelanguage.googleapis.com/v1beta/openai/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n' +
        JSON.stringify({ model: 'gemini-3-pro-preview', messages: [{ role: 'user', content: 'Weather in Paris?' }, { role: 'assistant', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{}' }, extra_content: { google: { thought_signature: 'Signature A' } } }] }, { role: 'tool', tool_call_id: 'c1', content: '18' }] }) +
        '\n',
    },
  ],
  invalid: [
    {
      name: "OpenAI format on Google's compatible endpoint: the tool call lost its signature (a warning)",
      languageId: 'http',
      code:
        'POST https://generativelanguage.googleapis.com/v1beta/openai/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n' +
        JSON.stringify({ model: 'gemini-3-pro-preview', messages: [{ role: 'user', content: 'Weather in Paris?' }, { role: 'assistant', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }] }, { role: 'tool', tool_call_id: 'c1', content: '18' }] }) +
        '\n',
      providerError: 'Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance. Additional data, function call `default_api:shell` , position 2. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.',
      errors: [{ message: "Tool call 'get_weather' lacks extra_content.google.thought_signature", severity: 'warning' }],
    },
    {
      name: 'the call was rebuilt without its signature',
      languageId: 'http',
      code: gemini('gemini-3-pro-preview', [user('Weather in Paris?'), model(fc('Paris')), answers(fr('Paris'))]),
      providerError: 'Function call is missing a thought_signature in functionCall parts.',
      errors: [{ message: 'Function call is missing a thought_signature in functionCall parts.', line: 3, severity: 'error' }],
    },
    {
      name: 'sequential steps each need their own signature',
      languageId: 'http',
      code: gemini('gemini-3-flash-preview', [user('Paris, then Rome'), model(fc('Paris', SIG)), answers(fr('Paris')), model(fc('Rome')), answers(fr('Rome'))]),
      providerError: 'Function call `get_weather` in the `3.` content block is missing a `thought_signature`.',
      errors: [{ message: "Function call 'get_weather' lacks its thoughtSignature" }],
    },
    {
      name: 'Vertex, snake_case parts',
      languageId: 'http',
      code: gemini('gemini-3-pro-preview', [user('Weather in Paris?'), model({ function_call: { name: 'get_weather', args: {} } }), answers({ function_response: { name: 'get_weather', response: {} } })], 'us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google'),
      providerError: 'Function call is missing a thought_signature in functionCall parts.',
      errors: [{ severity: 'error' }],
    },
    {
      name: 'through a relay it is a warning',
      languageId: 'http',
      code: gemini('gemini-3-pro-preview', [user('Weather in Paris?'), model(fc('Paris')), answers(fr('Paris'))], 'relay.example.com/v1beta'),
      providerError: 'Function call is missing a thought_signature in functionCall parts.',
      errors: [{ severity: 'warning' }],
    },
  ],
};
