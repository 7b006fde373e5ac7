import { CHECK_OPTIONS, EXPLAIN_OPTIONS, type OptionSpec } from './options.ts';

export const COMMANDS = ['check', 'explain'];

const CHECK_ABOUT = `Usage: llm-preflight check [paths or globs ... | -] [options]

Lints LLM API requests in .http, .rest, .json, .jsonc and .jsonl files, and curl commands in
shell scripts (.sh, .bash) and Markdown (.md) fences. Directories are walked
(node_modules, .git, dist and .cache skipped); a path or glob that matches no file is an error.
With no paths: the working directory (standard input is read only with -, as in Ruff).
Settings (rules, apis, models) come from --config or the nearest .llm-preflight.json.

Exit codes: 0 no error-severity finding, 1 at least one (or more warnings than --max-warnings),
2 usage, config or I/O error.`;

const EXPLAIN_ABOUT = `Usage: llm-preflight explain [file | -] [options]

Finds every error response or error line in the text (a file, or standard input with - or no
file) and says what it means, whose fault it is, whether a retry helps and how to fix it.

Exit codes: 0 at least one error explained, 1 none found, 2 usage or I/O error.`;

const TOP = `Usage: llm-preflight <command> [options]

Commands:
  check     lint LLM API requests (.http, .rest, .json, .jsonc, .jsonl)
  explain   explain pasted LLM API error responses and error log lines

Run llm-preflight <command> --help for a command's options.
  -h, --help      show this help
  -v, --version   print the version`;

/** The help text: the top level, or one command's usage with every option, its values and its default. */
export function commandHelp(command?: 'check' | 'explain'): string {
  if (!command) return TOP;
  const [about, table] = command === 'check' ? [CHECK_ABOUT, CHECK_OPTIONS] : [EXPLAIN_ABOUT, EXPLAIN_OPTIONS];
  return `${about}\n\nOptions:\n${optionLines(table).join('\n')}`;
}

function optionLines(table: Record<string, OptionSpec>): string[] {
  const heads = Object.entries(table).map(([name, o]) => `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` <${o.value ?? 'value'}>` : ''}`);
  const width = Math.max(...heads.map((h) => h.length)) + 3;
  return Object.values(table).map((o, i) => {
    const notes = [o.choices ? `one of: ${o.choices.join(', ')}` : '', o.default !== undefined ? `default: ${o.default}` : o.otherwise ? `default: ${o.otherwise}` : ''].filter(Boolean);
    const text = notes.length ? `${o.help} (${notes.join('; ')})` : o.help;
    return `  ${heads[i].padEnd(width)}${wrap(text, 100 - width - 2).join(`\n  ${' '.repeat(width)}`)}`;
  });
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
