// What the language server checks before it handles a request from a client that may misbehave:
// requests after `shutdown` (InvalidRequest, as LSP asks) and params of the wrong shape (InvalidParams),
// so a handler never dereferences a missing `textDocument` or computes with a negative position.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';

let shutDown = false;

/** `shutdown` was received: from now on every request is refused. */
export function markShutdown(): void {
  shutDown = true;
}

export function isShutdown(): boolean {
  return shutDown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** LSP positions are uintegers; values past the end of a line or the document are clamped later. */
const isUinteger = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isPosition = (v: unknown): boolean => isRecord(v) && isUinteger(v.line) && isUinteger(v.character);
const isRange = (v: unknown): boolean => isRecord(v) && isPosition(v.start) && isPosition(v.end);

export type ParamNeed = 'position' | 'range' | 'codeActionContext';

/**
 * A ResponseError to answer instead of handling the request, or undefined when it may be handled:
 * InvalidRequest after shutdown, InvalidParams when `textDocument.uri` (always required) or one of
 * `needs` is missing or of the wrong type.
 */
export function refuseRequest(method: string, params: unknown, needs: ParamNeed[] = []): ResponseError<void> | undefined {
  if (shutDown) return new ResponseError(ErrorCodes.InvalidRequest, `${method}: the server is shut down`);
  const invalid = (what: string) => new ResponseError<void>(ErrorCodes.InvalidParams, `${method}: ${what}`);
  if (!isRecord(params) || !isRecord(params.textDocument) || typeof params.textDocument.uri !== 'string') {
    return invalid('textDocument.uri must be a string');
  }
  for (const need of needs) {
    if (need === 'position' && !isPosition(params.position)) return invalid('position must be {line, character} with non-negative integers');
    if (need === 'range' && !isRange(params.range)) return invalid('range must be {start, end} positions with non-negative integers');
    if (need === 'codeActionContext') {
      const context = params.context;
      if (!isRecord(context) || !Array.isArray(context.diagnostics)) return invalid('context.diagnostics must be an array');
      if (context.only !== undefined && (!Array.isArray(context.only) || !context.only.every((k) => typeof k === 'string'))) {
        return invalid('context.only must be an array of strings');
      }
      if (!context.diagnostics.every((d) => isRecord(d) && isRange(d.range))) return invalid('every context diagnostic needs a range');
    }
  }
  return undefined;
}
