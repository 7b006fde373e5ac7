import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * What the splitter may read from disk. Editors with workspace trust (VS Code's restricted mode) open
 * cloned repositories untrusted: then no `.env` file and no `http-client.private.env.json` is read (they hold
 * secrets), and no file outside the workspace folders (a `< ../../secret.json` body, env files found by
 * walking up past the folder). Plain data: the front end decides, the core only obeys.
 */
export interface ReadPolicy {
  trusted: boolean;
  /** Real paths of the folders files may be read from when not trusted; empty: none. */
  roots: string[];
}

export const TRUSTED_POLICY: ReadPolicy = { trusted: true, roots: [] };

/** The policy for the splitter's `trusted` / `allowedRoots` options (trusted unless `trusted === false`). */
export function readPolicy(options: { trusted?: boolean; allowedRoots?: readonly string[] }): ReadPolicy {
  if (options.trusted !== false) return TRUSTED_POLICY;
  const roots = Array.isArray(options.allowedRoots) ? options.allowedRoots.filter((r): r is string => typeof r === 'string' && r !== '') : [];
  return { trusted: false, roots: roots.map(realOrResolved) };
}

/** True when the policy lets the splitter read `absPath` at all (env-file kinds are checked separately). */
export function mayRead(policy: ReadPolicy, absPath: string): boolean {
  if (policy.trusted) return true;
  // Symbolic links are followed: a link inside the folder that points outside it is outside.
  const real = realOrResolved(absPath);
  return policy.roots.some((root) => isInside(real, root));
}

function isInside(candidate: string, root: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The real path when the file exists; otherwise its nearest existing parent's real path plus the rest. */
function realOrResolved(p: string): string {
  const resolved = path.resolve(p);
  try {
    return fs.realpathSync.native(resolved);
  } catch {
    const parent = path.dirname(resolved);
    if (parent === resolved) return resolved;
    return path.join(realOrResolved(parent), path.basename(resolved));
  }
}

/** Does a regular file exist there (metadata only, the content is not read)? */
export function fileExists(absPath: string): boolean {
  try {
    return fs.statSync(absPath).isFile();
  } catch {
    return false;
  }
}

export const UNTRUSTED_BODY_REASON = 'it is outside the workspace folder, and the workspace is not trusted (files outside it are read only in a trusted workspace)';
