/** Go to definition: an evidence `file:` opens the file; a criterion reference opens its criterion file. */
import * as path from 'node:path';
import { ANY_CODE_PATTERN } from '../codes.js';
import { resolveEvidencePath } from '../evidence.js';
import { nodeRange, type Position, type Range, lineReader } from '../yamlSource.js';
import { uriOf, type LanguageContext, type Location } from './types.js';
import { yamlContextAt } from './yamlContext.js';

const REF = ANY_CODE_PATTERN;

/** Where the word at `pos` is defined, as LSP locations (URIs from the context's `uri`). */
export function findDefinition(ctx: LanguageContext, pos: Position): Location[] {
  return definitionsOf(ctx, pos).map(l => ({ uri: uriOf(ctx, l.file), range: l.range }));
}

function definitionsOf(ctx: LanguageContext, pos: Position): { file: string; range: Range }[] {
  const lines = lineReader(ctx.text);
  const line = lines(pos.line) ?? '';
  const c = yamlContextAt(ctx.text, { line: pos.line, character: line.length }, lines);
  const { dossier } = ctx.result;
  if (c.key === 'file') {
    const value = line
      .slice(line.indexOf(':') + 1)
      .replace(/#.*$/, '')
      .trim()
      .replace(/^["']|["']$/g, '');
    const where = value ? resolveEvidencePath(dossier, value) : undefined;
    if (where?.ok && dossier.host.kind(where.abs) === 'file')
      return [{ file: where.abs, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
    return [];
  }
  for (let m = REF.exec(line); m; m = REF.exec(line)) {
    if (pos.character < m.index || pos.character > m.index + m[0].length) continue;
    REF.lastIndex = 0;
    const [, criterion, element] = m;
    // A criterion's own id in its own file points nowhere new; an element reference does.
    const targets = dossier.criteria.filter(e => e.id === criterion && (element !== undefined || e.file.path !== ctx.path));
    return targets.map(e => {
      const el = element ? e.elements.find(x => x.code === element) : undefined;
      return { file: path.join(dossier.root, ...e.file.path.split('/')), range: nodeRange(e.file.source, el?.keyNode ?? e.idNode) };
    });
  }
  REF.lastIndex = 0;
  return [];
}
