import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    outOfRange: "“{{path}}”为 {{value}}，{{range}}。",
    tooFewItems: "“{{path}}”{{has}}；至少需要 {{min}} 个元素。",
    tooManyItems: "“{{path}}”有 {{count}} 个元素；最多接受 {{max}} 个。",
    outside: "超出 {{min}}..{{max}}",
    belowMinimum: "低于最小值 {{min}}",
    aboveMaximum: "高于最大值 {{max}}",
    empty: "为空",
    count: "有 {{count}} 个元素",
  },
  'zh-tw': {
    outOfRange: "「{{path}}」為 {{value}}，{{range}}。",
    tooFewItems: "「{{path}}」{{has}}；至少需要 {{min}} 個元素。",
    tooManyItems: "「{{path}}」有 {{count}} 個元素；最多接受 {{max}} 個。",
    outside: "超出 {{min}}..{{max}}",
    belowMinimum: "低於最小值 {{min}}",
    aboveMaximum: "高於最大值 {{max}}",
    empty: "為空",
    count: "有 {{count}} 個元素",
  },
  fr: {
    outOfRange: "« {{path}} » vaut {{value}}, {{range}}.",
    tooFewItems: "« {{path}} » {{has}} ; il faut au moins {{min}} élément(s).",
    tooManyItems: "« {{path}} » a {{count}} éléments ; au plus {{max}} sont acceptés.",
    outside: "hors de {{min}}..{{max}}",
    belowMinimum: "sous le minimum de {{min}}",
    aboveMaximum: "au-dessus du maximum de {{max}}",
    empty: "est vide",
    count: "a {{count}} éléments",
  },
};
