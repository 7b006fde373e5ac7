import type { MessageFragment, MessageTranslations } from '../types.ts';

/**
 * The words of the schema checks that invalid-tool-schema and invalid-response-schema share (json-schema.ts,
 * strict-mode.ts): fragments both rules declare, so a schema problem reads in the message's language.
 * Code words (type names, keys, JSON) stay as written in every language.
 */
export const SCHEMA_FRAGMENTS = {
  // json-schema.ts: what the meta-schema says is wrong at a location
  schemaOneOf: 'must be one of {{allowed}} (got {{got}})',
  schemaOneOfLower: 'must be one of {{allowed}} (got {{got}}); type names are lower-case: "{{lower}}"',
  schemaType: 'must be of type {{types}} (got {{got}})',
  schemaOther: "breaks the meta-schema's '{{keyword}}' (got {{got}})",
  // strict-mode.ts: OpenAI's schema rules, and what to do
  rootType: 'The parameters root is type {{type}}: wrap it in an object property.',
  rootCombinator: "Move the '{{key}}' into a property of a root object.",
  addItems: 'Add "items" (e.g. {"type": "string"}).',
  wrapValue: 'Wrap the value in an object property, e.g. {"type": "object", "properties": {"items": <your schema>}}.',
  rootAnyOf: 'The root of a strict schema must be an object, not anyOf.',
  unsupported: "Strict mode does not support '{{key}}'.",
  additionalProperties: 'Add "additionalProperties": false.',
  requiredAll: 'List every property in "required"; make optional ones nullable (e.g. "type": ["string", "null"]).',
  giveType: 'Give this subschema a "type".',
} as const;

export type SchemaWord = keyof typeof SCHEMA_FRAGMENTS;

export function schemaWord(fragment: SchemaWord, data?: Record<string, string | number>): MessageFragment {
  return data ? { fragment, data } : { fragment };
}

const SCHEMA_TRANSLATIONS: MessageTranslations = {
  'zh-cn': {
    schemaOneOf: "必须是 {{allowed}} 之一（实际为 {{got}}）",
    schemaOneOfLower: "必须是 {{allowed}} 之一（实际为 {{got}}）；类型名须小写：“{{lower}}”",
    schemaType: "类型必须是 {{types}}（实际为 {{got}}）",
    schemaOther: "不符合元模式的“{{keyword}}”（实际为 {{got}}）",
    rootType: "parameters 的根类型是 {{type}}：请把它包进一个对象属性。",
    rootCombinator: "请把“{{key}}”移到根对象的某个属性里。",
    addItems: "请添加 \"items\"（例如 {\"type\": \"string\"}）。",
    wrapValue: "请把该值包进一个对象属性，例如 {\"type\": \"object\", \"properties\": {\"items\": <你的 schema>}}。",
    rootAnyOf: "严格模式的 schema 根必须是对象，不能是 anyOf。",
    unsupported: "严格模式不支持“{{key}}”。",
    additionalProperties: "请添加 \"additionalProperties\": false。",
    requiredAll: "请在 \"required\" 中列出每个属性；可选的属性改为可为 null（例如 \"type\": [\"string\", \"null\"]）。",
    giveType: "请给这个子 schema 加上 \"type\"。",
  },
  'zh-tw': {
    schemaOneOf: "必須是 {{allowed}} 之一（實際為 {{got}}）",
    schemaOneOfLower: "必須是 {{allowed}} 之一（實際為 {{got}}）；型別名稱須小寫：「{{lower}}」",
    schemaType: "型別必須是 {{types}}（實際為 {{got}}）",
    schemaOther: "不符合後設結構描述的「{{keyword}}」（實際為 {{got}}）",
    rootType: "parameters 的根型別是 {{type}}：請把它包進一個物件屬性。",
    rootCombinator: "請把「{{key}}」移到根物件的某個屬性裡。",
    addItems: "請加入 \"items\"（例如 {\"type\": \"string\"}）。",
    wrapValue: "請把該值包進一個物件屬性，例如 {\"type\": \"object\", \"properties\": {\"items\": <你的 schema>}}。",
    rootAnyOf: "嚴格模式的 schema 根必須是物件，不能是 anyOf。",
    unsupported: "嚴格模式不支援「{{key}}」。",
    additionalProperties: "請加入 \"additionalProperties\": false。",
    requiredAll: "請在 \"required\" 中列出每個屬性；選用的屬性改為可為 null（例如 \"type\": [\"string\", \"null\"]）。",
    giveType: "請為這個子 schema 加上 \"type\"。",
  },
  fr: {
    schemaOneOf: "doit valoir l’une des valeurs {{allowed}} (reçu {{got}})",
    schemaOneOfLower: "doit valoir l’une des valeurs {{allowed}} (reçu {{got}}) ; les noms de type sont en minuscules : « {{lower}} »",
    schemaType: "doit être de type {{types}} (reçu {{got}})",
    schemaOther: "enfreint le mot-clé « {{keyword}} » du méta-schéma (reçu {{got}})",
    rootType: "La racine de parameters est de type {{type}} : placez-la dans une propriété d’un objet.",
    rootCombinator: "Déplacez « {{key}} » dans une propriété d’un objet racine.",
    addItems: "Ajoutez \"items\" (p. ex. {\"type\": \"string\"}).",
    wrapValue: "Placez la valeur dans une propriété d’un objet, p. ex. {\"type\": \"object\", \"properties\": {\"items\": <votre schéma>}}.",
    rootAnyOf: "La racine d’un schéma strict doit être un objet, pas anyOf.",
    unsupported: "Le mode strict ne prend pas en charge « {{key}} ».",
    additionalProperties: "Ajoutez \"additionalProperties\": false.",
    requiredAll: "Listez chaque propriété dans \"required\" ; rendez nullables les facultatives (p. ex. \"type\": [\"string\", \"null\"]).",
    giveType: "Donnez un \"type\" à ce sous-schéma.",
  },
};

/** A rule's own translations with the shared schema words added, per locale. */
export function withSchemaWords(own: MessageTranslations): MessageTranslations {
  return {
    'zh-cn': { ...SCHEMA_TRANSLATIONS['zh-cn'], ...own['zh-cn'] },
    'zh-tw': { ...SCHEMA_TRANSLATIONS['zh-tw'], ...own['zh-tw'] },
    fr: { ...SCHEMA_TRANSLATIONS.fr, ...own.fr },
  };
}
