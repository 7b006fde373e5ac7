import type { RuleSetting } from '../core/lint.ts';
import type { Modality, ModelVendor, UserModel } from '../../../rules/models/index.ts';
import { LOCALES, type Locale } from '../../../rules/errors/types.ts';
import type { SourceSettings } from '../core/sources/settings.ts';
import { HOST_DIALECTS } from '../../../rules/profiles/index.ts';
import type { Provider } from '../core/types.ts';

/** The `llmPreflight.*` settings, as the client sends them; anything malformed falls back to defaults. */
export interface Settings {
  enable: boolean;
  rules: Record<string, RuleSetting>;
  apis: Record<string, string>;
  maxFileSizeMB: number;
  debounceMs: number;
  /** Private deployments and new releases: id -> limits, modalities, `like` (a known model to inherit from). */
  models: Record<string, UserModel>;
  /** Language of explanations: a locale, or 'auto' (VS Code's display language). */
  locale: 'auto' | Locale;
  /** SDK calls and curl in source files, per kind (`llmPreflight.sources.*`, default on). */
  sources: SourceSettings;
  /** Host (or host:port) → dialect id, for self-hosted and unlisted OpenAI-compatible servers. */
  hosts: Record<string, Provider>;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, apis: {}, maxFileSizeMB: 20, debounceMs: 200, models: {}, locale: 'auto', sources: {}, hosts: {} };

/** The `sources` switches (`llmPreflight.sources.*`, the CLI config's `sources`). */
export const SOURCE_SWITCHES = ['python', 'typescript', 'javascript', 'shellscript', 'markdown'] as const;

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

export function normalizeSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (value.rules && typeof value.rules === 'object') {
    for (const [id, severity] of Object.entries(value.rules as Record<string, unknown>)) {
      if (typeof severity === 'string' && SEVERITIES.has(severity)) rules[id] = severity as RuleSetting;
    }
  }
  const apis: Record<string, string> = {};
  if (value.apis && typeof value.apis === 'object') {
    for (const [glob, id] of Object.entries(value.apis as Record<string, unknown>)) if (typeof id === 'string') apis[glob] = id;
  }
  const size = Number(value.maxFileSizeMB);
  const debounce = Number(value.debounceMs);
  return {
    enable: value.enable !== false,
    rules,
    apis,
    maxFileSizeMB: size > 0 ? size : DEFAULT_SETTINGS.maxFileSizeMB,
    debounceMs: debounce >= 0 && debounce <= 5000 ? debounce : DEFAULT_SETTINGS.debounceMs,
    models: normalizeUserModels(value.models),
    locale: typeof value.locale === 'string' && (LOCALES as readonly string[]).includes(value.locale) ? (value.locale as Locale) : 'auto',
    sources: normalizeSources(value.sources),
    hosts: normalizeHosts(value.hosts),
  };
}

function normalizeSources(raw: unknown): SourceSettings {
  const out: SourceSettings = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const name of SOURCE_SWITCHES) if (typeof (raw as Record<string, unknown>)[name] === 'boolean') out[name] = (raw as Record<string, boolean>)[name];
  return out;
}

/** `llmPreflight.hosts`: lower-case hosts mapped to known dialect ids; anything else is dropped. */
export function normalizeHosts(raw: unknown): Record<string, Provider> {
  const out: Record<string, Provider> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [host, id] of Object.entries(raw as Record<string, unknown>)) {
    const key = host.trim().toLowerCase();
    if (key && typeof id === 'string' && (HOST_DIALECTS as readonly string[]).includes(id)) out[key] = id as Provider;
  }
  return out;
}

const VENDORS = new Set<ModelVendor>(['openai', 'anthropic', 'google', 'alibaba', 'deepseek']);
const MODALITIES = new Set<Modality>(['text', 'image', 'audio', 'video', 'pdf']);
const LIMITS = ['contextWindow', 'maxInputTokens', 'maxOutputTokens'] as const;

/**
 * `llmPreflight.models` / the config file's `models`: keeps only well-formed fields, so a typo in a
 * setting costs that field, never the lint run.
 */
export function normalizeUserModels(raw: unknown): Record<string, UserModel> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: Record<string, UserModel> = {};
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!id.trim() || !value || typeof value !== 'object') continue;
    const entry = value as Record<string, unknown>;
    const model: UserModel = {};
    for (const limit of LIMITS) {
      const n = entry[limit];
      if (typeof n === 'number' && Number.isInteger(n) && n > 0) model[limit] = n;
    }
    if (typeof entry.outputCountsAgainstContext === 'boolean') model.outputCountsAgainstContext = entry.outputCountsAgainstContext;
    if (typeof entry.like === 'string' && entry.like.trim()) model.like = entry.like;
    if (typeof entry.vendor === 'string' && VENDORS.has(entry.vendor as ModelVendor)) model.vendor = entry.vendor as ModelVendor;
    if (Array.isArray(entry.inputModalities)) model.inputModalities = entry.inputModalities.filter((m): m is Modality => MODALITIES.has(m as Modality));
    out[id] = model;
  }
  return out;
}

/**
 * REST Client's `rest-client.environmentVariables`. With `envName` (the CLI's `--env`): that environment's
 * values over `$shared`, as REST Client resolves them. Without (the editor does not say which one is
 * picked): `$shared` first, then each environment's values.
 */
export function restClientVariables(raw: unknown, envName?: string): Record<string, string> {
  if (!raw || typeof raw !== 'object') return {};
  const envs = raw as Record<string, unknown>;
  const merged: Record<string, string> = {};
  const add = (vars: unknown) => {
    if (!vars || typeof vars !== 'object') return;
    for (const [name, value] of Object.entries(vars as Record<string, unknown>)) {
      if (typeof value === 'string' && !(name in merged)) merged[name] = value;
    }
  };
  if (envName !== undefined) add(envs[envName]);
  add(envs.$shared);
  if (envName === undefined) for (const [name, vars] of Object.entries(envs)) if (name !== '$shared') add(vars);
  return merged;
}
