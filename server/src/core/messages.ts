import type { MessageData, MessageFragment, Report, RuleModule } from '../../../rules/types.ts';
import { API_PROFILES, PROVIDER_PROFILES } from '../../../rules/profiles/index.ts';
import type { Locale } from '../../../rules/errors/types.ts';
import type { ApiId, FindingQuote, Provider } from './types.ts';

/**
 * Where a finding's words are made: the rule's message by id in the asked locale (English when the
 * translation is missing), and the provider's verbatim answer beside it (never inside the message).
 * The server, the CLI and the library all get their text from here, through `LintOptions.locale`.
 */

const PLACEHOLDER = /\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g;

/** `{{name}}` filled from `data` (unknown names are left as written, like ESLint); `fragment` renders a fragment value. */
export function fill(template: string, data: MessageData | undefined, fragment: (f: MessageFragment) => string = (f) => f.fragment): string {
  if (!data) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, name)) return whole;
    const value = data[name];
    return typeof value === 'object' ? fragment(value) : String(value);
  });
}

/** The rule's text by id in `locale` (messages and fragments share the translation tables), English when missing. */
function textOf(rule: RuleModule, id: string, locale: Locale, english: Record<string, string> | undefined, kind: string): string {
  const template = english?.[id];
  if (template === undefined) throw new Error(`unknown ${kind} "${id}"`);
  return (locale === 'en' ? undefined : rule.meta.translations?.[locale]?.[id]) ?? template;
}

/** The placeholder names of a template, sorted (the l10n test compares them across locales). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

/**
 * A report's text: `meta.messages[messageId]` (or its translation) with every `{{name}}` that `data`
 * holds filled in, or the report's own `message`.
 */
export function renderMessage(rule: RuleModule, report: Report, locale: Locale = 'en'): string {
  if (report.messageId === undefined) return report.message ?? '';
  const fragment = (f: MessageFragment): string => fill(textOf(rule, f.fragment, locale, rule.meta.fragments, 'fragment'), f.data);
  return fill(textOf(rule, report.messageId, locale, rule.meta.messages, 'messageId'), report.data, fragment);
}

/**
 * The report's provider quote as a Finding's: text filled from the data, the provider's display name
 * (the detected first-party host, else the API's maker: a relay passes the maker's words on), and the
 * source of the `meta.providerErrors` entry with that wording when the rule gives none.
 */
export function renderQuote(rule: RuleModule, report: Report, api: ApiId | null, provider: Provider | null): FindingQuote | undefined {
  const q = report.quote;
  if (q === undefined) return undefined;
  const given = typeof q === 'string' ? { text: q } : q;
  // Fragments are the rule's English words, not the provider's: a quote never uses them.
  const text = fill(given.text, report.data, () => '');
  if (!text) return undefined;
  // The entry with this wording: the same text, or the same template with other values filled in (the
  // documented "Unknown parameter: 'messages[2].index'." is the source of "Unknown parameter: '{{key}}'.").
  const shape = templateShape(given.text);
  let same = rule.meta.providerErrors.filter((e) => e.message === text || e.message === given.text || shape?.test(e.message));
  // Else the same words around other quoted names: "Unknown parameter: 'top_k'." is documented by the entry
  // that quotes "Unknown parameter: 'messages[2].tool_calls[0].index'.".
  if (!same.length) same = rule.meta.providerErrors.filter((e) => unquoted(e.message) === unquoted(text));
  const known = same.find((e) => e.api === api && e.provider === provider) ?? same.find((e) => e.api === api) ?? same[0];
  // A first-party host answers in its own name; through a relay (or nothing known) the API's maker does.
  const host = provider && !PROVIDER_PROFILES[provider].relay ? provider : (known?.provider ?? (api ? API_PROFILES[api].defaultProvider : null));
  const name = given.provider ?? (host ? PROVIDER_PROFILES[host].subject : 'The provider');
  const source = given.source ?? known?.source;
  return { provider: name, text, ...(source && { source }) };
}

/** The wording with every quoted name emptied. */
function unquoted(text: string): string {
  return text.replace(/'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g, "''");
}

const shapes = new Map<string, RegExp | null>();

/** A quote template as a pattern (each `{{placeholder}}` stands for any text); null when it has none. */
function templateShape(template: string): RegExp | null {
  let shape = shapes.get(template);
  if (shape === undefined) {
    const parts = template.split(/\{\{\s*[A-Za-z_$][\w$]*\s*\}\}/);
    shape = parts.length > 1 ? new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?')}$`, 's') : null;
    shapes.set(template, shape);
  }
  return shape;
}

/**
 * Messages the core itself writes (not a rule's), in every locale. The English text is also what
 * core/json/body.ts writes, so a caller without a locale gets the same words.
 */
export const CORE_MESSAGES = {
  jsonSyntax: {
    en: 'JSON syntax error: {{error}}. The provider would reject this body before reading it.',
    'zh-cn': 'JSON 语法错误：{{error}}。服务方会在读取请求体之前拒绝它。',
    'zh-tw': 'JSON 語法錯誤：{{error}}。服務方會在讀取請求主體之前拒絕它。',
    fr: 'Erreur de syntaxe JSON\u202f: {{error}}. Le fournisseur rejetterait ce corps avant de le lire.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export function coreMessage(id: keyof typeof CORE_MESSAGES, data: Record<string, string>, locale: Locale = 'en'): string {
  return fill(CORE_MESSAGES[id][locale], data);
}

/**
 * jsonc-parser's error codes in words (`json/body.ts` writes the English: the code name split into words),
 * per locale, so a syntax error reads in one language.
 */
const JSON_SYNTAX_WORDS: Record<string, Record<Exclude<Locale, 'en'>, string>> = {
  'invalid symbol': { 'zh-cn': '无效的符号', 'zh-tw': '無效的符號', fr: 'symbole invalide' },
  'invalid number format': { 'zh-cn': '数字格式无效', 'zh-tw': '數字格式無效', fr: 'format de nombre invalide' },
  'property name expected': { 'zh-cn': '此处应为属性名', 'zh-tw': '此處應為屬性名稱', fr: 'nom de propriété attendu' },
  'value expected': { 'zh-cn': '此处应为值', 'zh-tw': '此處應為值', fr: 'valeur attendue' },
  'colon expected': { 'zh-cn': '此处应为冒号', 'zh-tw': '此處應為冒號', fr: 'deux-points attendu' },
  'comma expected': { 'zh-cn': '此处应为逗号', 'zh-tw': '此處應為逗號', fr: 'virgule attendue' },
  'close brace expected': { 'zh-cn': '此处应为右花括号', 'zh-tw': '此處應為右大括號', fr: 'accolade fermante attendue' },
  'close bracket expected': { 'zh-cn': '此处应为右方括号', 'zh-tw': '此處應為右中括號', fr: 'crochet fermant attendu' },
  'end of file expected': { 'zh-cn': '此处应为文件结尾', 'zh-tw': '此處應為檔案結尾', fr: 'fin de fichier attendue' },
  'invalid comment token': { 'zh-cn': '无效的注释标记', 'zh-tw': '無效的註解標記', fr: 'marque de commentaire invalide' },
  'unexpected end of comment': { 'zh-cn': '注释意外结束', 'zh-tw': '註解意外結束', fr: 'fin de commentaire inattendue' },
  'unexpected end of string': { 'zh-cn': '字符串意外结束', 'zh-tw': '字串意外結束', fr: 'fin de chaîne inattendue' },
  'unexpected end of number': { 'zh-cn': '数字意外结束', 'zh-tw': '數字意外結束', fr: 'fin de nombre inattendue' },
  'invalid unicode': { 'zh-cn': '无效的 Unicode 转义', 'zh-tw': '無效的 Unicode 跳脫', fr: 'échappement Unicode invalide' },
  'invalid escape character': { 'zh-cn': '无效的转义字符', 'zh-tw': '無效的跳脫字元', fr: 'caractère d’échappement invalide' },
  'invalid character': { 'zh-cn': '无效的字符', 'zh-tw': '無效的字元', fr: 'caractère invalide' },
};

/** The parser's words in `locale` (as given when no translation is known). */
export function syntaxWords(english: string, locale: Locale = 'en'): string {
  return locale === 'en' ? english : (JSON_SYNTAX_WORDS[english]?.[locale] ?? english);
}
