import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { closest } from '../core/did-you-mean.ts';
import { CORE_CODES } from '../core/lint.ts';
import { API_IDS } from '../core/types.ts';
import { LineIndex } from '../core/text.ts';
import { RULES_BY_ID } from '../../../rules/index.ts';
import { SOURCE_SWITCHES } from '../frontend/settings.ts';
import { HOST_DIALECTS } from '../../../rules/profiles/index.ts';

const TOP_KEYS = ['rules', 'apis', 'models', 'sources', 'hosts', '$schema'];
const SEVERITIES = ['off', 'info', 'warning', 'error'];
const MODEL_KEYS = ['contextWindow', 'maxInputTokens', 'maxOutputTokens', 'outputCountsAgainstContext', 'like', 'vendor', 'inputModalities'];

/**
 * What is wrong in a parsed config file, one `line:col: problem` per entry (1-based), each with a
 * did-you-mean where a known name is near. The editor drops such entries quietly (settings.ts); the CLI
 * refuses them (exit 2), because a misspelt `"off"` that silently does nothing misleads a CI run.
 */
export function configProblems(text: string, root: Node, value: Record<string, unknown>): string[] {
  const lines = new LineIndex(text);
  const problems: string[] = [];
  const at = (path: (string | number)[], key: boolean, message: string) => {
    const node = findNodeAtLocation(root, path);
    const target = key && node?.parent?.type === 'property' ? node.parent.children?.[0] : node;
    const { line, character } = lines.positionAt(target?.offset ?? 0);
    problems.push(`${line + 1}:${character + 1}: ${message}`);
  };
  const suggest = (name: string, known: Iterable<string>) => {
    const near = closest(name, known);
    return near ? `; did you mean "${near}"?` : '';
  };

  for (const key of Object.keys(value)) {
    if (!TOP_KEYS.includes(key)) at([key], true, `unknown setting "${key}"${suggest(key, TOP_KEYS)} (the config file holds rules, apis, models and hosts)`);
  }
  const ruleIds = [...RULES_BY_ID.keys(), ...CORE_CODES];
  for (const [id, severity] of entries(value.rules, 'rules', at)) {
    if (!ruleIds.includes(id)) at(['rules', id], true, `unknown rule "${id}"${suggest(id, ruleIds)}`);
    if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) {
      at(['rules', id], false, `bad severity ${JSON.stringify(severity)} for "${id}"${typeof severity === 'string' ? suggest(severity, SEVERITIES) : ''} (${SEVERITIES.join(', ')})`);
    }
  }
  for (const [glob, api] of entries(value.apis, 'apis', at)) {
    if (typeof api !== 'string' || !API_IDS.includes(api as (typeof API_IDS)[number])) {
      at(['apis', glob], false, `unknown API id ${JSON.stringify(api)} for "${glob}"${typeof api === 'string' ? suggest(api, API_IDS) : ''} (${API_IDS.join(', ')})`);
    }
  }
  for (const [name, on] of entries(value.sources, 'sources', at)) {
    if (!(SOURCE_SWITCHES as readonly string[]).includes(name)) at(['sources', name], true, `unknown source kind "${name}"${suggest(name, SOURCE_SWITCHES)} (${SOURCE_SWITCHES.join(', ')})`);
    else if (typeof on !== 'boolean') at(['sources', name], false, `"sources.${name}" must be true or false`);
  }
  for (const [host, id] of entries(value.hosts, 'hosts', at)) {
    if (typeof id !== 'string' || !(HOST_DIALECTS as readonly string[]).includes(id)) {
      at(['hosts', host], false, `unknown dialect ${JSON.stringify(id)} for host "${host}"${typeof id === 'string' ? suggest(id, HOST_DIALECTS) : ''} (${HOST_DIALECTS.join(', ')})`);
    }
  }
  for (const [id, model] of entries(value.models, 'models', at)) {
    if (!model || typeof model !== 'object' || Array.isArray(model)) {
      at(['models', id], false, `model "${id}" must be an object of limits (${MODEL_KEYS.join(', ')})`);
      continue;
    }
    for (const key of Object.keys(model)) {
      if (!MODEL_KEYS.includes(key)) at(['models', id, key], true, `unknown field "${key}" of model "${id}"${suggest(key, MODEL_KEYS)}`);
    }
  }
  return problems;
}

function entries(section: unknown, name: string, at: (path: string[], key: boolean, message: string) => void): [string, unknown][] {
  if (section === undefined) return [];
  if (!section || typeof section !== 'object' || Array.isArray(section)) {
    at([name], false, `"${name}" must be an object`);
    return [];
  }
  return Object.entries(section);
}
