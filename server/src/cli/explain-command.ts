import type { ExplainArgs } from './args.ts';
import { cliLocale } from './locale.ts';
import { runExplain } from './explain.ts';
import { follow } from './explain-follow.ts';
import { InputReadError, readInput } from './read-input.ts';

/**
 * `llm-preflight explain`: a file or standard input, or `- --follow`. Its own bundle in the build
 * (`dist/cli-explain.js`, required by cli.ts on first use): the error catalog is not compiled by `check`.
 */
export function explainCommand(args: ExplainArgs): number | Promise<number> {
  if (args.follow) {
    return follow(process.stdin, process.stdout, process.stderr, { locale: cliLocale(args, process.env), format: args.format }).then(() => 0, () => 2);
  }
  let text: string;
  try {
    text = readInput(args.input);
  } catch (error) {
    if (!(error instanceof InputReadError)) throw error;
    process.stderr.write(`llm-preflight: ${error.message}\n`);
    return 2;
  }
  const { explained, output } = runExplain(text, args, cliLocale(args, process.env));
  if (output || args.format === 'json') process.stdout.write(`${output}\n`);
  if (!explained.length && args.format === 'text') process.stderr.write('llm-preflight: no error response or error line found.\n');
  return explained.length ? 0 : 1;
}
