import type { Formatter } from './common.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish, json: formatJson, sarif: formatSarif, junit: formatJunit, github: formatGithub,
};
export type { FormatContext, Formatter } from './common.js';
