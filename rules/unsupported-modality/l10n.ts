import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    unsupported: "模型 {{model}} 不接受 {{label}} 输入（{{why}}）。",
    responsesFileType: "“input_file”接受文档（PDF、文本、代码、办公文件），不接受 {{mime}}：{{instead}}。",
    chatFileType: "Chat Completions 的“file”部分只接受 PDF，不接受 {{mime}}：请改用 Responses API 或文本部分。",
    bothSources: "模型表和 models.dev 都没有列出 {{label}}；它接受 {{modalities}}",
    userEntry: "您的 llmPreflight.models 条目列出 {{modalities}}",
    table: "模型表列出 {{modalities}}",
    audio: "音频请以“input_audio”发给音频模型",
    video: "视频请以帧的形式通过“input_image”发送",
  },
  'zh-tw': {
    unsupported: "模型 {{model}} 不接受 {{label}} 輸入（{{why}}）。",
    responsesFileType: "「input_file」接受文件（PDF、文字、程式碼、辦公檔案），不接受 {{mime}}：{{instead}}。",
    chatFileType: "Chat Completions 的「file」部分只接受 PDF，不接受 {{mime}}：請改用 Responses API 或文字部分。",
    bothSources: "模型表與 models.dev 都沒有列出 {{label}}；它接受 {{modalities}}",
    userEntry: "您的 llmPreflight.models 項目列出 {{modalities}}",
    table: "模型表列出 {{modalities}}",
    audio: "音訊請以「input_audio」傳給音訊模型",
    video: "影片請以影格形式透過「input_image」傳送",
  },
  fr: {
    unsupported: "Le modèle {{model}} ne prend pas d’entrée {{label}} ({{why}}).",
    responsesFileType: "« input_file » prend des documents (PDF, texte, code, bureautique), pas {{mime}} : {{instead}}.",
    chatFileType: "Chat Completions ne prend que du PDF dans une partie « file », pas {{mime}} : utilisez l’API Responses ou une partie texte.",
    bothSources: "ni la table des modèles ni models.dev ne listent {{label}} ; il prend {{modalities}}",
    userEntry: "votre entrée llmPreflight.models liste {{modalities}}",
    table: "la table des modèles liste {{modalities}}",
    audio: "envoyez l’audio en « input_audio » à un modèle audio",
    video: "envoyez la vidéo en images via « input_image »",
  },
};
