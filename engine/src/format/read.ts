/**
 * Reading a YAML map by the format: the model asks for a value by its field name (`actionPlan`),
 * the format says which key holds it (`action_plan`) and what type it has. Values of the wrong
 * type are undefined here (the `schema` rule reports them). No key name is written in the readers.
 */
import type { Node, Pair } from 'yaml';
import { parseCivilDate, type CivilDate } from '../dates.js';
import { getPair, isMap, isScalar, isSeq, scalarText } from '../yamlSource.js';
import type { FormatNode, MapNode } from './keys.js';

export interface Located<T> {
  value: T;
  node: Node;
}

/** The field names a map of the format declares. */
export type FieldOf<M> = M extends { keys: infer K } ? { [k in keyof K]: K[k] extends { field: infer F extends string } ? F : never }[keyof K] : never;
/** The sub-node of a field. */
type NodeOf<M, F extends string> = M extends { keys: infer K } ? { [k in keyof K]: K[k] extends { field: F } ? K[k] : never }[keyof K] : never;

const keyCache = new WeakMap<object, Map<string, string>>();

/** The key of `field` in `spec` (a programming error, thrown, when the format has no such field). */
export function keyOf<M extends MapNode>(spec: M, field: FieldOf<M>): string {
  let byField = keyCache.get(spec);
  if (!byField) {
    byField = new Map(
      Object.entries(spec.keys)
        .filter(([, v]) => v.field)
        .map(([k, v]) => [v.field!, k]),
    );
    keyCache.set(spec, byField);
  }
  const key = byField.get(field);
  if (key === undefined) throw new Error(`the format has no field ${field}`);
  return key;
}

/** The values of one YAML map, read through its node of the format. */
export class Fields<M extends MapNode> {
  constructor(
    readonly spec: M,
    readonly map: unknown,
  ) {}

  pair(field: FieldOf<M>): Pair<Node, Node | null> | undefined {
    return getPair(this.map, keyOf(this.spec, field));
  }
  /** the value's YAML node */
  node(field: FieldOf<M>): Node | null | undefined {
    return this.pair(field)?.value;
  }
  keyNode(field: FieldOf<M>): Node | undefined {
    return this.pair(field)?.key ?? undefined;
  }
  /** a scalar's text, without its node */
  text(field: FieldOf<M>): string | undefined {
    return scalarText(this.node(field));
  }
  str(field: FieldOf<M>): Located<string> | undefined {
    const n = this.node(field);
    const v = scalarText(n);
    return v === undefined ? undefined : { value: v, node: n as Node };
  }
  date(field: FieldOf<M>): Located<CivilDate> | undefined {
    const n = this.node(field);
    const v = isScalar(n) ? parseCivilDate(n.value) : undefined;
    return v === undefined ? undefined : { value: v, node: n as Node };
  }
  int(field: FieldOf<M>): Located<number> | undefined {
    const n = this.node(field);
    return isScalar(n) && typeof n.value === 'number' && Number.isInteger(n.value) ? { value: n.value, node: n as Node } : undefined;
  }
  /** `true`, `false` or a date */
  dateOrBoolean(field: FieldOf<M>): Located<boolean | CivilDate> | undefined {
    const n = this.node(field);
    if (!isScalar(n)) return undefined;
    if (typeof n.value === 'boolean') return { value: n.value, node: n as Node };
    const d = parseCivilDate(n.value);
    return d ? { value: d, node: n as Node } : undefined;
  }
  /** the fields of a nested map */
  sub<F extends FieldOf<M>>(field: F): Fields<Extract<NodeOf<M, F>, MapNode>> {
    const spec = this.spec.keys[keyOf(this.spec, field)] as FormatNode;
    if (spec.type !== 'map') throw new Error(`field ${field} is not a map of the format`);
    return new Fields(spec as Extract<NodeOf<M, F>, MapNode>, this.node(field));
  }
  /** the items of a list, each read by `read` (those it declines left out) */
  list<T>(field: FieldOf<M>, read: (item: unknown) => T | undefined): T[] {
    return itemsOf(this.node(field), read);
  }
}

export function fields<M extends MapNode>(spec: M, map: unknown): Fields<M> {
  return new Fields(spec, map);
}

export function itemsOf<T>(node: unknown, read: (n: unknown) => T | undefined): T[] {
  if (!isSeq(node)) return [];
  const out: T[] = [];
  for (const it of node.items) {
    const r = read(it);
    if (r) out.push(r);
  }
  return out;
}

export { isMap };
