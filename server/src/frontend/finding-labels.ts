import type { Locale } from '../../../rules/errors/types.ts';

/**
 * The words of a finding's hover, per locale (the message itself is the rule's, translated by the core). Each
 * label ends with its colon and the space that follows it: French puts a no-break space before a colon,
 * Chinese uses the full-width colon and no space after it.
 */
export interface FindingLabels {
  docs: string;
  /** "<provider> answers: " before the provider's verbatim error; `name` is a display name such as "Anthropic". */
  answers: (name: string) => string;
  source: string;
  fix: string;
}

export const FINDING_LABELS: Readonly<Record<Locale, FindingLabels>> = {
  en: { docs: 'Rule documentation', answers: (name) => `${name} answers: `, source: 'Source: ', fix: 'Fix: ' },
  'zh-cn': { docs: '规则文档', answers: (name) => `${name} 的报错：`, source: '来源：', fix: '修复：' },
  'zh-tw': { docs: '規則文件', answers: (name) => `${name} 的錯誤訊息：`, source: '來源：', fix: '修正：' },
  fr: { docs: 'Documentation de la règle', answers: (name) => `${name} répond\u00a0: `, source: 'Source\u00a0: ', fix: 'Correction\u00a0: ' },
};
