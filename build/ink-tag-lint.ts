// Reads the tags straight from ink source, so that a bad tag is reported with its file and
// line at build time, before any playthrough reaches it.
import fs from 'node:fs';
import { parseChoiceTags, parseLineTags, type TagVocabulary } from '../src/engine/tags.ts';
import type { Diagnostic } from './ink-compile.ts';

interface SourceTags {
  line: number;
  choice: string[] | null;
  content: string[];
}

/** Splits one source line into its choice tags (inside [...] on a choice) and content tags. */
export function tagsOnLine(text: string, line: number): SourceTags | null {
  const code = stripComment(text);
  // A fallback choice (`* -> knot`) is never shown, so it needs no moves.
  const isChoice = /^\s*[*+]/.test(code) && !/^\s*[*+][\s*+]*(\([^)]*\)\s*)?(\{[^}]*\}\s*)*->/.test(code);
  if (!code.includes('#') && !isChoice) return null;
  const close = isChoice ? code.indexOf(']') : -1;
  if (isChoice && close >= 0) {
    return { line, choice: tagsIn(code.slice(0, close)), content: tagsIn(code.slice(close + 1)) };
  }
  return isChoice ? { line, choice: tagsIn(code), content: [] } : { line, choice: null, content: tagsIn(code) };
}

function stripComment(text: string): string {
  const at = text.indexOf('//');
  return at >= 0 ? text.slice(0, at) : text;
}

function tagsIn(fragment: string): string[] {
  const parts = fragment.split(/(?<!\\)#/).slice(1);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

export function lintTagsInSource(file: string, vocabulary: TagVocabulary): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let inBlockComment = false;
  fs.readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((text, index) => {
      // Block comments can hide tags; skip their contents.
      if (inBlockComment) {
        if (text.includes('*/')) inBlockComment = false;
        return;
      }
      if (/^\s*\/\*/.test(text) && !text.includes('*/')) {
        inBlockComment = true;
        return;
      }
      const found = tagsOnLine(text, index + 1);
      if (!found) return;
      const report = (message: string) => diagnostics.push({ severity: 'error', file, line: found.line, message });
      if (found.choice) {
        for (const p of parseChoiceTags(found.choice, vocabulary).problems) report(`choice ${p.tag ? `tag "${p.tag}" ` : ''}${p.message}`.replace(/\s+/g, ' '));
      }
      if (found.content.length) {
        for (const p of parseLineTags(found.content, vocabulary).problems) report(`tag "${p.tag}" ${p.message}`);
      }
    });
  return diagnostics;
}
