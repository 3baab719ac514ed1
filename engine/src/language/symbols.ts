/** Document symbols: criterion → elements → evidence and actions; the manifest's sections. */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { nodeRange, type Range, type YamlSource } from '../yamlSource.js';
import { SYMBOL_KIND, type DocumentSymbol, type LanguageContext } from './types.js';

type SymbolKind = keyof typeof SYMBOL_KIND;
/** A symbol as the walk below makes it; `toDocumentSymbol` makes it LSP's. */
interface Sym {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children: Sym[];
}

/** The outline of the file, as LSP's document symbols (an empty name, which LSP refuses, is a space). */
export function findDocumentSymbols(ctx: LanguageContext): DocumentSymbol[] {
  return symbolsOf(ctx).map(toDocumentSymbol);
}

function toDocumentSymbol(s: Sym): DocumentSymbol {
  return {
    name: s.name || ' ',
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind],
    range: s.range,
    selectionRange: s.selectionRange,
    children: s.children.map(toDocumentSymbol),
  };
}

function symbolsOf(ctx: LanguageContext): Sym[] {
  const file = ctx.result.dossier.files.find(f => f.path === ctx.path);
  if (!file) return [];
  const src = file.source;
  if (file.kind === 'criterion') {
    const entry = ctx.result.dossier.criteria.find(e => e.file === file)!;
    const whole = nodeRange(src, src.doc.contents as Node);
    const elements = entry.elements.map(el => {
      const children = [
        ...el.evidence.map(ev => sym(ev.title ?? '(preuve)', ev.date?.value, 'file', src, ev.node, ev.node)),
        ...el.actions.map(a => sym(a.title ?? '(action)', a.due?.value, 'event', src, a.node, a.node)),
      ];
      const span = isPairValue(el.valueNode) ? { start: nodeRange(src, el.keyNode).start, end: nodeRange(src, el.valueNode).end } : nodeRange(src, el.keyNode);
      return { name: el.key, detail: el.status?.value, kind: 'namespace' as SymbolKind, range: span, selectionRange: nodeRange(src, el.keyNode), children };
    });
    const cat = ctx.result.catalogue;
    const title = entry.id ? cat?.criteria.get(entry.id)?.title : undefined;
    return [
      { name: entry.text ?? '(criterion)', detail: title, kind: 'module', range: whole, selectionRange: nodeRange(src, entry.idNode), children: elements },
    ];
  }
  return genericSymbols(src, src.doc.contents as Node, 0);
}

function isPairValue(n: unknown): n is Node {
  return Boolean(n && (n as Node).range);
}

function sym(name: string, detail: string | undefined, kind: SymbolKind, src: YamlSource, node: Node, sel: Node): Sym {
  const r = nodeRange(src, node);
  const s = nodeRange(src, sel);
  return {
    name,
    detail,
    kind,
    range: r,
    selectionRange: { start: s.start, end: s.start.line === s.end.line ? s.end : { line: s.start.line, character: s.start.character + name.length } },
    children: [],
  };
}

function genericSymbols(src: YamlSource, node: Node | null, depth: number): Sym[] {
  if (!isMap(node) || depth > 3) return [];
  const out: Sym[] = [];
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    const range = value?.range ? { start: nodeRange(src, key).start, end: nodeRange(src, value).end } : nodeRange(src, key);
    let children: Sym[] = [];
    let kind: SymbolKind = 'key';
    if (isMap(value)) {
      kind = 'object';
      children = genericSymbols(src, value, depth + 1);
    } else if (isSeq(value)) {
      kind = 'array';
      children = value.items.map((it, i) => {
        const n = it as Node;
        const name = isMap(n) ? String((n.get('kind') ?? n.get('title') ?? i) as unknown) : isScalar(n) ? String(n.value) : String(i);
        return { name, kind: (isMap(n) ? 'object' : 'string') as SymbolKind, range: nodeRange(src, n), selectionRange: nodeRange(src, n), children: [] };
      });
    }
    out.push({
      name: String((pair.key as { value: unknown }).value),
      detail: isScalar(value) ? String(value.value) : undefined,
      kind,
      range,
      selectionRange: nodeRange(src, key),
      children,
    });
  }
  return out;
}
