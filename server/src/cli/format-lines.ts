import { relative } from 'node:path';
import type { Severity } from '../core/types.ts';
import { plural, type ReportSink, type Write } from './format.ts';

const displayName = (file: string, cwd: string) => relative(cwd, file) || file;
const oneLine = (message: string) => message.replace(/\s+/g, ' ');

/**
 * ESLint's `compact` format, one finding a line (grep- and editor-friendly):
 * `path: line 3, col 5, Error - message (rule-id)`, then the number of problems.
 */
export function compactSink(write: Write, cwd: string): ReportSink {
  let total = 0;
  return {
    findings(file, diagnostics) {
      for (const d of diagnostics) {
        total++;
        const level = d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Info';
        write(`${displayName(file, cwd)}: line ${d.range.start.line + 1}, col ${d.range.start.character + 1}, ${level} - ${oneLine(d.message)} (${d.rule})\n`);
      }
    },
    fileDone() {},
    partSkipped() {},
    end() {
      write(`\n${plural(total, 'problem')}\n`);
    },
  };
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. Lines and columns are 1-based;
 * GitHub shows the annotation on the pull request's diff at that span.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
export function githubSink(write: Write, cwd: string): ReportSink {
  return {
    findings(name, diagnostics) {
      const file = displayName(name, cwd).split('\\').join('/');
      for (const d of diagnostics) {
        const { start, end } = d.range;
        const props = [
          `file=${escapeProperty(file)}`,
          `line=${start.line + 1}`,
          `col=${start.character + 1}`,
          `endLine=${end.line + 1}`,
          `endColumn=${end.character + 1}`,
          `title=${escapeProperty(`llm-preflight (${d.rule})`)}`,
        ];
        write(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}\n`);
      }
    },
    fileDone() {},
    partSkipped() {},
    end() {},
  };
}

/**
 * The escaping of @actions/core's `issueCommand` (toolkit packages/core/src/command.ts): `%`, CR and LF
 * in the message; also `:` and `,` in property values, which would otherwise end the value.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
