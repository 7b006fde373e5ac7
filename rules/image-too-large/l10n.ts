import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    openAiImageCount: "一个请求中超过 500 张图片：OpenAI 每个请求最多接受 500 个图片输入。",
    anthropicImageCount: "第 {{n}} 张图片：Anthropic 对{{who}}每个请求最多允许 {{max}} 张图片。",
    anthropicImageSize: "该图片的 base64 数据为 {{chars}} 字节，{{where}}。",
    anthropicPixels: "该图片为 {{width}}x{{height}} 像素，超过 Anthropic 接受的每边 8000 像素：请缩小图片。",
    anthropicPixelsMany: "该图片为 {{width}}x{{height}} 像素：请求中有 {{count}} 张图片时，Anthropic 每边只接受 2000 像素。",
    dashscopeItemSize: "此 base64 项解码后为 {{size}}；DashScope 每个 data URI 最多接受 10 MB：请改传 URL。",
    everyModel: "所有模型",
    smallContext: "上下文窗口为 200k token 的模型（其他模型为 600 张）",
    over10: "超过 Anthropic API 接受的 10 MiB（Bedrock 和 Vertex 为 5 MiB）",
    platform: "超过 Bedrock 和 Vertex 接受的 5 MiB",
    over5: "超过 5 MiB，Bedrock、Vertex 和许多部署会拒绝（直连 API 接受 10 MiB）",
  },
  'zh-tw': {
    openAiImageCount: "一個請求中超過 500 張圖片：OpenAI 每個請求最多接受 500 個圖片輸入。",
    anthropicImageCount: "第 {{n}} 張圖片：Anthropic 對{{who}}每個請求最多允許 {{max}} 張圖片。",
    anthropicImageSize: "該圖片的 base64 資料為 {{chars}} 位元組，{{where}}。",
    anthropicPixels: "該圖片為 {{width}}x{{height}} 像素，超過 Anthropic 接受的每邊 8000 像素：請縮小圖片。",
    anthropicPixelsMany: "該圖片為 {{width}}x{{height}} 像素：請求中有 {{count}} 張圖片時，Anthropic 每邊只接受 2000 像素。",
    dashscopeItemSize: "此 base64 項目解碼後為 {{size}}；DashScope 每個 data URI 最多接受 10 MB：請改傳 URL。",
    everyModel: "所有模型",
    smallContext: "上下文視窗為 200k token 的模型（其他模型為 600 張）",
    over10: "超過 Anthropic API 接受的 10 MiB（Bedrock 與 Vertex 為 5 MiB）",
    platform: "超過 Bedrock 與 Vertex 接受的 5 MiB",
    over5: "超過 5 MiB，Bedrock、Vertex 與許多部署會拒絕（直連 API 接受 10 MiB）",
  },
  fr: {
    openAiImageCount: "Plus de 500 images dans une requête : OpenAI accepte au plus 500 images par requête.",
    anthropicImageCount: "Image n°{{n}} : Anthropic accepte {{max}} images par requête pour {{who}}.",
    anthropicImageSize: "Les données base64 de l’image font {{chars}} octets, {{where}}.",
    anthropicPixels: "L’image fait {{width}}x{{height}} px, au-delà des 8000 px par côté qu’accepte Anthropic : réduisez-la.",
    anthropicPixelsMany: "L’image fait {{width}}x{{height}} px : avec {{count}} images dans la requête, Anthropic accepte 2000 px par côté.",
    dashscopeItemSize: "Cet élément base64 décodé fait {{size}} ; DashScope accepte au plus 10 Mo par URI data : passez une URL.",
    everyModel: "tous les modèles",
    smallContext: "les modèles à fenêtre de 200k jetons (600 pour les autres)",
    over10: "au-delà des 10 Mio que l’API Anthropic accepte (5 Mio sur Bedrock et Vertex)",
    platform: "au-delà des 5 Mio qu’acceptent Bedrock et Vertex",
    over5: "au-delà de 5 Mio, que Bedrock, Vertex et bien des déploiements refusent (l’API directe prend 10 Mio)",
  },
};
