import type { RuleSetting } from '../core/lint.ts';

/** The `llmPreflight.*` settings, as the client sends them; anything malformed falls back to defaults. */
export interface Settings {
  enable: boolean;
  rules: Record<string, RuleSetting>;
  apis: Record<string, string>;
  maxFileSizeMB: number;
  debounceMs: number;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, apis: {}, maxFileSizeMB: 20, debounceMs: 200 };

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
  };
}

/** REST Client's `rest-client.environmentVariables`: `$shared` first, then each environment's values. */
export function restClientVariables(raw: unknown): Record<string, string> {
  if (!raw || typeof raw !== 'object') return {};
  const envs = raw as Record<string, unknown>;
  const merged: Record<string, string> = {};
  const add = (vars: unknown) => {
    if (!vars || typeof vars !== 'object') return;
    for (const [name, value] of Object.entries(vars as Record<string, unknown>)) {
      if (typeof value === 'string' && !(name in merged)) merged[name] = value;
    }
  };
  add(envs.$shared);
  for (const [name, vars] of Object.entries(envs)) if (name !== '$shared') add(vars);
  return merged;
}
