import type { RuleCases } from '../types.ts';

const openai = (body: unknown, host = 'api.openai.com') =>
  `POST https://${host}/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const responses = (body: unknown) => `POST https://api.openai.com/v1/responses\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const gemini = (body: unknown) =>
  `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nx-goog-api-key: {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const msgs = [{ role: 'user', content: 'Extract the city as JSON' }];
const strictSchema = { type: 'object', properties: { city: { type: 'string' }, country: { type: ['string', 'null'] } }, required: ['city', 'country'], additionalProperties: false };
const contents = [{ role: 'user', parts: [{ text: 'hi' }] }];
const geminiAt = (model: string, body: unknown) =>
  `POST https://generativelanguage.googleapis.com/v1beta/models/${model}:generateContent\nx-goog-api-key: {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const declarations = [{ functionDeclarations: [{ name: 'list_directory', description: 'Lists a directory', parameters: { type: 'OBJECT', properties: { path: { type: 'STRING' } } } }] }];

export const cases: RuleCases = {
  valid: [
    { name: 'Gemini 2.5: JSON mode without tools', languageId: 'http', code: geminiAt('gemini-2.5-flash', { contents, generationConfig: { responseMimeType: 'application/json' } }) },
    { name: 'Gemini 2.5: tools with text output', languageId: 'http', code: geminiAt('gemini-2.5-flash', { contents, tools: declarations }) },
    { name: 'Gemini 3: structured output with tools', languageId: 'http', code: geminiAt('gemini-3-flash-preview', { contents, tools: declarations, generationConfig: { responseMimeType: 'application/json' } }) },
    { name: 'chat strict json_schema', languageId: 'http', code: openai({ model: 'gpt-4o', messages: msgs, response_format: { type: 'json_schema', json_schema: { name: 'CityLocation', strict: true, schema: strictSchema } } }) },
    { name: 'non-strict json_schema may leave properties optional', languageId: 'http', code: openai({ model: 'gpt-4o', messages: msgs, response_format: { type: 'json_schema', json_schema: { name: 'city-v2', schema: { type: 'object', properties: { city: { type: 'string' } } } } } }) },
    { name: 'json_object needs no schema', languageId: 'http', code: openai({ model: 'gpt-4o', messages: msgs, response_format: { type: 'json_object' } }) },
    { name: 'Responses flat text.format', languageId: 'http', code: responses({ model: 'gpt-4o', input: 'hi', text: { format: { type: 'json_schema', name: 'CityLocation', strict: true, schema: strictSchema } } }) },
    { name: 'Gemini responseSchema in the OpenAPI subset', languageId: 'http', code: gemini({ contents, generationConfig: { responseMimeType: 'application/json', responseSchema: { type: 'ARRAY', items: { type: 'OBJECT', properties: { name: { type: 'STRING' } }, propertyOrdering: ['name'] } } } }) },
    { name: 'Gemini responseJsonSchema takes JSON Schema', languageId: 'http', code: gemini({ contents, generationConfig: { responseMimeType: 'application/json', responseJsonSchema: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false } } }) },
    { name: 'a templated name or schema is unknown', languageId: 'http', code: 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{"model":"gpt-4o","messages":[{"role":"user","content":"x"}],"response_format":{"type":"json_schema","json_schema":{"name":"{{name}}","strict":true,"schema":{{schema}}}}}\n' },
  ],
  invalid: [
    {
      name: 'Gemini 2.5: function declarations with responseMimeType application/json',
      languageId: 'http',
      code: geminiAt('gemini-2.5-pro', { contents, tools: declarations, generationConfig: { responseMimeType: 'application/json' } }),
      providerError: "Tool use with a response mime type: 'application/json' is unsupported",
      errors: [{ message: "cannot combine function calling with JSON output", severity: 'error' }],
    },
    {
      name: 'chat: json_schema without a name',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, response_format: { type: 'json_schema', json_schema: { strict: true, schema: strictSchema } } }),
      providerError: "Missing required parameter: 'response_format.json_schema.name'.",
      errors: [{ message: "OpenAI answers: \"Missing required parameter: 'response_format.json_schema.name'.\"", line: 4, severity: 'error' }],
    },
    {
      name: 'chat: the Responses flat shape in response_format',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, response_format: { type: 'json_schema', name: 'x', schema: strictSchema } }),
      providerError: "Missing required parameter: 'response_format.json_schema'.",
      errors: [{ message: "Missing required parameter: 'response_format.json_schema'." }],
    },
    {
      name: 'chat: type json_schema with no json_schema object at all',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, response_format: { type: 'json_schema' } }),
      providerError: "Missing required parameter: 'response_format.json_schema'.",
      errors: [{ message: "A 'json_schema' response_format needs a 'json_schema' object {name, schema, strict}." }],
    },
    {
      name: 'Responses: the chat nested shape in text.format',
      languageId: 'http',
      code: responses({ model: 'gpt-4o', input: 'hi', text: { format: { type: 'json_schema', json_schema: { name: 'x', schema: strictSchema } } } }),
      providerError: "Missing required parameter: 'text.format.name'.",
      errors: [{ message: "Missing required parameter: 'text.format.name'." }],
    },
    {
      name: 'strict: root array, bad name, nested object without required — all reported',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, response_format: { type: 'json_schema', json_schema: { name: 'ad segments', strict: true, schema: { type: 'array', items: { type: 'object', properties: { start: { type: 'number' } }, additionalProperties: false } } } } }),
      providerError: `Invalid schema for response_format 'AdSegmentPredictionList': schema must be a JSON Schema of 'type: "object"', got 'type: "array"'.`,
      errors: [
        { message: "Invalid 'response_format.json_schema.name': string does not match pattern." },
        { message: `schema must be a JSON Schema of 'type: "object"', got 'type: "array"'.` },
        { message: "In context=('items',), 'required' is required to be supplied and to be an array including every key in properties. Missing 'start'." },
      ],
    },
    {
      name: 'strict: a subschema without type',
      languageId: 'http',
      code: responses({ model: 'gpt-4o', input: 'hi', text: { format: { type: 'json_schema', name: 'extract', strict: true, schema: { type: 'object', properties: { meta: { description: 'anything' } }, required: ['meta'], additionalProperties: false } } } }),
      providerError: "Invalid schema for response_format 'extract': In context=('properties', 'jobPosting', 'items', 'additionalProperties'), schema must have a 'type' key.",
      errors: [{ message: "Invalid schema for response_format 'extract': In context=('properties', 'meta'), schema must have a 'type' key." }],
    },
    {
      name: 'Gemini responseSchema with JSON Schema keys',
      languageId: 'http',
      code: gemini({ contents, generationConfig: { responseMimeType: 'application/json', responseSchema: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false, $schema: 'http://json-schema.org/draft-07/schema#' } } }),
      providerError: "Invalid JSON payload received. Unknown name \"additionalProperties\" at 'generation_config.response_schema': Cannot find field.",
      errors: [
        { message: "Unknown name \"additionalProperties\" at 'generation_config.response_schema': Cannot find field.", severity: 'error' },
        { message: 'Unknown name "$schema"' },
      ],
    },
    {
      name: 'through a relay it is a warning',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, response_format: { type: 'json_schema', json_schema: { schema: strictSchema } } }, 'relay.example.com'),
      providerError: "Missing required parameter: 'response_format.json_schema.name'.",
      errors: [{ severity: 'warning' }],
    },
    {
      name: 'chat: a schema name over 64 characters',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, response_format: { type: 'json_schema', json_schema: { name: 'x'.repeat(70), strict: true, schema: strictSchema } } }),
      providerError: "Invalid 'response_format.json_schema.name': string too long. Expected a string with maximum length 64, but got a string with length 70 instead.",
      errors: [{ message: "Invalid 'response_format.json_schema.name': string too long." }],
    },
    {
      name: 'Responses: a json_schema format without a schema',
      languageId: 'http',
      code: responses({ model: 'gpt-4o', input: 'Extract the city as JSON', text: { format: { type: 'json_schema', name: 'city' } } }),
      providerError: "Missing required parameter: 'text.format.schema'.",
      errors: [{ message: `A json_schema format needs a 'schema' (the JSON Schema of the answer).\nOpenAI answers: "Missing required parameter: 'text.format.schema'."` }],
    },
    {
      name: 'chat: a json_schema without a schema is only a warning',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, response_format: { type: 'json_schema', json_schema: { name: 'city' } } }),
      providerError: '(no error recorded: the model gets no schema to follow)',
      errors: [{ message: "A json_schema response_format without 'schema' gives the model nothing to follow", severity: 'warning' }],
    },
    {
      name: 'chat: a schema that is not valid JSON Schema',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, response_format: { type: 'json_schema', json_schema: { name: 'city', schema: { type: 'object', properties: { city: { type: 'text' } } } } } }),
      providerError: "Invalid schema for response_format 'city': ...",
      errors: [{ message: "Not valid JSON Schema: '" }],
    },
    {
      name: 'chat: an array without items (not strict)',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, response_format: { type: 'json_schema', json_schema: { name: 'cities', schema: { type: 'object', properties: { cities: { type: 'array' } } } } } }),
      providerError: "Invalid schema for response_format 'cities': In context=('properties', 'cities'), array schema missing items.",
      errors: [{ message: "OpenAI answers: \"Invalid schema for response_format 'cities': In context=" }],
    },
    {
      name: 'Gemini: responseJsonSchema that is not valid JSON Schema (warning)',
      languageId: 'http',
      code: gemini({ contents, generationConfig: { responseMimeType: 'application/json', responseJsonSchema: { type: 'object', properties: { city: { type: 'text' } } } } }),
      providerError: '(wording not recorded: an invalid responseJsonSchema)',
      errors: [{ message: `Not valid JSON Schema: 'properties.city.type' must be one of "array"`, severity: 'warning' }],
    },
  ],
};
