import { t } from '../l10n/index.js';
import type { DossierFile } from '../model.js';
import { rangeFromOffsets, type Range, type SyntaxProblem } from '../yamlSource.js';
import { defineRule, type MessageOf, type Messages } from './rule.js';

/**
 * yaml's errors in the user's words, one diagnostic per problem, at the token that causes it:
 * an unclosed `[ {` gives yaml two errors at the end of the file; here it is one, on the `[`.
 */
const MESSAGES = {
  fr: {
    unclosed: "« {open} » ouvert ici n'est jamais refermé : il manque {closers}.",
    quote: "Le guillemet {quote} ouvert ici n'est jamais refermé : ajoutez le guillemet de fin.",
    duplicate: 'La clé « {key} » apparaît deux fois dans la même table : gardez-en une seule.',
    tab: "Tabulation dans l'indentation : le YAML n'accepte que des espaces.",
    colonInValue: 'Deux « : » sur la même ligne : mettez la valeur entre guillemets si elle contient « : ».',
    noColon: "Ligne sans « clé: valeur » : ajoutez « : » après la clé, ou mettez cette ligne au bon niveau d'indentation.",
    indent: "Indentation incorrecte : cette ligne n'est alignée sur aucune clé au-dessus.",
    deep: 'Imbrication trop profonde pour être lue (un fichier généré ou abîmé ?).',
    aliases: "Trop d'alias YAML (*nom) : le fichier n'est pas lu, pour ne pas le déplier sans fin.",
    comma: 'Il manque une virgule entre deux éléments entre {brackets}.',
    colonSpace: 'Il manque une espace après « : » entre {brackets} (écrivez « clé: valeur »).',
    commaOrColon: 'Il manque une virgule ou « : » entre deux éléments entre {brackets}.',
    blockInFlow:
      'Une liste ou une table écrite ligne à ligne ne peut pas se trouver entre accolades ou crochets : écrivez tout sur la ligne, ou retirez les accolades.',
    unexpected: "Caractère inattendu {char} : il ferme ou sépare quelque chose qui n'a pas été ouvert ici.",
    scalarStart: 'Une valeur ne peut pas commencer par {char} : mettez-la entre guillemets.',
    escape: "Séquence d'échappement invalide entre guillemets doubles : doublez la barre oblique inverse (\\\\) ou utilisez des guillemets simples.",
    multipleDocs: "Le fichier contient plusieurs documents YAML (séparés par « --- ») : un fichier de critère n'en contient qu'un.",
    other: "Le YAML ne se lit pas à cet endroit : vérifiez l'indentation, les « : » et les guillemets de cette ligne.",
  },
  en: {
    unclosed: '"{open}" opened here is never closed: {closers} missing.',
    quote: 'The quote {quote} opened here is never closed: add the closing quote.',
    duplicate: 'Key "{key}" appears twice in the same map: keep only one.',
    tab: 'Tab in the indentation: YAML takes spaces only.',
    colonInValue: 'Two ":" on the same line: quote the value if it holds ":".',
    noColon: 'Line without "key: value": add ":" after the key, or put the line at the right indentation.',
    indent: 'Wrong indentation: this line lines up with no key above.',
    deep: 'Nesting too deep to be read (a generated or corrupted file?).',
    aliases: 'Too many YAML aliases (*name): the file is not read, so as not to expand it endlessly.',
    comma: 'A comma is missing between two items in {brackets}.',
    colonSpace: 'A space is missing after ":" in {brackets} (write "key: value").',
    commaOrColon: 'A comma or ":" is missing between two items in {brackets}.',
    blockInFlow: 'A list or map written line by line cannot be inside braces or brackets: write it all on the line, or remove the braces.',
    unexpected: 'Unexpected character {char}: it closes or separates something not opened here.',
    scalarStart: 'A value cannot start with {char}: quote it.',
    escape: 'Invalid escape sequence in double quotes: double the backslash (\\\\) or use single quotes.',
    multipleDocs: 'The file holds several YAML documents (separated by "---"): a criterion file holds one.',
    other: 'The YAML does not parse here ({code}: {detail}).',
  },
} as const satisfies Messages;

export default defineRule({
  code: 'yaml-syntax',
  defaultSeverity: 'error',
  standalone: true,
  description: {
    fr: 'Le YAML ne se lit pas (une erreur par problème, à sa place).',
    en: 'The YAML does not parse (one error per problem, at its place).',
  },
  messages: MESSAGES,
  check(ctx) {
    for (const file of ctx.dossier.files) {
      const seenLines = new Set<number>();
      let unclosedDone = false;
      let open: { char: string; offset: number }[] | undefined; // scanned once per file, when needed
      const flow = () => (open ??= unclosedFlow(file.source.text));
      for (const e of file.source.syntaxErrors) {
        if (unclosedDone && /^Flow (map|sequence)/.test(e.message)) continue;
        const r = describe(file, e, ctx.lang, flow);
        if (r.messageId === 'unclosed') {
          if (unclosedDone) continue;
          unclosedDone = true;
        } else if (seenLines.has(r.range.start.line)) continue; // one cause, several yaml errors on its line
        seenLines.add(r.range.start.line);
        ctx.report({ file, ...r, data: { yamlCode: e.code } });
      }
    }
  },
});

type Described = { range: Range } & MessageOf<typeof MESSAGES>;

function describe(file: DossierFile, e: SyntaxProblem, lang: 'fr' | 'en', flow: () => { char: string; offset: number }[]): Described {
  const src = file.source;
  const text = src.text;
  const from = offsetOf(src.lineStarts, e.range.start.line, e.range.start.character);
  const q = (s: string) => t(lang, 'rule.quote', { text: s });
  switch (e.code) {
    case 'BAD_INDENT':
    case 'MISSING_CHAR': {
      if (/quote/i.test(e.message)) {
        const quote = /"quote/.test(e.message) ? '"' : "'";
        const at = text.lastIndexOf(quote, Math.max(0, from - 1));
        if (at < 0) return { range: e.range, messageId: 'other', params: { code: e.code, detail: e.message } };
        return { range: rangeFromOffsets(src, at, at + 1), messageId: 'quote', params: { quote: q(quote) } };
      }
      if (/^Flow (map|sequence)/.test(e.message)) {
        const open = flow();
        if (open.length) {
          const closers = open.map(o => (o.char === '[' ? ']' : '}')).reverse();
          const list = closers.map(q).join(t(lang, 'rule.then'));
          return { range: rangeFromOffsets(src, open[0].offset, open[0].offset + 1), messageId: 'unclosed', params: { open: open[0].char, closers: list } };
        }
      }
      if (/^Implicit map keys need to be followed by map values/.test(e.message))
        return { range: lineRange(file, e.range.start.line), messageId: 'noColon', params: {} };
      const inFlow = /^Missing (, or :|,|space after :) (?:between|in) flow (map|sequence)/.exec(e.message);
      if (inFlow) {
        const brackets = q(inFlow[2] === 'map' ? '{ }' : '[ ]');
        return { range: e.range, messageId: inFlow[1] === ',' ? 'comma' : inFlow[1] === ', or :' ? 'commaOrColon' : 'colonSpace', params: { brackets } };
      }
      return { range: e.range, messageId: e.code === 'BAD_INDENT' ? 'indent' : 'other', params: { code: e.code, detail: e.message } };
    }
    case 'BLOCK_IN_FLOW':
      return { range: e.range, messageId: 'blockInFlow', params: {} };
    case 'UNEXPECTED_TOKEN':
      return { range: e.range, messageId: 'unexpected', params: { char: q(text.slice(from, from + 1) || '?') } };
    case 'BAD_SCALAR_START':
      return { range: e.range, messageId: 'scalarStart', params: { char: q(text.slice(from, from + 1) || '?') } };
    case 'BAD_DQ_ESCAPE':
      return { range: e.range, messageId: 'escape', params: {} };
    case 'MULTIPLE_DOCS':
      return { range: lineRange(file, e.range.start.line), messageId: 'multipleDocs', params: {} };
    case 'DUPLICATE_KEY': {
      const key = /^("[^"]*"|'[^']*'|[^:#\n]+?)\s*:(\s|$)/.exec(text.slice(from, from + 1024))?.[1] ?? text.slice(from, from + 1);
      return { range: rangeFromOffsets(src, from, from + key.length), messageId: 'duplicate', params: { key: key.replace(/^["']|["']$/g, '') } };
    }
    case 'TAB_AS_INDENT':
      return { range: e.range, messageId: 'tab', params: {} };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        range: lineRange(file, e.range.start.line),
        messageId: /^[^#'"]*:\s[^#'"]*:(\s|$)/.test(lineText(file, e.range.start.line)) ? 'colonInValue' : 'indent',
        params: {},
      };
    case 'MULTILINE_IMPLICIT_KEY':
      return { range: lineRange(file, e.range.start.line), messageId: 'noColon', params: {} };
    case 'TOO_DEEP':
      return { range: e.range, messageId: 'deep', params: {} };
    case 'ALIAS_COUNT':
      return { range: e.range, messageId: 'aliases', params: {} };
    default:
      return { range: e.range, messageId: 'other', params: { code: e.code, detail: e.message } };
  }
}

function offsetOf(lineStarts: number[], line: number, character: number): number {
  return (lineStarts[line] ?? lineStarts.at(-1) ?? 0) + character;
}

function lineText(file: DossierFile, line: number): string {
  const starts = file.source.lineStarts;
  return file.source.text.slice(starts[line] ?? 0, starts[line + 1] ?? file.source.text.length).replace(/\r?\n$/, '');
}

/** The line's content, without its indentation (so that the squiggle sits on the words). */
function lineRange(file: DossierFile, line: number): Range {
  const t = lineText(file, line);
  const start = t.length - t.trimStart().length;
  return { start: { line, character: start }, end: { line, character: Math.max(start, t.trimEnd().length) } };
}

/** The `[` and `{` never closed, outermost first (quoted text and comments skipped). */
function unclosedFlow(text: string): { char: string; offset: number }[] {
  const stack: { char: string; offset: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) {
      for (i++; i < text.length && text[i] !== c; i++) if (c === '"' && text[i] === '\\') i++;
      continue;
    }
    if (c === '[' || c === '{') stack.push({ char: c, offset: i });
    else if ((c === ']' || c === '}') && stack.length) stack.pop();
  }
  return stack;
}
