/** Walking the format tree by a path of keys, as completion and hover need (sequence items add no key). */
import type { FormatNode, MapNode } from './keys.js';
import { FILE_FORMATS } from './keys.js';

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The node a list's items follow (a list of lists is not in the format, but this walks through it). */
export function itemsOf(node: FormatNode): FormatNode {
  let n = node;
  while (n.type === 'list') n = n.items;
  return n;
}

/** The node of the value at `path` (keys from the top; sequences are entered on the way), or undefined off the format. */
export function nodeAt(root: FormatNode, path: readonly string[]): FormatNode | undefined {
  let n: FormatNode = root;
  for (const key of path) {
    n = itemsOf(n);
    if (n.type === 'map') {
      if (!own(n.keys, key)) return undefined;
      n = n.keys[key];
    } else if (n.type === 'dict') n = n.values;
    else return undefined;
  }
  return n;
}

/** The root node of a file of the dossier. */
export function fileFormat(kind: keyof typeof FILE_FORMATS): MapNode {
  return FILE_FORMATS[kind];
}

export interface KeyEntry {
  path: string[];
  key: string;
  node: FormatNode;
  parent: FormatNode;
}

/** Every key of the format, depth first, in the order they are written (each shared map once per place it appears). */
export function allKeys(root: FormatNode, path: string[] = []): KeyEntry[] {
  const out: KeyEntry[] = [];
  const n = itemsOf(root);
  if (n.type === 'map') {
    for (const [key, child] of Object.entries(n.keys)) {
      out.push({ path, key, node: child, parent: n });
      out.push(...allKeys(child, [...path, key]));
    }
  } else if (n.type === 'dict') {
    out.push(...allKeys(n.values, [...path, '*']));
  }
  return out;
}
