/**
 * Whether a plain-text, log or Markdown document is worth starting the language server for: it mentions a
 * failure. Deliberately generous (a false alarm costs one idle process; a miss costs a hover that never comes):
 * the words and status lines every error report the server explains carries somewhere, in the languages it
 * explains in. test/unit/failure-words.test.ts holds it to every catalog example and every labelled real paste.
 * No `vscode` import: the unit test runs it in Node.
 */
const FAILURE = new RegExp(
  [
    'error', 'exception', 'fail', 'invalid', 'denied', 'unauthori[sz]ed', 'forbidden', 'not found', 'quota', 'rate.?limit', 'overload',
    'throttl', 'unavailable', 'bad gateway', 'timed? ?out', 'insufficient', 'exceeded', 'refused', 'arrearage',
    'unsupported', 'not support', 'not valid', 'rejected', 'cannot', 'can not', 'could not', 'not allowed', 'unrecognized', 'unexpected', 'missing', 'required',
    'too long', 'too large', 'too low', 'exceed', 'busy', 'try again', 'high demand', 'corrupt', 'filtered', 'blocked', 'no endpoints', 'blockReason',
    'limit', 'credit', 'upgrade', 'afford', 'inappropriate', 'ended before', 'disconnect', 'network', 'request id',
    'must be verified', 'no longer', 'decommissioned', 'system memory', 'econn', 'unable to connect', 'time-out',
    '渠道', '稍后再试', '稍後再試', '饱和', '飽和', '拦截', '攔截', '敏感', '不安全', '不存在',
    '"finishReason"\\s*:\\s*"(?:SAFETY|RECITATION|PROHIBITED|BLOCKLIST|SPII)', '"code"\\s*:', '"message"\\s*:',
    '"status"\\s*:\\s*[45]\\d\\d', 'HTTP/\\S+\\s+[45]\\d\\d', '\\bstatus\\W{1,3}[45]\\d\\d\\b', '\\b[45]\\d\\d\\s*[-:]', 'bad request', 'internal server', 'payment required', 'not authori[sz]ed', 'incorrect', 'too many',
    '错误', '錯誤', '失败', '失敗', '异常', '異常', '限流', '额度', '額度', '余额', '餘額', '欠费', '欠費', '超时', '超時', '无效', '無效',
    'erreur', 'échec', 'refusé',
  ].join('|'),
  'i',
);

/** Looks at the first 2 MB only: a larger log still starts the server if its head mentions a failure. */
export function mentionsFailure(text: string): boolean {
  return FAILURE.test(text.length > 2_000_000 ? text.slice(0, 2_000_000) : text);
}
