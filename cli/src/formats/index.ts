import type { Formatter } from './common.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { renderMarkdownSummary } from '../../../engine/src/index.js';

export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  compact: formatCompact,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  markdown: ({ result }) => renderMarkdownSummary(result),
  gitlab: formatGitlab,
};
export type { FormatContext, Formatter } from './common.js';
