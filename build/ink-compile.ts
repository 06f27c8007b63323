// Compiles one ink entry file (with its INCLUDEs) using inkjs's own compiler and turns the
// compiler's messages into diagnostics with file and line.
import fs from 'node:fs';
import path from 'node:path';
import { Compiler } from 'inkjs/compiler/Compiler';
import { CompilerOptions } from 'inkjs/compiler/CompilerOptions';
import type { IFileHandler } from 'inkjs/compiler/IFileHandler';
import type { Story } from 'inkjs/engine/Story';

export interface Diagnostic {
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  message: string;
}

export interface InkCompileResult {
  /** The compiled story as ink's JSON, or null when compilation failed. */
  json: string | null;
  /** The compiled story object, with debug metadata (source lines) that the JSON lacks. */
  story: Story | null;
  diagnostics: Diagnostic[];
  /** Every file read, the entry file first: what to watch for hot reload. */
  files: string[];
}

/** Records the files the compiler reads, resolving INCLUDEs relative to the entry file. */
class RecordingFileHandler implements IFileHandler {
  readonly files: string[] = [];
  constructor(private readonly rootDir: string) {}
  readonly ResolveInkFilename = (filename: string): string => path.resolve(this.rootDir, filename);
  readonly LoadInkFileContents = (filename: string): string => {
    const full = this.ResolveInkFilename(filename);
    if (!this.files.includes(full)) this.files.push(full);
    return fs.readFileSync(full, 'utf8');
  };
}

const MESSAGE = /^(?:RUNTIME )?(ERROR|WARNING|TODO): (?:'([^']+)' )?(?:line (\d+): )?([\s\S]*)$/;

export function parseCompilerMessage(raw: string, fallbackFile: string): Diagnostic | null {
  const match = MESSAGE.exec(raw.trim());
  if (!match) return { severity: 'error', file: fallbackFile, line: null, message: raw.trim() };
  const [, kind, file, line, message] = match;
  if (kind === 'TODO') return null;
  return {
    severity: kind === 'WARNING' ? 'warning' : 'error',
    file: file ? path.resolve(file) : fallbackFile,
    line: line ? Number(line) : null,
    message: message!.trim(),
  };
}

export interface InkCompileOptions {
  /** Count visits to every knot and stitch (the story checker needs them to find unreached knots). */
  countAllVisits?: boolean;
}

export function compileInk(entryFile: string, options: InkCompileOptions = {}): InkCompileResult {
  const entry = path.resolve(entryFile);
  const handler = new RecordingFileHandler(path.dirname(entry));
  const diagnostics: Diagnostic[] = [];
  let source: string;
  try {
    source = handler.LoadInkFileContents(entry);
  } catch (error) {
    const message = `cannot read the file: ${(error as Error).message}`;
    return { json: null, story: null, diagnostics: [{ severity: 'error', file: entry, line: null, message }], files: [entry] };
  }
  const onMessage = (message: string) => {
    const diagnostic = parseCompilerMessage(message, entry);
    if (diagnostic) diagnostics.push(diagnostic);
  };
  const compiler = new Compiler(source, new CompilerOptions(entry, [], options.countAllVisits ?? false, onMessage, handler));
  let story: Story | null = null;
  try {
    story = compiler.Compile();
  } catch (error) {
    // inkjs throws "Compilation failed." after reporting the errors through onMessage;
    // anything else (a missing INCLUDE, say) is reported as it is.
    const message = (error as Error).message;
    if (message !== 'Compilation failed.' || diagnostics.length === 0) {
      diagnostics.push({ severity: 'error', file: entry, line: null, message });
    }
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  const json = story && !failed ? (story.ToJson() ?? null) : null;
  return { json, story: json ? story : null, diagnostics, files: handler.files };
}

export function formatDiagnostic(d: Diagnostic, root = process.cwd()): string {
  const where = `${path.relative(root, d.file) || d.file}${d.line ? `:${d.line}` : ''}`;
  return `${where}: ${d.severity}: ${d.message}`;
}
