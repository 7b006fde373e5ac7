/**
 * Per-provider size and count limits for inline media, each with its source. Sizes are bytes.
 * Where the provider measures the base64 text (Anthropic, Gemini) the limit is on the encoded
 * length; where it measures the image (OpenAI, DashScope) it is on the decoded size.
 */
import { MiB } from '../shared/media.ts';

export const LIMITS = {
  openai: {
    /** "up to 20MB per image", "up to 50 MB total image bytes", "up to 500 images" per request. */
    imageBytes: 20 * MiB,
    totalImageBytes: 50 * MiB,
    images: 500,
    docs: 'https://platform.openai.com/docs/guides/images-vision',
    docsMirror: 'https://openai-hd4n6.mintlify.app/docs/guides/images',
    error:
      "You uploaded an unsupported image. Please make sure your image is below 20 MB in size and is of one the following formats: ['png', 'jpeg', 'gif', 'webp'].",
    errorSource: 'https://github.com/CosmosShadow/gptpdf/issues/6',
    /** Documented limits; the server's wording for them is not recorded anywhere we could find. */
    countNote: 'Up to 500 individual image inputs and 50 MB of total image bytes per request (documented limit)',
  },
  anthropic: {
    /**
     * Measured on the base64 string (lobehub/lobehub#14711, ai-ecoverse/slicc#117,
     * openclaw/openclaw#9598). 5 MiB was the cap in every reported rejection (2024-2026); the 2026
     * vision docs allow 10 MiB on the direct API and keep 5 MiB on Bedrock and Vertex
     * (kirodotdev/KiroCrew#1941).
     */
    imageBase64Strict: 5 * MiB,
    imageBase64Max: 10 * MiB,
    /** "100 per request on the API, for models with a 200k-token context window. 600 ... for all other models." */
    imagesSmallContext: 100,
    imagesMax: 600,
    /** "32 MB for standard endpoints". */
    requestBytes: 32 * MiB,
    docs: 'https://platform.claude.com/docs/en/build-with-claude/vision',
    sizeError: 'messages.0.content.1.image.source.base64: image exceeds 5 MB maximum: 6418576 bytes > 5242880 bytes',
    sizeErrorSource: 'https://github.com/cg-dot/vertexai-cf-workers/issues/16',
    countError: 'Too much media: 0 document pages + 102 images > 100',
    countErrorSource: 'https://github.com/anthropics/claude-code/issues/19822',
    countErrorAlt: 'too many images and documents: 104 + 1 > 100',
    countErrorAltSource: 'https://github.com/anthropics/claude-code/issues/23392',
    /**
     * Pixels a side: "If you submit an image larger than 8000x8000 px, it will be rejected. If you submit more
     * than 20 images in one API request, this limit is 2000x2000 px." (the vision guide, `docs`). The wordings
     * are the API's, from anthropics/claude-code#5147 and #49537.
     */
    maxSidePx: 8000,
    manyImages: 20,
    manyImagesMaxSidePx: 2000,
    pixelError: '{{path}}: At least one of the image dimensions exceed max allowed size: 8000 pixels',
    pixelErrorSource: 'https://github.com/anthropics/claude-code/issues/5147',
    manyPixelError: '{{path}}: At least one of the image dimensions exceed max allowed size for many-image requests: 2000 pixels',
    manyPixelErrorSource: 'https://github.com/anthropics/claude-code/issues/49537',
    requestError: 'Request exceeds the maximum size',
    requestErrorSource: 'https://github.com/earendil-works/pi/issues/401',
  },
  /**
   * OpenAI and Gemini document no pixel limit that rejects a request: OpenAI scales an image to fit 2048x2048
   * and then 768 px on the short side (https://platform.openai.com/docs/guides/images-vision#calculating-costs),
   * Gemini scales and tiles it (https://ai.google.dev/gemini-api/docs/image-understanding#technical-details-image),
   * so only the byte and count limits below apply to them.
   */
  gemini: {
    /** Inline data per request: 100 MB since 2026-01-12 (was 20 MB), counted on the base64 payload. */
    inlineBase64: 100 * MiB,
    docs: 'https://blog.google/innovation-and-ai/technology/developers-tools/gemini-api-new-file-limits',
    error: 'Request payload size exceeds the limit: 4194304 bytes.',
    errorSource: 'https://github.com/google-gemini/deprecated-generative-ai-android/issues/26',
  },
  dashscope: {
    /** 10 MB per base64 (data-URI) item; native API and compatible mode alike. */
    dataUriBytes: 10 * MiB,
    docs: 'https://www.alibabacloud.com/help/en/model-studio/error-code',
    error: "Exceeded limit on max bytes per data-uri item : 10485760'.",
  },
} as const;
