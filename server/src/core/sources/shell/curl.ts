/**
 * One `curl` command read as a request: method, URL, headers and a JSON body, from the arguments the bash
 * grammar gives (options as curl reads them: https://curl.se/docs/manpage.html).
 */
import type { Node } from 'web-tree-sitter';
import { isLiteral, wordPieces, wordValue, type Piece } from './words.ts';

/** Options that take a value (the next argument, or attached to a short option: `-XPOST`). */
const WITH_VALUE = new Set([
  '-X', '--request', '-H', '--header', '-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json', '--data-urlencode',
  '-F', '--form', '--form-string', '-u', '--user', '-o', '--output', '-A', '--user-agent', '-e', '--referer', '-b', '--cookie',
  '-c', '--cookie-jar', '-m', '--max-time', '--connect-timeout', '-w', '--write-out', '-x', '--proxy', '-T', '--upload-file',
  '-K', '--config', '-E', '--cert', '--key', '--cacert', '--capath', '--resolve', '--connect-to', '--retry', '--retry-delay',
  '--retry-max-time', '--url', '-r', '--range', '-y', '--speed-time', '-Y', '--speed-limit', '--limit-rate', '--max-filesize',
  '--interface', '--dns-servers', '--oauth2-bearer', '--aws-sigv4', '--variable', '--expand-data', '--url-query', '-U',
  '--proxy-user', '--trace', '--trace-ascii', '--stderr', '--unix-socket', '--abstract-unix-socket', '-D', '--dump-header',
  '--user-agent', '--max-redirs', '--cert-type', '--key-type', '--pass', '--ciphers', '--tls-max', '-z', '--time-cond',
  '-Q', '--quote', '-P', '--ftp-port', '--noproxy', '--proto', '--proto-redir', '-t', '--telnet-option', '--happy-eyeballs-timeout-ms',
]);
/** Short options with a value, for clusters like `-sSd '{…}'` and attached values like `-d@file`. */
const SHORT_WITH_VALUE = new Set([...WITH_VALUE].filter((o) => /^-[A-Za-z]$/.test(o)).map((o) => o[1]));
const DATA = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json']);
/** Bodies that are not one JSON document: forms, url-encoded pairs, uploads. */
const NON_JSON = new Map([
  ['-F', 'multipart form'], ['--form', 'multipart form'], ['--form-string', 'multipart form'],
  ['--data-urlencode', 'url-encoded form'], ['-T', 'file upload'], ['--upload-file', 'file upload'],
]);

export interface CurlArgument {
  /** The option as written (`-d`, `--json`), or undefined for a positional argument. */
  option?: string;
  /** The value's node; for an attached value (`-d@file`, `-XPOST`), the option's own node. */
  node: Node;
  pieces: Piece[];
  /** Source range of the value (for an attached value: after the option letters). */
  a: number;
  b: number;
}

export interface CurlCommand {
  method?: string;
  url?: CurlArgument;
  headers: CurlArgument[];
  data: CurlArgument[];
  /** `--json` was used (it also sets Content-Type and Accept, as curl does). */
  json: boolean;
  /** `-G`/`--get`: the data goes into the URL. */
  get: boolean;
  nonJson?: string;
}

/** Reads a `curl` command's arguments (the nodes after the command name). */
export function readCurl(args: readonly Node[], text: string): CurlCommand {
  const command: CurlCommand = { headers: [], data: [], json: false, get: false };
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const node = args[i];
    const pieces = wordPieces(node, text);
    const word = wordValue(pieces);
    const literal = isLiteral(pieces);
    if (!optionsEnded && literal && word === '--') {
      optionsEnded = true;
      continue;
    }
    if (optionsEnded || !literal || !word.startsWith('-') || word === '-') {
      if (!command.url) command.url = { node, pieces, a: node.startIndex, b: node.endIndex };
      continue;
    }
    let option: string | undefined;
    let attached: CurlArgument | undefined;
    if (word.startsWith('--')) {
      option = word;
      if (word === '--get') command.get = true;
    } else {
      // A cluster of short options: flags up to the first that takes a value; the rest of the word is that value.
      for (let k = 1; k < word.length; k++) {
        const letter = word[k];
        if (letter === 'G') command.get = true;
        if (!SHORT_WITH_VALUE.has(letter)) continue;
        option = `-${letter}`;
        if (k + 1 < word.length) {
          const rest = pieces.slice(k + 1);
          attached = { option, node, pieces: rest, a: rest[0].a, b: node.endIndex };
        }
        break;
      }
    }
    if (!option || !WITH_VALUE.has(option)) continue;
    let value = attached;
    if (!value) {
      const next = args[i + 1];
      if (!next) break;
      i++;
      value = { option, node: next, pieces: wordPieces(next, text), a: next.startIndex, b: next.endIndex };
    }
    take(command, option, value);
  }
  return command;
}

function take(command: CurlCommand, option: string, value: CurlArgument): void {
  if (option === '-X' || option === '--request') command.method = wordValue(value.pieces);
  else if (option === '-H' || option === '--header') command.headers.push(value);
  else if (option === '--url') command.url ??= value;
  else if (DATA.has(option)) {
    command.data.push(value);
    if (option === '--json') command.json = true;
  } else if (NON_JSON.has(option)) command.nonJson ??= NON_JSON.get(option);
}
