/**
 * Sentences that read the numbers of a message out loud, per extractor and locale. The core appends
 * the first one whose placeholders all have values, unless the entry's own text already shows them:
 * "prompt is too long: 228527 tokens > 200000 maximum" -> "… 28527 tokens over the limit."
 */
import type { Extractor, Locale } from './types.ts';

export type NumberSentences = Readonly<Partial<Record<Extractor, readonly string[]>>>;

export const NUMBER_SENTENCES: Readonly<Record<Locale, NumberSentences>> = {
  en: {
    'context-overflow': [
      'This request: {input} input tokens + {maxTokens} requested output = {tokens}, against a limit of {limit} ({over} too many).',
      'This request has {tokens} tokens against a limit of {limit}: {over} tokens too many.',
      'This request has {tokens} tokens; the limit is {limit}.',
    ],
    'max-tokens': ['The request asked for {maxTokens} output tokens; this model allows at most {limit}.'],
    'quota-limit': [
      'Limit {limit}, used {used}, this request needed {requested}.',
      'The limit is {limit}; this request needed {requested}.',
    ],
  },
  'zh-cn': {
    'context-overflow': [
      '本次请求：输入 {input} 个 token + 请求输出 {maxTokens} 个 = {tokens} 个，上限为 {limit}（超出 {over} 个）。',
      '本次请求有 {tokens} 个 token，上限为 {limit}，超出 {over} 个。',
      '本次请求有 {tokens} 个 token，上限为 {limit}。',
    ],
    'max-tokens': ['请求的输出 token 数为 {maxTokens}，该模型最多允许 {limit}。'],
    'quota-limit': ['上限 {limit}，已用 {used}，本次请求需要 {requested}。', '上限为 {limit}，本次请求需要 {requested}。'],
  },
  'zh-tw': {
    'context-overflow': [
      '本次請求：輸入 {input} 個 token + 請求輸出 {maxTokens} 個 = {tokens} 個，上限為 {limit}（超出 {over} 個）。',
      '本次請求有 {tokens} 個 token，上限為 {limit}，超出 {over} 個。',
      '本次請求有 {tokens} 個 token，上限為 {limit}。',
    ],
    'max-tokens': ['請求的輸出 token 數為 {maxTokens}，此模型最多允許 {limit}。'],
    'quota-limit': ['上限 {limit}，已用 {used}，本次請求需要 {requested}。', '上限為 {limit}，本次請求需要 {requested}。'],
  },
  fr: {
    'context-overflow': [
      'Cette requête : {input} tokens en entrée + {maxTokens} demandés en sortie = {tokens}, pour une limite de {limit} ({over} de trop).',
      'Cette requête compte {tokens} tokens pour une limite de {limit} : {over} tokens de trop.',
      'Cette requête compte {tokens} tokens ; la limite est de {limit}.',
    ],
    'max-tokens': ['La requête demande {maxTokens} tokens en sortie ; ce modèle en autorise au plus {limit}.'],
    'quota-limit': ['Limite {limit}, utilisé {used}, cette requête demandait {requested}.', 'La limite est de {limit} ; cette requête demandait {requested}.'],
  },
};
