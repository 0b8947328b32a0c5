/**
 * A small reader of Dockerfiles for tests, enough to check the project's own: comments and blank lines
 * dropped, backslash continuations joined, each instruction split into its keyword, its flags
 * (`--name=value`) and its arguments, exec-form (JSON array) arguments decoded, and instructions grouped
 * into build stages by FROM. It follows the Dockerfile reference; parser directives and heredocs, which
 * the project does not use, are rejected rather than misread.
 */

const KEYWORDS = new Set(['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);

export interface Instruction {
  keyword: string;
  flags: Record<string, string>;
  /** The arguments after the flags, as written. */
  text: string;
  /** The decoded array when the arguments are in exec form (a JSON array of strings). */
  exec?: string[];
  line: number;
}

export interface Stage {
  from: string;
  name?: string;
  instructions: Instruction[];
}

/** Reads a Dockerfile; throws with the line number on an unknown instruction or unsupported syntax. */
export function readDockerfile(source: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions(source)) {
    if (instruction.keyword === 'FROM') {
      const [from = '', as, name] = instruction.text.split(/\s+/);
      if (as !== undefined && as.toUpperCase() !== 'AS') throw new Error(`line ${instruction.line}: FROM takes "image [AS name]"`);
      stages.push({ from, name, instructions: [] });
    } else if (stages.length === 0) {
      if (instruction.keyword !== 'ARG') throw new Error(`line ${instruction.line}: ${instruction.keyword} before the first FROM`);
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  if (stages.length === 0) throw new Error('no FROM');
  return stages;
}

function* instructions(source: string): Generator<Instruction> {
  let pending = '';
  let startLine = 0;
  const lines = source.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trimEnd();
    if (pending === '' && /^\s*#/.test(line)) {
      if (/^#\s*\w+\s*=/.test(line) && index === 0) throw new Error(`line 1: parser directives are not supported`);
      continue;
    }
    if (pending !== '' && /^\s*#/.test(line)) continue; // comments inside a continued instruction
    if (pending === '') startLine = index + 1;
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' ';
      continue;
    }
    pending += line;
    if (pending.trim() !== '') yield parse(pending.trim(), startLine);
    pending = '';
  }
  if (pending.trim() !== '') throw new Error(`line ${startLine}: the file ends inside a continued instruction`);
}

function parse(text: string, line: number): Instruction {
  const [, word = '', rest = ''] = /^(\S+)\s*(.*)$/s.exec(text) ?? [];
  const keyword = word.toUpperCase();
  if (!KEYWORDS.has(keyword)) throw new Error(`line ${line}: unknown instruction ${word}`);
  if (/<<\s*-?\w/.test(rest)) throw new Error(`line ${line}: heredocs are not supported`);
  const flags: Record<string, string> = {};
  let args = rest;
  for (let flag = /^--([\w-]+)=(\S*)\s*/.exec(args); flag; flag = /^--([\w-]+)=(\S*)\s*/.exec(args)) {
    flags[flag[1] ?? ''] = flag[2] ?? '';
    args = args.slice(flag[0].length);
  }
  return { keyword, flags, text: args, exec: execForm(args), line };
}

function execForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(args);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The environment a stage's ENV instructions set, in order (`KEY=value` pairs, quoted or not, or the legacy `KEY value`). */
export function stageEnv(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { keyword, text } of stage.instructions) {
    if (keyword !== 'ENV') continue;
    if (!/^[\w.-]+=/.test(text)) {
      const [, key = '', value = ''] = /^(\S+)\s+(.*)$/s.exec(text) ?? [];
      env[key] = value;
      continue;
    }
    for (const [, key = '', quoted, bare] of text.matchAll(/([\w.-]+)=(?:"((?:[^"\\]|\\.)*)"|(\S*))/g)) env[key] = quoted ?? bare ?? '';
  }
  return env;
}
