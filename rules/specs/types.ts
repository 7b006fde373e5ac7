/**
 * Shapes of the per-API parameter specs (rules/specs/*.ts). These files are the one source of
 * truth for what a request body may contain at the top level (and, where known, below it):
 * lint (unknown-parameter, ranges, enums), completion and hover all read them.
 *
 * Plain data only: no functions inside specs, so they can be serialised for docs and tests.
 */
import type { ApiId, Provider } from '../../server/src/core/types.ts';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface ParamSpec {
  type: JsonType | JsonType[];
  /** One line, our own words. */
  description: string;
  docsUrl?: string;
  required?: boolean;
  enum?: readonly (string | number)[];
  minimum?: number;
  maximum?: number;
  /** Arrays: fewest / most elements the provider accepts (where documented). */
  minItems?: number;
  maxItems?: number;
  /** Why it is deprecated and what to use instead. Deprecated parameters are still accepted. */
  deprecated?: string;
  /** Only these dialects accept it (e.g. Azure's data_sources, DeepSeek's thinking). Absent = every dialect of the API. */
  onlyProviders?: Provider[];
  /** Azure: first api-version (YYYY-MM-DD[-preview]) that accepts it, where known with a source. */
  azureSince?: string;
  /**
   * Anthropic: the parameter belongs to the beta surface (`/v1/messages?beta=true` or an
   * `anthropic-beta` header). The value is the beta header that enables it when known, else `true`.
   * Without the beta the API answers `{name}: Extra inputs are not permitted`.
   */
  anthropicBeta?: string | true;
  /**
   * This key is another spelling of `aliasOf` (Gemini: the REST/JSON mapping accepts both
   * lowerCamelCase and the proto's snake_case field names).
   */
  aliasOf?: string;
  /** Nested object fields, when known (for later depth checks; top level is the priority now). */
  properties?: Record<string, ParamSpec>;
  /** Element spec for arrays, when useful. */
  items?: ParamSpec;
  /** URL proving it exists (set wherever the parameter is dialect-specific or surprising). */
  source?: string;
}

export interface UnknownParameterPolicy {
  /**
   * What the provider does with an unknown top-level field. 'reject' = 400 (error);
   * 'ignore' = silently dropped (no finding); 'unknown' = not documented (warning at most).
   */
  behaviour: 'reject' | 'ignore' | 'unknown';
  /** Verbatim provider error, with `{name}` where the parameter name goes, and its source URL. */
  error?: string;
  source?: string;
  /** Other wordings the same provider is known to use (older validators, wrappers). */
  alternateErrors?: { error: string; source: string }[];
  /** Free-form remark (e.g. why the behaviour is what it is, or what is unverified). */
  note?: string;
}

export interface DialectSpec {
  unknown: UnknownParameterPolicy;
  /** Top-level params this dialect adds to the API's params. */
  extraParams?: Record<string, ParamSpec>;
  /**
   * Top-level params of the API that this dialect does NOT accept in the body
   * (e.g. Bedrock/Vertex take the model from the URL, so `model` is an unknown field there).
   */
  excludedParams?: readonly string[];
  /** One line on how the dialect differs, for hovers. */
  note?: string;
}

export interface ApiSpec {
  api: ApiId;
  docsUrl: string;
  /** Top-level request body fields. */
  params: Record<string, ParamSpec>;
  /** Per dialect: how unknown top-level fields are treated, and which extra params that dialect adds. */
  dialects: Partial<Record<Provider, DialectSpec>>;
}
