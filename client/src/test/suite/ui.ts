// Asks the code-server runner (test/e2e/ui-requests.mjs) for a UI action: the request goes out through the
// log (forwarded to the runner by codeAutomationLog), the answer comes back as a file in LLM_PREFLIGHT_UI_DIR.
import * as fs from 'node:fs';
import * as path from 'node:path';

let serial = 0;

export function uiAvailable(): boolean {
  return !!process.env.LLM_PREFLIGHT_UI_DIR;
}

export async function askUi(request: Record<string, unknown>, timeout = 45_000): Promise<string> {
  const dir = process.env.LLM_PREFLIGHT_UI_DIR;
  if (!dir) throw new Error('no UI runner (LLM_PREFLIGHT_UI_DIR is not set)');
  const id = `r${++serial}`;
  console.log(`[ui-request] ${JSON.stringify({ id, ...request })}`);
  const file = path.join(dir, `${id}.json`);
  const t0 = Date.now();
  while (!fs.existsSync(file)) {
    if (Date.now() - t0 > timeout) throw new Error(`the UI runner did not answer ${JSON.stringify(request)} in ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 50));
  const answer = JSON.parse(fs.readFileSync(file, 'utf8')) as { ok: boolean; text?: string; error?: string };
  if (!answer.ok) throw new Error(`UI action ${String(request.action)} failed: ${answer.error}`);
  return answer.text ?? '';
}
