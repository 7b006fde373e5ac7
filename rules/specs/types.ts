/**
 * Shapes of the per-API parameter specs (rules/specs/*.ts). These files are the one source of
 * truth for what a request body may contain at the top level (and, where known, below it):
 * lint (unknown-parameter, ranges, enums), completion and hover all read them.
 *
 * Plain data only: no functions inside specs, so they can be serialised for docs and tests.
 */
import type { ApiId, Provider } from '../../server/src/core/rule-api.ts';
import type { ParamRestriction } from '../models/types.ts';

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
   * Gemini API: the field exists on the v1beta endpoint only; the stable `/v1/` endpoint answers
   * `Unknown name "…": Cannot find field.` The value is the source URL.
   */
  geminiBetaOnly?: string;
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
  /** Nested object fields, when known. */
  properties?: Record<string, ParamSpec>;
  /**
   * `false` = the object is closed: `properties` (plus the matching variant's) is the complete list
   * from the SDK type, so any other key is an unknown field. Absent = open (other keys are not judged).
   */
  additionalProperties?: false;
  /**
   * A repeated field that also takes one element in place of the list (proto JSON: Google's own samples send
   * `"contents": {...}` and `"parts": {...}`): such an object is walked, and its fields judged, as that element.
   */
  singleValue?: true;
  /** Objects whose shape depends on one property (content blocks by `type`, messages by `role`). */
  variants?: VariantSpec;
  /** Element spec for arrays, when useful. */
  items?: ParamSpec;
  /** URL proving it exists (set wherever the parameter is dialect-specific or surprising). */
  source?: string;
}

/**
 * A discriminated union: the string value of `discriminator` picks one case, whose properties are
 * added to the object's own. An object whose discriminator is absent (and no `default`), templated
 * or not one of the cases is judged with the base properties only, and as open.
 */
export interface VariantSpec {
  /** The property whose value picks the case (e.g. `type`, `role`). */
  discriminator: string;
  /** Case used when the discriminator is absent (e.g. Anthropic custom tools have an optional type). */
  default?: string;
  /** Error paths name the case after the element, pydantic style: `messages.0.content.0.text.foo`. */
  tagInPath?: boolean;
  cases: Record<string, VariantCase>;
}

/** One case of a discriminated union: what it adds to (or overrides in) the base spec. */
export interface VariantCase {
  description?: string;
  properties?: Record<string, ParamSpec>;
  /** Overrides the base: `false` when this case's field list is complete. */
  additionalProperties?: false;
  /** Azure: first api-version that accepts this case (e.g. response_format json_schema). */
  azureSince?: string;
  onlyProviders?: Provider[];
  source?: string;
}

/** How a provider treats unknown fields below the top level (inside closed nested objects). */
export interface NestedUnknownPolicy {
  /** 'reject' = 400 (error); 'unknown' = not verified (warning); 'skip' = not checked (the dialect's nested schema differs). */
  behaviour: 'reject' | 'unknown' | 'skip';
  /** Verbatim provider error, with `{name}` (the field) and `{path}` (the provider's path format). */
  error?: string;
  source?: string;
  note?: string;
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
  /** Unknown fields inside closed nested objects; absent = treated like 'skip'. */
  nested?: NestedUnknownPolicy;
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
  /** What the host's docs say some of its models reject (read by model-unsupported-parameter). */
  modelRestrictions?: readonly DialectModelRestriction[];
  /** One line on how the dialect differs, for hovers. */
  note?: string;
}

/** A parameter that the host rejects for some of its models: ids as the host writes them, `*` = any text. */
export interface DialectModelRestriction {
  models: readonly string[];
  restriction: ParamRestriction;
}

export interface ApiSpec {
  api: ApiId;
  docsUrl: string;
  /** Top-level request body fields. */
  params: Record<string, ParamSpec>;
  /** Per dialect: how unknown top-level fields are treated, and which extra params that dialect adds. */
  dialects: Partial<Record<Provider, DialectSpec>>;
}
