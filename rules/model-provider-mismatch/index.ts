import { isObject, knownString } from '../shared.ts';
import { modelVendor } from '../models/families.ts';
import type { Report, RuleModule } from '../types.ts';
import {
  ANTHROPIC_NOT_FOUND,
  DASHSCOPE_NOT_FOUND,
  DEEPSEEK_NOT_FOUND,
  GEMINI_NOT_FOUND,
  HOSTS,
  NATIVE_HOST,
  OPEN_WEIGHT,
  VENDOR_NAME,
} from '../shared/hosts.ts';
import { translations } from './l10n.ts';

/** Hosts this rule judges: each serves a known set of vendors (Vertex and Bedrock host many publishers: left out). */
const JUDGED = new Set(['openai', 'anthropic', 'gemini', 'gemini-openai', 'deepseek', 'dashscope', 'dashscope-compatible']);

export const rule: RuleModule = {
  meta: {
    id: 'model-provider-mismatch',
    translations,
    severity: 'warning',
    apis: 'all',
    description: "A model of one vendor sent to another vendor's first-party API host, which does not serve it.",
    messages: {
      notServed: "'{{id}}' is {{vendor}} model; {{host}} does not serve it (use {{native}} or a gateway).",
    },
    providerErrors: [
      {
        api: 'openai-chat',
        provider: 'openai',
        message: "The model `deepseek-chat` does not exist or you do not have access to it. (404, code model_not_found: a DeepSeek model sent to api.openai.com)",
        source: 'https://github.com/zh-plus/openlrc/issues/63',
      },
      {
        api: 'anthropic-messages',
        provider: 'anthropic',
        message: 'model: us.anthropic.claude-3-7-sonnet-20250219-v1:0 (404 not_found_error: the id of another host sent to api.anthropic.com; any id Anthropic does not serve gets this wording)',
        source: 'https://github.com/presidio-oss/factif-ai/issues/34',
      },
      { api: 'anthropic-messages', provider: 'anthropic', message: 'model: sonnet4', source: ANTHROPIC_NOT_FOUND },
      {
        api: 'gemini-generate',
        provider: 'gemini',
        message: 'models/gemini-1.5-flash is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.',
        source: GEMINI_NOT_FOUND,
      },
      { api: 'openai-chat', provider: 'deepseek', message: 'Model Not Exist', source: DEEPSEEK_NOT_FOUND },
      { api: 'dashscope-generation', provider: 'dashscope', message: 'Model not exist.', source: DASHSCOPE_NOT_FOUND },
    ],
  },
  check(context) {
    const { provider, model } = context;
    if (!provider || !JUDGED.has(provider) || !knownString(model) || OPEN_WEIGHT.test(model)) return;
    const host = HOSTS[provider];
    if (!host) return;
    // A model the user declared with a vendor of its own wins over the name.
    const vendor = context.modelInfo?.origin === 'user' ? context.modelInfo.vendor : modelVendor(model) ?? context.modelInfo?.vendor ?? null;
    if (!vendor || host.vendors.includes(vendor)) return;
    const id = model.trim();
    const report: Report = {
      messageId: 'notServed',
      data: { id, vendor: VENDOR_NAME[vendor], host: host.label, native: NATIVE_HOST[vendor] },
      quote: { text: host.notFound(id), provider: host.who },
    };
    // The model is named in the body, or (Gemini) in the URL.
    if (isObject(context.body) && context.body.model === model) report.path = ['model'];
    else report.span = 'request-line';
    context.report(report);
  },
};
