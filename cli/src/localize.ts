/**
 * The command line in the user's language: French by default, English with `--lang en` (or
 * HAS_DOSSIER_LANG=en). The language is read from the arguments before the program is built, so
 * that `--help` and commander's own errors speak it too; every leaf command takes `--lang`.
 * The English of the help is where each command is declared; its French is in
 * engine/src/l10n/cliHelp.ts, found by command path.
 */
import { Help, type Argument, type Command, type Option } from 'commander';
import { l10n, type Lang } from '../../engine/src/index.js';

/** `--lang X` / `--lang=X` among the arguments (before `--`), else HAS_DOSSIER_LANG, else French. */
export function langOfArgv(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const end = argv.indexOf('--');
  const args = end < 0 ? argv : argv.slice(0, end);
  for (let i = args.length - 1; i >= 0; i--) {
    const a = args[i];
    if (a.startsWith('--lang=')) return l10n.parseLang(a.slice(7)) ?? 'fr';
    if (a === '--lang') return l10n.parseLang(args[i + 1]) ?? 'fr';
  }
  return l10n.parseLang(env.HAS_DOSSIER_LANG) ?? 'fr';
}

const TITLES_FR: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Arguments:': 'Arguments :',
  'Global Options:': 'Options globales :',
};

/** `(choices: "fr", "en", default: "fr")` → `(choix : "fr", "en", par défaut : "fr")`. */
const frExtra = (s: string) =>
  s.replace(
    /\(((?:choices|default): .*)\)$/,
    (_, inner: string) => `(${inner.replace(/^choices: /, 'choix : ').replace(/(^|, )default: /, '$1par défaut : ')})`,
  );

/** Commander's own error lines, in French. */
export function frenchError(text: string): string {
  const say = (id: l10n.MessageId, params?: l10n.Params) => l10n.t('fr', id, params);
  const line = text.replace(/\n$/, '');
  let m: RegExpMatchArray | null;
  const suggestion = (s: string | undefined) => (s ? say('cli.error.didYouMean', { what: s }) : '');
  if ((m = /^error: unknown option '(.+?)'(?:\n\(Did you mean (?:one of )?(.+)\?\))?$/s.exec(line)))
    return say('cli.error.unknownOption', { option: m[1] }) + suggestion(m[2]) + '\n';
  if ((m = /^error: unknown command '(.+?)'(?:\n\(Did you mean (?:one of )?(.+)\?\))?$/s.exec(line)))
    return say('cli.error.unknownCommand', { command: m[1] }) + suggestion(m[2]) + '\n';
  if ((m = /^error: missing required argument '(.+)'$/.exec(line))) return say('cli.error.missingArgument', { argument: m[1] }) + '\n';
  if ((m = /^error: option '(.+)' argument missing$/.exec(line))) return say('cli.error.missingValue', { option: m[1] }) + '\n';
  if ((m = /^error: required option '(.+)' not specified$/.exec(line))) return say('cli.error.requiredOption', { option: m[1] }) + '\n';
  if ((m = /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(line))) {
    return (
      say('cli.error.tooMany', {
        command: m[1] ? ` pour '${m[1]}'` : '',
        expected: l10n.count('fr', 'cli.expected', Number(m[2])),
        got: l10n.count('fr', 'cli.received', Number(m[3])),
      }) + '\n'
    );
  }
  if ((m = /^error: option '(.+)' argument '(.*)' is invalid\. ?(.*)$/s.exec(line)))
    return say('cli.error.invalidValue', { option: m[1], value: m[2], why: frenchReason(m[3]) }) + '\n';
  return text;
}

function frenchReason(why: string): string {
  const choices = /^Allowed choices are (.*)\.$/.exec(why);
  if (choices) return l10n.t('fr', 'cli.error.choices', { choices: choices[1] });
  return why;
}

/**
 * Gives every leaf command a `--lang` (the language of its messages) and, in French, the French
 * of every description, of help's titles and of commander's errors.
 */
export function localizeProgram(program: Command, lang: Lang, langOption: () => Option): Command {
  const walk = (c: Command, p: string) => {
    const name = (s: Command) => (p ? `${p} ${s.name()}` : s.name());
    if (!c.commands.length && p && !c.options.some(o => o.long === '--lang')) c.addOption(langOption());
    if (lang === 'fr') {
      const fr = (key: string) => l10n.HELP_FR[key];
      if (fr(p)) c.description(fr(p)!);
      for (const o of c.options) o.description = fr(`${p} ${o.long ?? o.short}`) ?? o.description;
      for (const a of c.registeredArguments) a.description = fr(`${p} <${a.name()}>`) ?? a.description;
      c.helpOption('-h, --help', fr(' --help'));
      if (c.commands.length) c.helpCommand('help [command]', fr('help'));
      c.configureHelp({
        styleTitle: (s: string) => TITLES_FR[s] ?? s,
        optionDescription: (o: Option) => frExtra(Help.prototype.optionDescription.call(c.createHelp(), o)),
        argumentDescription: (a: Argument) => frExtra(Help.prototype.argumentDescription.call(c.createHelp(), a)),
      });
      const output = c.configureOutput();
      c.configureOutput({ ...output, outputError: (s, write) => write(frenchError(s)) });
    }
    for (const s of c.commands) walk(s, name(s));
  };
  walk(program, '');
  return program;
}
