import type { RuleCases } from '../types.ts';

const ORPHANED = "of type 'reasoning' was provided without its required following item.";
const responses = (body: unknown, host = 'api.openai.com/v1') => `POST https://${host}/responses\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const user = (text: string) => ({ role: 'user', content: text });
const reasoning = (id?: string) => ({ type: 'reasoning', ...(id ? { id } : {}), summary: [], encrypted_content: 'gAAAAB...' });
const fc = (id?: string) => ({ type: 'function_call', ...(id ? { id } : {}), call_id: 'call_1', name: 'get_weather', arguments: '{}' });
const output = { type: 'function_call_output', call_id: 'call_1', output: '18°C' };
const assistant = (id?: string) => ({ type: 'message', role: 'assistant', ...(id ? { id } : {}), content: [{ type: 'output_text', text: 'It is sunny.' }] });

export const cases: RuleCases = {
  valid: [
    {
      name: 'reasoning followed by the function_call it produced (recorded 200)',
      languageId: 'http',
      code: responses({ model: 'gpt-5', input: [user('Weather?'), reasoning('rs_1'), fc('fc_1'), output] }),
    },
    {
      name: 'reasoning followed by its assistant message, then a new user turn',
      languageId: 'http',
      code: responses({ model: 'gpt-5', input: [user('Hi'), reasoning('rs_1'), assistant('msg_1'), user('Thanks')] }),
    },
    {
      name: 'stateless replay: reasoning and follower without ids, store false',
      languageId: 'http',
      code: responses({ model: 'gpt-5', store: false, include: ['reasoning.encrypted_content'], input: [user('Hi'), reasoning(), assistant(), user('Thanks')] }),
    },
    {
      name: 'follower given by item_reference',
      languageId: 'http',
      code: responses({ model: 'gpt-5', input: [user('Hi'), reasoning('rs_1'), { type: 'item_reference', id: 'msg_1' }, user('Thanks')] }),
    },
    {
      name: 'follower from a variable',
      languageId: 'http',
      code: 'POST https://api.openai.com/v1/responses\nContent-Type: application/json\n\n{"model":"gpt-5","input":[{"role":"user","content":"Hi"},{"type":"reasoning","id":"rs_1","summary":[]},{{follower}},{"role":"user","content":"Thanks"}]}\n',
    },
    {
      name: 'another host\'s /responses is not judged',
      languageId: 'http',
      code: responses({ model: 'deepseek-chat', input: [user('Hi'), reasoning('rs_1'), user('Thanks')] }, 'api.deepseek.com'),
    },
  ],
  invalid: [
    {
      name: 'follower message replayed without its id (recorded 400)',
      languageId: 'http',
      code: responses({ model: 'gpt-5', input: [user('What is the meaning of life?'), reasoning('rs_07e4'), { content: 'The meaning of life is 42', role: 'assistant' }, user('Anything to add?')] }),
      providerError: `Item 'rs_07e4c22b60f9810000697ce6d2ba1481a387699e728e73b334' ${ORPHANED}`,
      errors: [{ message: "The assistant message after reasoning item 'rs_07e4' has no 'id', so the API cannot pair them.", line: 3, severity: 'error' }],
    },
    {
      name: 'the function_call was trimmed: reasoning followed by its output',
      languageId: 'http',
      code: responses({ model: 'gpt-5', input: [user('Weather?'), reasoning('rs_1'), output] }),
      providerError: `Item 'rs_1' ${ORPHANED}`,
      errors: [{ message: "followed by a 'function_call_output' item", severity: 'error' }],
    },
    {
      name: 'reasoning followed by a user message, and a trailing reasoning item',
      languageId: 'http',
      code: responses({ model: 'gpt-5', input: [user('Hi'), reasoning('rs_1'), user('Are you there?'), reasoning('rs_2')] }),
      providerError: `Item 'rs_1' ${ORPHANED}`,
      errors: [{ message: "followed by a 'user' message" }, { message: 'is the last input item' }],
    },
    {
      name: 'reasoning placed after the item it produced',
      languageId: 'http',
      code: responses({ model: 'gpt-5', input: [user('Hi'), assistant('msg_1'), reasoning('rs_1'), user('Thanks')] }),
      providerError: `Item 'rs_1' ${ORPHANED}`,
      errors: [{ message: "(input[1] 'msg_1' should come after it)" }],
    },
    {
      name: 'through a relay it is a warning',
      languageId: 'http',
      code: responses({ model: 'gpt-5', input: [user('Hi'), reasoning('rs_1'), user('Thanks')] }, 'relay.example.com/v1'),
      providerError: `Item 'rs_1' ${ORPHANED}`,
      errors: [{ severity: 'warning' }],
    },
  ],
};
