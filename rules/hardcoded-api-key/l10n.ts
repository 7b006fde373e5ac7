import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    writeDotenv: "{{where}}中有 API 密钥“{{masked}}”：请把“{{env}}=<key>”写进 .env，并在此处写“{{dotenv}}”。",
    defineDotenv: "{{where}}中有 API 密钥“{{masked}}”：请把“{{env}}=<key>”写进 .env，并把变量定义为“{{dotenv}}”。",
    usePlaceholder: "{{where}}中有 API 密钥“{{masked}}”：请换成占位符，并从环境中读取密钥。",
    variable: "文件变量“@{{name}}”",
    header: "“{{name}}”请求头",
    url: "URL ",
    field: "此 JSON 字符串（“{{name}}”）",
    json: "此 JSON 字符串",
  },
  'zh-tw': {
    writeDotenv: "{{where}}中有 API 金鑰「{{masked}}」：請把「{{env}}=<key>」寫進 .env，並在此處寫「{{dotenv}}」。",
    defineDotenv: "{{where}}中有 API 金鑰「{{masked}}」：請把「{{env}}=<key>」寫進 .env，並把變數定義為「{{dotenv}}」。",
    usePlaceholder: "{{where}}中有 API 金鑰「{{masked}}」：請換成佔位符，並從環境中讀取金鑰。",
    variable: "檔案變數「@{{name}}」",
    header: "「{{name}}」標頭",
    url: "URL ",
    field: "此 JSON 字串（「{{name}}」）",
    json: "此 JSON 字串",
  },
  fr: {
    writeDotenv: "Clé d’API « {{masked}} » dans {{where}} : mettez « {{env}}=<key> » dans .env et écrivez « {{dotenv}} » ici.",
    defineDotenv: "Clé d’API « {{masked}} » dans {{where}} : mettez « {{env}}=<key> » dans .env et définissez la variable comme « {{dotenv}} ».",
    usePlaceholder: "Clé d’API « {{masked}} » dans {{where}} : remplacez-la par un espace réservé et chargez la clé depuis l’environnement.",
    variable: "la variable de fichier « @{{name}} »",
    header: "l’en-tête « {{name}} »",
    url: "l’URL",
    field: "cette chaîne JSON (« {{name}} »)",
    json: "cette chaîne JSON",
  },
};
