/**
 * Where catalogues come from: the bundled ones (schemas/catalogues/<id>.json) and any file a
 * dossier names by path (`manual: ./grille.json`, relative to the dossier root).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOGUE_MAX_BYTES, readJsonFile, type JsonReadFailure } from './host.js';

export { CATALOGUE_MAX_BYTES, readJsonFile, type JsonReadFailure };
import type { Lang } from './types.js';
import { fileType, formatNumber, t } from './l10n/index.js';
import { buildCatalogue, Catalogue, CatalogueError, type CatalogueData } from './catalogue.js';

export interface CatalogueInfo {
  id: string;
  title: string;
  complete: boolean;
  criteria: number;
  file: string;
}

export class CatalogueRegistry {
  private readonly cache = new Map<string, { mtimeMs: number; size: number; catalogue: Catalogue }>();
  private metaSchema?: object;

  constructor(readonly schemasDir: string) {}

  get cataloguesDir(): string {
    return path.join(this.schemasDir, 'catalogues');
  }

  private meta(): object {
    if (!this.metaSchema) {
      const file = path.join(this.schemasDir, 'catalogue.schema.json');
      try {
        this.metaSchema = JSON.parse(fs.readFileSync(file, 'utf8')) as object;
      } catch (e) {
        throw CatalogueError.of('catalogue.metaSchema', { file, detail: (e as Error).message.split('\n')[0] });
      }
    }
    return this.metaSchema;
  }

  /** Ids of the bundled catalogues. */
  bundledIds(): string[] {
    try {
      return fs
        .readdirSync(this.cataloguesDir)
        .filter(f => f.endsWith('.json'))
        .map(f => f.slice(0, -5))
        .sort();
    } catch {
      return [];
    }
  }

  list(): CatalogueInfo[] {
    return this.bundledIds().map(id => {
      const c = this.load(path.join(this.cataloguesDir, `${id}.json`));
      return { id: c.id, title: c.data.title, complete: c.data.complete, criteria: c.criteria.size, file: c.origin };
    });
  }

  /** A catalogue by id (bundled) or by path (relative to `baseDir`). Throws CatalogueError with a one-line reason. */
  resolve(manual: string, baseDir: string): Catalogue {
    const isPath = /[\\/]/.test(manual) || /\.json$/i.test(manual);
    if (!isPath) {
      if (!/^[a-z0-9][a-z0-9.-]*$/.test(manual) || !this.bundledIds().includes(manual)) {
        throw CatalogueError.of('catalogue.unknownManual', { manual });
      }
      return this.load(path.join(this.cataloguesDir, `${manual}.json`));
    }
    return this.load(path.resolve(baseDir, manual.replace(/\\/g, '/')));
  }

  /** Validates catalogue data (an import, before it is written); throws CatalogueError with a one-line reason. */
  validate(raw: unknown, origin: string): Catalogue {
    return buildCatalogue(raw, this.meta(), origin);
  }

  /**
   * Loads and validates a catalogue file; reloaded when the file changes on disk. Read like a
   * dossier file (regular files only, never a pipe or a device, at most CATALOGUE_MAX_BYTES);
   * no error message ever quotes the file's content.
   */
  load(file: string): Catalogue {
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      throw CatalogueError.of('catalogue.notFound', { file });
    }
    const hit = this.cache.get(file);
    if (hit && st.isFile() && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.catalogue;
    const read = readJsonFile(file, CATALOGUE_MAX_BYTES);
    if (!('value' in read)) throw new CatalogueError(lang => jsonReadProblem(lang, file, read, 'catalogue'));
    const raw = read.value;
    const catalogue = buildCatalogue(raw, this.meta(), file);
    this.cache.set(file, { mtimeMs: st.mtimeMs, size: st.size, catalogue });
    return catalogue;
  }
}

/** A failure of readJsonFile in words, naming the file as a catalogue file or as a file. */
export function jsonReadProblem(lang: Lang, file: string, r: JsonReadFailure, noun: 'catalogue' | 'file'): string {
  if (r.failure === 'json') return t(lang, r.at ? `${noun}.syntaxAt` : `${noun}.syntax`, { file, at: r.at });
  const { failure, detail, maxBytes } = r;
  return t(lang, `${noun}.read.${failure}`, {
    file,
    detail: failure === 'not-regular' ? fileType(lang, detail) : detail,
    size: formatNumber(lang, Number(detail)),
    limit: formatNumber(lang, maxBytes),
  });
}

/** A catalogue with nothing in it, so that the rules that need none can still run. */
export function emptyCatalogue(): Catalogue {
  const data: CatalogueData = {
    id: '(none)',
    title: '(none)',
    complete: false,
    sources: {},
    levels: { standard: { fr: 'Standard', en: 'Standard' }, imperatif: { fr: 'Impératif', en: 'Imperative' }, avance: { fr: 'Avancé', en: 'Advanced' } },
    methods: [],
    scopes: [],
    chapters: [],
    evidenceKinds: [],
    calista: { deadline: '2 months', source: '', documents: [] },
  };
  return new Catalogue(data, '(none)');
}

/** The `schemas/` folder shipped next to the code: the first one found above `from` (sources, dist/ or an installed package). */
export function locateSchemasDir(from: string): string | undefined {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'schemas', 'catalogue.schema.json'))) return path.join(dir, 'schemas');
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
