import { fileType, formatNumber } from '../l10n/index.js';
import { defineRule } from './rule.js';

export default defineRule({
  code: 'unreadable-file',
  defaultSeverity: 'error',
  standalone: true,
  description: {
    fr: "Un fichier YAML du dossier ne peut pas être lu (binaire, pas en UTF-8, trop gros, dossier au lieu d'un fichier, tube ou périphérique, lien vers l'extérieur).",
    en: 'A YAML file of the dossier cannot be read (binary, not UTF-8, too large, a folder, a pipe or device, a link to outside the dossier).',
  },
  messages: {
    fr: {
      binary: 'Fichier binaire, pas du YAML : il est ignoré.',
      'not-utf8': "Fichier illisible : il n'est pas encodé en UTF-8. Réenregistrez-le en UTF-8.",
      'too-large': 'Fichier trop gros ({detail} octets, limite {limit}) : il est ignoré. Découpez-le.',
      'is-directory': 'Un dossier porte ce nom de fichier YAML : il est ignoré.',
      io: 'Fichier illisible ({detail}).',
      outside: "Ce fichier est un lien vers un emplacement hors du dossier : il n'est pas lu.",
      'not-found': 'Fichier disparu pendant la lecture.',
      'not-regular': "Ce n'est pas un fichier ordinaire ({type}) : il n'est pas lu.",
      utf16:
        "Fichier enregistré en {detail} (« Unicode » sous Windows), pas en UTF-8 : il n'est pas lu. Réenregistrez-le en « UTF-8 » (Bloc-notes : Enregistrer sous, Encodage UTF-8).",
      'unreadable-folder':
        "Dossier illisible ({detail}) : ses fichiers ne sont pas lus, et les critères qu'il contient ne peuvent pas être comptés (aucun critère n'est dit manquant tant qu'il reste illisible). Vérifiez ses droits.",
    },
    en: {
      binary: 'Binary file, not YAML: it is skipped.',
      'not-utf8': 'Unreadable file: it is not UTF-8. Save it as UTF-8.',
      'too-large': 'File too large ({detail} bytes, limit {limit}): it is skipped. Split it.',
      'is-directory': 'A folder has this YAML file name: it is skipped.',
      io: 'Unreadable file ({detail}).',
      outside: 'This file is a link to a place outside the dossier: it is not read.',
      'not-found': 'File vanished while being read.',
      'not-regular': 'Not a regular file ({type}): it is not read.',
      utf16: 'File saved as {detail} ("Unicode" on Windows), not UTF-8: it is not read. Save it again as "UTF-8" (Notepad: Save as, Encoding UTF-8).',
      'unreadable-folder':
        'Unreadable folder ({detail}): its files are not read, and the criteria it holds cannot be counted (no criterion is called missing while it stays unreadable). Check its permissions.',
    },
  },
  check(ctx) {
    for (const u of ctx.dossier.unreadable) {
      const messageId = u.detail === 'outside' ? 'outside' : u.failure;
      const type = u.failure === 'not-regular' ? fileType(ctx.lang, u.detail) : '';
      ctx.report({
        file: { path: u.path },
        messageId,
        params: {
          detail: u.failure === 'too-large' ? formatNumber(ctx.lang, Number(u.detail)) : (u.detail ?? ''),
          limit: formatNumber(ctx.lang, ctx.dossier.maxFileBytes),
          type,
        },
      });
    }
  },
});
