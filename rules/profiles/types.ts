import type { ApiId, JsonPath, Provider } from '../../server/src/core/rule-api.ts';
import type { ModelVendor } from '../models/families.ts';

/**
 * What the linter knows about one API, in one place: who enforces it like its maker, who makes its
 * models, how its errors write paths, where its prompt and output length live. Detection, rules,
 * completion and hover read these instead of restating them.
 */
export interface ApiProfile {
  api: ApiId;
  /** The maker's own host: the dialect assumed when none is detected (and named in messages). */
  defaultProvider: Provider;
  /**
   * Hosts that run the maker's own validator ("enforces like the maker"): their findings are errors and
   * may quote the maker's wording. Other dialects and relays get warnings.
   */
  firstParty: readonly Provider[];
  /**
   * The vendor whose models the API serves: through a relay, a model of this vendor gets the maker's rules.
   * Null for APIs that serve every maker's models alike (Bedrock Converse, Ollama).
   */
  maker: ModelVendor | null;
  /**
   * How the maker's errors write a JSON path: `dotted` (`messages.0.content`, pydantic), `bracketed`
   * (`messages[0].content`) or `proto` (bracketed, with snake_case field names, Google).
   */
  pathStyle: 'dotted' | 'bracketed' | 'proto';
  /** Where the conversation lives in the body (`messages`, `input`, `contents`, `input.messages`). */
  promptRoot: JsonPath;
  /** Where the requested output length goes, in the order the API prefers them (the first present wins). */
  outputParam: readonly JsonPath[];
  /** Where the tool declarations go. */
  toolsPath: JsonPath;
  /** True when the request URL's path names this API (the path decides before the body does). */
  matchesPath(lowerCasePath: string): boolean;
}

/** What the linter knows about one host or dialect. */
export interface ProviderProfile {
  provider: Provider;
  /** Display name in the middle of a sentence ('the Gemini API', 'a relay'). */
  name: string;
  /** Display name at the start of a sentence ('The Gemini API', 'The relay'). */
  subject: string;
  /**
   * Relay policy: true for an unknown host (new-api, one-api, LiteLLM, a company gateway), whose rules
   * and wordings are its own: findings are at most warnings.
   */
  relay: boolean;
  /** True when the host serves the model itself, so the model's own limits apply (not OpenRouter or a relay). */
  servesModel: boolean;
}
