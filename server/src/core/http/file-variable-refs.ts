import type { RequestUnit } from '../types.ts';
import type { DraftRequest } from './block.ts';

/** `{{name}}` (no system variable: `$dotenv`, `$processEnv`… start with `$`). */
const REFERENCE = /\{\{\s*([A-Za-z_][\w.-]{0,127})\s*\}\}/g;

/**
 * Records on the unit the file variables (`@name = value`, raw values) that its URL or headers reference,
 * so that a rule can tell a value written in this file (a file variable) from one that comes from the
 * environment (`.env`, http-client.env.json, editor settings). Only referenced names are copied.
 */
export function attachFileVariables(unit: RequestUnit, draft: DraftRequest, fileVariables: ReadonlyMap<string, string>): void {
  if (fileVariables.size === 0) return;
  let found: Record<string, string> | undefined;
  const scan = (text: string) => {
    if (!text.includes('{{')) return;
    for (const m of text.matchAll(REFERENCE)) {
      const value = fileVariables.get(m[1]);
      if (value !== undefined) (found ??= {})[m[1]] = value;
    }
  };
  scan(draft.rawUrl);
  for (const header of draft.headers) scan(header.value);
  if (found) unit.fileVariables = found;
}
