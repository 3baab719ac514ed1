/**
 * The first level of the coverage tree, known before any check: the chapters of the bundled
 * catalogue that dossier.yaml's `manual:` names, with their titles. The editor shows it at
 * activation, while the language server starts and checks the dossier; the counts come with the
 * server's first tree. It reads dossier.yaml and the catalogue only (no criterion file, no
 * schema validation: a bundled catalogue is validated by the test suite), and never throws.
 */
import * as path from 'node:path';
import { MANIFEST_FILE } from '../format/keys.js';
import { fields } from '../format/read.js';
import { CATALOGUE_MAX_BYTES, DEFAULT_MAX_FILE_BYTES, MANIFEST, nodeHost, readJsonFile } from '../host.js';
import { parseYaml } from '../yamlSource.js';
import type { Lang } from '../types.js';
import type { CoverageNode } from './tree.js';
import { t } from '../l10n/index.js';

/** A chapter's row as the view names it, the same before the first check and after (tree.ts). */
export function chapterNode(ch: { id: string; title?: string }): Pick<CoverageNode, 'id' | 'kind' | 'label'> {
  return { id: `ch:${ch.id}`, kind: 'chapter', label: `${ch.id} ${ch.title ?? ''}`.trim() };
}

/** The same test as the registry's: a bundled catalogue is named by its id. */
const BUNDLED_ID = /^[a-z0-9][a-z0-9.-]*$/;

/**
 * The chapters of the dossier at `root`, each said to be under check (no counts, no children
 * yet), or undefined when they cannot be known without a check: no readable dossier.yaml, a
 * `manual:` that is a path or no bundled catalogue, a catalogue without chapters.
 */
export function firstLevelAt(root: string, schemasDir: string, lang: Lang): CoverageNode[] | undefined {
  const read = nodeHost.readText(path.join(root, MANIFEST), DEFAULT_MAX_FILE_BYTES);
  if ('failure' in read) return undefined;
  const manual = fields(MANIFEST_FILE, parseYaml(read.text).doc.contents).str('manual')?.value;
  if (!manual || !BUNDLED_ID.test(manual)) return undefined;
  const catalogue = readJsonFile(path.join(schemasDir, 'catalogues', `${manual}.json`), CATALOGUE_MAX_BYTES);
  if (!('value' in catalogue)) return undefined;
  const chapters = (catalogue.value as { chapters?: unknown } | null)?.chapters;
  if (!Array.isArray(chapters) || !chapters.length) return undefined;
  const nodes: CoverageNode[] = [];
  for (const ch of chapters as { id?: unknown; title?: unknown }[]) {
    if (typeof ch?.id !== 'string' || (ch.title !== undefined && typeof ch.title !== 'string')) return undefined;
    nodes.push({
      ...chapterNode({ id: ch.id, title: ch.title }),
      description: t(lang, 'tree.checking'),
      state: 'checking',
      gap: false,
      children: [],
    });
  }
  return nodes;
}
