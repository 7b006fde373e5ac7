import type { RuleCases } from '../types.ts';

const openai = (body: unknown, host = 'api.openai.com') =>
  `POST https://${host}/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body, null, 2)}\n`;
const responses = (body: unknown) => `POST https://api.openai.com/v1/responses\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body, null, 2)}\n`;
const anthropic = (body: unknown) =>
  `POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nx-api-key: {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body, null, 2)}\n`;
const gemini = (body: unknown) =>
  `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nx-goog-api-key: {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body, null, 2)}\n`;
const msgs = [{ role: 'user', content: 'Weather in Paris?' }];
const chatTool = (parameters: unknown, strict?: boolean) => ({ type: 'function', function: { name: 'get_weather', description: 'Weather', parameters, ...(strict === undefined ? {} : { strict }) } });
const strictOk = { type: 'object', properties: { city: { type: 'string' }, unit: { type: ['string', 'null'], enum: ['c', 'f', null] } }, required: ['city', 'unit'], additionalProperties: false };

export const cases: RuleCases = {
  valid: [
    { name: 'a Gemini model through a relay with a schema inside the Gemini subset', languageId: 'http', code: openai({ model: 'gemini-2.5-flash', messages: msgs, tools: [chatTool({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] })] }, 'llm-relay.example.com') },
    { name: 'a plain function schema', languageId: 'http', code: openai({ model: 'gpt-4o', messages: msgs, tools: [chatTool({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] })] }) },
    { name: 'strict schema with every property required, nullable optional, $defs and $ref', languageId: 'http', code: openai({ model: 'gpt-4o', messages: msgs, tools: [chatTool({ ...strictOk, properties: { ...strictOk.properties, days: { type: 'array', items: { $ref: '#/$defs/day' } } }, required: ['city', 'unit', 'days'], $defs: { day: { type: 'object', properties: { d: { type: 'string' } }, required: ['d'], additionalProperties: false } } }, true)] }) },
    { name: 'non-strict schemas may leave out additionalProperties and required', languageId: 'http', code: openai({ model: 'gpt-4o', messages: msgs, tools: [chatTool({ type: 'object', properties: { city: { type: 'string' }, unit: { type: 'string' } } }, false)] }) },
    { name: 'Responses strict tool', languageId: 'http', code: responses({ model: 'gpt-4o', input: 'hi', tools: [{ type: 'function', name: 'get_weather', strict: true, parameters: strictOk }] }) },
    { name: 'Anthropic input_schema with title and additionalProperties', languageId: 'http', code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: msgs, tools: [{ name: 'get_weather', input_schema: { type: 'object', title: 'Args', properties: { city: { type: 'string', minLength: 1 } }, required: ['city'], additionalProperties: false } }] }) },
    { name: 'Gemini upper-case OpenAPI types, nullable and propertyOrdering', languageId: 'http', code: gemini({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }], tools: [{ functionDeclarations: [{ name: 'get_weather', parameters: { type: 'OBJECT', properties: { city: { type: 'STRING', nullable: true }, days: { type: 'ARRAY', items: { type: 'INTEGER' }, max_items: '3' } }, required: ['city'], propertyOrdering: ['city', 'days'] } }] }] }) },
    { name: 'Gemini parametersJsonSchema takes full JSON Schema', languageId: 'http', code: gemini({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }], tools: [{ functionDeclarations: [{ name: 'get_weather', parametersJsonSchema: { type: 'object', properties: { city: { type: 'string' } }, additionalProperties: false, $schema: 'https://json-schema.org/draft/2020-12/schema' } }] }] }) },
    { name: 'a schema from a variable is unknown', languageId: 'http', code: 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{"model":"gpt-4o","messages":[{"role":"user","content":"x"}],"tools":[{"type":"function","function":{"name":"f","strict":true,"parameters":{{schema}}}}]}\n' },
    { name: 'a templated type is unknown', languageId: 'http', code: 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{"model":"gpt-4o","messages":[{"role":"user","content":"x"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object","properties":{"a":{"type":"{{t}}"}}}}}]}\n' },
  ],
  invalid: [
    {
      name: 'a Gemini model through a relay: additionalProperties is outside the Gemini Schema (a warning)',
      languageId: 'http',
      code: openai({ model: 'gemini-2.0-flash', messages: msgs, tools: [chatTool({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false })] }, 'llm-relay.example.com'),
      providerError: 'Invalid JSON payload received. Unknown name "additionalProperties" at \'tools[0].function_declarations[0].parameters\': Cannot find field.',
      errors: [{ message: "'additionalProperties' is not a field of Gemini's Schema, which a relay forwarding to Gemini sends: remove it.", severity: 'warning' }],
    },
    {
      name: 'upper-case type in an OpenAI schema (Gemini style)',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, tools: [chatTool({ type: 'object', properties: { city: { type: 'STRING' } } })] }),
      providerError: "Invalid schema for function 'mcp_home_zz_conda_envs_open_manus_bin_python_str_replace_editor': [] is not of type 'object', 'boolean'.",
      errors: [{ message: `'properties.city.type' must be one of "array"`, line: 22, severity: 'error' }],
    },
    {
      name: 'array without items',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, tools: [chatTool({ type: 'object', properties: { paths: { type: 'array' } } })] }),
      providerError: "Invalid schema for function 'get_room_layout': In context=('properties', 'objects'), array schema missing items.",
      errors: [{ message: "In context=('properties', 'paths'), array schema missing items.", line: 21, severity: 'error' }],
    },
    {
      name: 'strict mode: additionalProperties and required, every one reported',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, tools: [chatTool({ type: 'object', properties: { city: { type: 'string' }, unit: { type: 'string' } }, required: ['city'] }, true)] }),
      providerError: "Invalid schema for function 'get_weather': In context=(), 'additionalProperties' is required to be supplied and to be false.",
      errors: [
        { message: "In context=(), 'additionalProperties' is required to be supplied and to be false." },
        { message: "'required' is required to be supplied and to be an array including every key in properties. Missing 'unit'." },
      ],
    },
    {
      name: 'strict mode: allOf is not permitted (Responses)',
      languageId: 'http',
      code: responses({ model: 'gpt-4o', input: 'hi', tools: [{ type: 'function', name: 'get_weather', strict: true, parameters: { ...strictOk, properties: { ...strictOk.properties, when: { allOf: [{ type: 'string' }] } }, required: ['city', 'unit', 'when'] } }] }),
      providerError: "Invalid schema for response_format 'review': In context=('properties', 'scores', 'items', 'properties', 'value'), 'minimum' is not permitted.",
      errors: [{ message: "In context=('properties', 'when'), 'allOf' is not permitted." }],
    },
    {
      name: 'Anthropic: required as a boolean is not draft 2020-12',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: msgs, tools: [{ name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string', required: true } } } }] }),
      providerError: 'tools.18.custom.input_schema: JSON schema is invalid. It must match JSON Schema draft 2020-12 (https://json-schema.org/draft/2020-12). Learn more about tool use at https://docs.anthropic.com/en/docs/tool-use.',
      errors: [{ message: 'tools.0.custom.input_schema: JSON schema is invalid. It must match JSON Schema draft 2020-12', severity: 'error' }],
    },
    {
      name: 'Anthropic: anyOf at the top level',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: msgs, tools: [{ name: 'get_weather', input_schema: { type: 'object', anyOf: [{ properties: { city: { type: 'string' } } }, { properties: { zip: { type: 'string' } } }] } }] }),
      providerError: 'tools.1.custom.input_schema: input_schema does not support oneOf, allOf, or anyOf at the top level',
      errors: [{ message: 'tools.0.custom.input_schema: input_schema does not support oneOf, allOf, or anyOf at the top level' }],
    },
    {
      name: 'Gemini parameters with JSON Schema keys, nested ones too',
      languageId: 'http',
      code: gemini({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }], tools: [{ functionDeclarations: [{ name: 'get_weather', parameters: { type: 'object', additionalProperties: false, properties: { city: { type: 'string' }, unit: { anyOf: [{ const: 'c' }, { const: 'f' }] } } } }] }] }),
      providerError: "Invalid JSON payload received. Unknown name \"additionalProperties\" at 'tools[0].function_declarations[0].parameters': Cannot find field.",
      errors: [
        { message: "Unknown name \"additionalProperties\" at 'tools[0].function_declarations[0].parameters': Cannot find field.", severity: 'error' },
        { message: "Unknown name \"const\" at 'tools[0].function_declarations[0].parameters.properties[1].value.any_of[0]'" },
        { message: "Unknown name \"const\" at 'tools[0].function_declarations[0].parameters.properties[1].value.any_of[1]'" },
      ],
    },
    {
      name: 'through a relay it is a warning',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, tools: [chatTool({ type: 'object', properties: { paths: { type: 'array' } } })] }, 'relay.example.com'),
      providerError: "Invalid schema for function 'get_room_layout': In context=('properties', 'objects'), array schema missing items.",
      errors: [{ severity: 'warning' }],
    },
    {
      name: 'Anthropic: input_schema is a string, not a schema object',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: msgs, tools: [{ name: 'get_weather', input_schema: 'city: string' }] }),
      providerError: '(wording not recorded: input_schema must be an object schema)',
      errors: [{ message: `'input_schema' must be a JSON Schema object with "type": "object", not "city: string".` }],
    },
    {
      name: 'Anthropic: input_schema without "type": "object"',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: msgs, tools: [{ name: 'get_weather', input_schema: { properties: { city: { type: 'string' } } } }] }),
      providerError: '(wording not recorded: input_schema must have type object at the top)',
      errors: [{ message: `'input_schema' must have "type": "object" at the top (got no type).` }],
    },
  ],
};
