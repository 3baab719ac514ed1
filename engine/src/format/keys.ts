/**
 * Every key of `dossier.yaml` and of a criterion file, once: its type, its enum or pattern,
 * whether it is required, its words in French and English, and (for the JSON Schemas that YAML
 * tools read) its English description. The schemas (`schemaGen.ts`), the model readers
 * (`model.ts`), completion and hover on keys, and the README's format reference are derived from
 * this tree; tests fail when one of them drifts from it.
 *
 * To add a key: add it to its map below (with `field` when the model reads it), then use the
 * field where it matters; `npm run generate:schemas` rewrites the schemas, the validators and the
 * README reference. See ARCHITECTURE.md, "Add a key to the format".
 */
import { DURATION_PATTERN, NO_DURATION } from '../dates.js';
import { CRITERION_VALUE_SCHEMA_PATTERN, ELEMENT_KEY_SCHEMA_PATTERN } from '../codes.js';
import type { Words } from './vocabulary.js';

/** Lists that come from the catalogue or the engine rather than from the format itself. */
export type Source =
  | 'statuses'
  | 'decisions'
  | 'severity-settings'
  | 'evidence-kinds'
  | 'calista-documents'
  | 'scopes'
  | 'rule-codes'
  | 'criteria'
  | 'catalogue-elements'
  | 'roles'
  | 'manuals';

interface Common {
  /** a few words: what the key holds */
  label?: Words;
  /** one or two sentences, Markdown (backquoted keys and values) */
  doc?: Words;
  /** the JSON Schema `description` (English, for YAML tools that know nothing of has-dossier) */
  schema?: string;
  /** a key the map must have */
  required?: true;
  /** the model's name for the value (`model.ts` reads the key into this field) */
  field?: string;
  /** where the structural schema is shared: emitted once under `definitions` and referenced */
  definition?: string;
}

export type ScalarType = 'text' | 'string' | 'date' | 'url' | 'integer' | 'date-or-boolean';

export interface ScalarNode extends Common {
  type: ScalarType;
  /** the value is one of these (a vocabulary of the format, or a list of the catalogue) */
  values?: Source;
  /** `values` are suggestions (completion, the schema's `examples`), not an enum: a rule checks the value */
  suggested?: true;
  /** JSON Schema pattern the engine validates */
  pattern?: string;
  /** a pattern given only in the shipped schema files (the engine's rules explain more than a pattern could) */
  shippedPattern?: string;
  minimum?: number;
  /** a date usually ahead of today (completion offers one a month ahead) */
  ahead?: true;
  /** a path relative to the dossier root (completion offers the dossier's files; go to definition opens it) */
  file?: 'path' | 'path-or-sentence';
}

export interface MapNode extends Common {
  type: 'map';
  keys: Record<string, FormatNode>;
  /** also accepts a bare text or nothing in place of the map (`rssi: Jeanne Martin`) */
  orText?: true;
}

export interface ListNode extends Common {
  type: 'list';
  items: FormatNode;
  unique?: true;
}

/** A map whose keys are data: element codes, role ids, evidence kinds, rule codes. */
export interface DictNode extends Common {
  type: 'dict';
  values: FormatNode;
  /** the keys completion offers */
  keysFrom?: Source;
  /** the keys are exactly those of `keysFrom` (others are schema errors) */
  closed?: true;
  /** where the keys are free but follow a pattern (structural) */
  keyPattern?: string;
  /** a key pattern given only in the shipped schema files */
  shippedKeyPattern?: string;
}

export type FormatNode = ScalarNode | MapNode | ListNode | DictNode;

const w = (fr: string, en: string): Words => ({ fr, en });

const PATH_DOC = 'Path relative to the dossier root';

export const EVIDENCE = {
  type: 'map',
  definition: 'evidence',
  label: w('Preuve', 'Evidence'),
  doc: w("Un document qui prouve le statut de l'élément.", "A document that proves the element's status."),
  keys: {
    title: {
      type: 'text',
      required: true,
      field: 'title',
      label: w('Titre', 'Title'),
      doc: w('Le titre du document, tel que les experts-visiteurs le verront.', 'The title of the document, as the expert visitors will see it.'),
    },
    kind: {
      type: 'string',
      values: 'evidence-kinds',
      schema: 'Evidence kind of the catalogue',
      field: 'kind',
      label: w('Type de preuve', 'Evidence kind'),
      doc: w(
        "Un type de preuve du catalogue : il donne l'âge maximal et ce que la visite attend.",
        'An evidence kind of the catalogue: it gives the maximum age and what the visit expects.',
      ),
    },
    file: {
      type: 'text',
      file: 'path',
      schema: PATH_DOC,
      field: 'file',
      label: w('Fichier', 'File'),
      doc: w('Le fichier de la preuve, relatif à la racine du dossier (ou `url:`).', 'The evidence file, relative to the dossier root (or `url:`).'),
    },
    url: {
      type: 'url',
      field: 'url',
      label: w('Lien', 'Link'),
      doc: w("L'adresse du document quand il n'est pas dans le dossier.", 'The address of the document when it is not in the dossier.'),
    },
    date: {
      type: 'date',
      field: 'date',
      label: w('Date', 'Date'),
      doc: w(
        "La date de validation ou de dernière mise à jour du document (AAAA-MM-JJ) : l'âge de la preuve part d'elle.",
        "The date the document was validated or last updated (YYYY-MM-DD): the evidence's age counts from it.",
      ),
    },
    validated_by: {
      type: 'text',
      label: w('Validé par', 'Validated by'),
      doc: w("L'instance ou la personne qui a validé le document (COSSI, CME…).", 'The body or person who validated the document (COSSI, CME…).'),
    },
    expires: {
      type: 'date',
      ahead: true,
      field: 'expires',
      label: w('Expire le', 'Expires'),
      doc: w("La date à laquelle le document cesse d'être valable (facultatif).", 'The date the document stops being valid (optional).'),
    },
    findings: {
      type: 'integer',
      minimum: 0,
      schema: 'Audits: number of findings (0: no action plan needed)',
      field: 'findings',
      label: w('Constats', 'Findings'),
      doc: w("Audits : le nombre de constats (`0` : aucun plan d'actions attendu).", 'Audits: the number of findings (`0`: no action plan expected).'),
    },
    action_plan: {
      type: 'text',
      file: 'path',
      schema: 'Audits: the plan of corrective actions, a path relative to the dossier root',
      field: 'actionPlan',
      label: w("Plan d'actions", 'Action plan'),
      doc: w('Audits : le plan des actions correctrices, un fichier du dossier.', 'Audits: the plan of corrective actions, a file of the dossier.'),
    },
    lessons: {
      type: 'text',
      file: 'path-or-sentence',
      schema: 'Exercises: the lessons learned, a path relative to the dossier root or a sentence',
      field: 'lessons',
      label: w("Retour d'expérience", 'Lessons learned'),
      doc: w(
        "Exercices : le retour d'expérience, un fichier du dossier ou une phrase.",
        'Exercises: the lessons learned, a file of the dossier or a sentence.',
      ),
    },
  },
} as const satisfies MapNode;

export const ACTION = {
  type: 'map',
  definition: 'action',
  label: w('Action', 'Action'),
  doc: w("Une action du plan d'amélioration (PAQSS).", 'An action of the improvement plan (PAQSS).'),
  keys: {
    title: { type: 'text', required: true, field: 'title', label: w('Titre', 'Title'), doc: w('Ce qui sera fait.', 'What will be done.') },
    due: {
      type: 'date',
      ahead: true,
      field: 'due',
      label: w('Échéance', 'Due'),
      doc: w(
        "La date à laquelle l'action doit être faite : passée et non faite, elle est en retard.",
        'The date the action is due: past and not done, it is overdue.',
      ),
    },
    owner: {
      type: 'text',
      values: 'roles',
      field: 'owner',
      label: w('Pilote', 'Owner'),
      doc: w(
        "Qui porte l'action : un rôle de `roles:` (par son id, son titre ou son titulaire) ou un nom.",
        'Who carries the action: a role of `roles:` (by id, title or holder) or a name.',
      ),
    },
    done: {
      type: 'date-or-boolean',
      field: 'done',
      label: w('Faite', 'Done'),
      doc: w("`true`, `false`, ou la date à laquelle l'action a été faite.", '`true`, `false`, or the date the action was done.'),
    },
  },
} as const satisfies MapNode;

export const ELEMENT = {
  type: 'map',
  definition: 'element',
  label: w("Élément d'évaluation", 'Element of evaluation'),
  doc: w(
    "L'auto-évaluation d'un élément du critère : son statut, ses preuves, ses actions.",
    'The self-evaluation of one element of the criterion: its status, evidence and actions.',
  ),
  keys: {
    status: {
      type: 'string',
      values: 'statuses',
      required: true,
      field: 'status',
      label: w('Statut', 'Status'),
      doc: w(
        '`conforme`, `partiel`, `non-conforme`, `non-applicable` (avec une justification) ou `a-evaluer`.',
        '`conforme`, `partiel`, `non-conforme`, `non-applicable` (with a justification) or `a-evaluer`.',
      ),
    },
    justification: {
      type: 'text',
      field: 'justification',
      label: w('Justification', 'Justification'),
      doc: w("Pourquoi l'élément est non applicable (exigée avec `non-applicable`).", 'Why the element does not apply (required with `non-applicable`).'),
    },
    evidence: {
      type: 'list',
      items: EVIDENCE,
      field: 'evidence',
      label: w('Preuves', 'Evidence'),
      doc: w(
        'Les documents qui prouvent le statut (au moins un pour `conforme` et `partiel`).',
        'The documents that prove the status (at least one for `conforme` and `partiel`).',
      ),
    },
    actions: {
      type: 'list',
      items: ACTION,
      field: 'actions',
      label: w('Actions', 'Actions'),
      doc: w("Les actions d'amélioration de l'élément (PAQSS).", 'The improvement actions of the element (PAQSS).'),
    },
    comment: {
      type: 'text',
      field: 'comment',
      schema: "The team's argument for the status (free text)",
      label: w('Commentaire', 'Comment'),
      doc: w(
        "L'argumentaire de l'équipe pour ce statut (texte libre, plusieurs lignes avec `|`).",
        "The team's argument for this status (free text, several lines with `|`).",
      ),
    },
  },
} as const satisfies MapNode;

/** A criterion file: any `*.yaml` below the root whose top-level map has `criterion:`. */
export const CRITERION_FILE = {
  type: 'map',
  definition: 'criterionFile',
  label: w('Fichier de critère', 'Criterion file'),
  doc: w("L'auto-évaluation d'un critère du manuel.", 'The self-evaluation of one criterion of the manual.'),
  keys: {
    criterion: {
      type: 'string',
      values: 'criteria',
      required: true,
      field: 'criterion',
      shippedPattern: CRITERION_VALUE_SCHEMA_PATTERN,
      schema: 'Criterion id (3.4-05) or reference form (Crit.3.4-05)',
      label: w('Critère', 'Criterion'),
      doc: w(
        'Le code du critère (`3.4-05`) ou sa forme de référence du manuel (`Crit.3.4-05`).',
        "The criterion's code (`3.4-05`) or the manual's reference form (`Crit.3.4-05`).",
      ),
    },
    owner: {
      type: 'text',
      values: 'roles',
      field: 'owner',
      label: w('Pilote', 'Owner'),
      doc: w('Qui porte le critère : un rôle de `roles:` ou un nom.', 'Who carries the criterion: a role of `roles:` or a name.'),
    },
    reviewed: {
      type: 'date',
      field: 'reviewed',
      label: w('Revu le', 'Reviewed'),
      doc: w('La date de la dernière auto-évaluation du critère.', "The date of the criterion's last self-evaluation."),
    },
    elements: {
      type: 'dict',
      keysFrom: 'catalogue-elements',
      shippedKeyPattern: ELEMENT_KEY_SCHEMA_PATTERN,
      values: ELEMENT,
      required: true,
      field: 'elements',
      label: w("Éléments d'évaluation", 'Elements of evaluation'),
      doc: w(
        'Un élément par clé : `ee01` ou la forme de référence `Crit.3.4-05-ee01-ASY`.',
        'One element per key: `ee01` or the reference form `Crit.3.4-05-ee01-ASY`.',
      ),
    },
    comment: {
      type: 'text',
      field: 'comment',
      schema: "The team's argument for the criterion (free text)",
      label: w('Commentaire', 'Comment'),
      doc: w(
        "L'argumentaire de l'équipe pour le critère (texte libre, plusieurs lignes avec `|`).",
        "The team's argument for the criterion (free text, several lines with `|`).",
      ),
    },
  },
} as const satisfies MapNode;

export const CALISTA_ENTRY = {
  type: 'map',
  definition: 'calistaEntry',
  label: w('Dépôt CALISTA', 'CALISTA upload'),
  doc: w('Un document déposé sur CALISTA avant la visite.', 'A document uploaded to CALISTA before the visit.'),
  keys: {
    kind: {
      type: 'string',
      values: 'calista-documents',
      required: true,
      schema: 'A CALISTA document kind of the catalogue',
      field: 'kind',
      label: w('Document', 'Document'),
      doc: w('Le document CALISTA du catalogue que ce dépôt fournit.', "The catalogue's CALISTA document this upload provides."),
    },
    title: { type: 'text', field: 'title', label: w('Titre', 'Title'), doc: w('Le titre du document déposé.', 'The title of the uploaded document.') },
    file: EVIDENCE.keys.file,
    url: EVIDENCE.keys.url,
    uploaded: {
      type: 'date',
      field: 'uploaded',
      label: w('Déposé le', 'Uploaded'),
      doc: w(
        'La date du dépôt sur CALISTA (au plus tard le délai du catalogue avant la visite).',
        "The date of the upload to CALISTA (at the latest the catalogue's delay before the visit).",
      ),
    },
  },
} as const satisfies MapNode;

export const PROVIDER = {
  type: 'map',
  label: w('Fournisseur', 'Provider'),
  doc: w("Un hébergeur ou un fournisseur d'applications.", 'A hosting provider or an application supplier.'),
  keys: {
    name: { type: 'text', required: true, field: 'name', label: w('Nom', 'Name'), doc: w('Le nom du fournisseur.', "The provider's name.") },
    service: {
      type: 'text',
      required: true,
      field: 'service',
      label: w('Service', 'Service'),
      doc: w("Ce qu'il héberge ou fournit.", 'What it hosts or supplies.'),
    },
    hds: {
      type: 'map',
      field: 'hds',
      label: w('Certificat HDS', 'HDS certificate'),
      doc: w("Le certificat d'hébergeur de données de santé.", 'The health data hosting (HDS) certificate.'),
      keys: {
        certificate: { type: 'string', field: 'hdsCertificate', label: w('Numéro', 'Number'), doc: w('Le numéro du certificat.', "The certificate's number.") },
        valid_until: {
          type: 'date',
          required: true,
          field: 'hdsValidUntil',
          label: w("Valable jusqu'au", 'Valid until'),
          doc: w(
            "Le dernier jour de validité : vérifié à la date d'évaluation (erreur) et au premier jour de la visite (avertissement).",
            "The last day of validity: checked at the as-of date (error) and on the visit's first day (warning).",
          ),
        },
      },
    },
    pca_pra: {
      type: 'text',
      file: 'path',
      schema: "The provider's PCA/PRA, a path relative to the dossier root",
      field: 'pcaPra',
      label: w('PCA / PRA', 'PCA/PRA'),
      doc: w(
        "Le plan de continuité et de reprise d'activité du fournisseur, un fichier du dossier.",
        "The provider's business continuity and recovery plan, a file of the dossier.",
      ),
    },
  },
} as const satisfies MapNode;

const FRESHNESS_VALUE = {
  type: 'string',
  pattern: `(${DURATION_PATTERN})|^(${NO_DURATION.join('|')})$`,
  schema: "A duration ('12 months', '1 an', '30 jours') or 'none'",
  label: w('Âge maximal', 'Maximum age'),
  doc: w('Une durée (`12 mois`, `1 an`, `30 jours`, `12 months`) ou `aucune` / `none`.', 'A duration (`12 months`, `1 an`, `30 jours`) or `none`.'),
} as const satisfies ScalarNode;

/** `dossier.yaml`, the manifest: its folder is the dossier root. */
export const MANIFEST_FILE = {
  type: 'map',
  definition: 'manifest',
  label: w('Manifeste du dossier', 'Dossier manifest'),
  doc: w(
    "`dossier.yaml` : le manuel, l'établissement, la visite ; son dossier est la racine.",
    '`dossier.yaml`: the manual, the establishment, the visit; its folder is the root.',
  ),
  keys: {
    manual: {
      type: 'text',
      values: 'manuals',
      required: true,
      schema: 'Id of a catalogue (has-es-2025) or a path to a catalogue JSON file',
      field: 'manual',
      label: w('Manuel', 'Manual'),
      doc: w(
        "L'id d'un catalogue fourni (`has-es-2025`) ou le chemin d'un catalogue JSON.",
        'The id of a bundled catalogue (`has-es-2025`) or the path of a catalogue JSON file.',
      ),
    },
    establishment: {
      type: 'map',
      required: true,
      field: 'establishment',
      label: w('Établissement', 'Establishment'),
      doc: w("L'établissement certifié.", 'The establishment being certified.'),
      keys: {
        name: { type: 'text', required: true, label: w('Nom', 'Name'), doc: w("Le nom de l'établissement.", "The establishment's name.") },
        finess: {
          type: 'string',
          schema: 'FINESS number, 9 characters (quote it)',
          field: 'finess',
          label: w('FINESS', 'FINESS'),
          doc: w(
            'Le numéro FINESS, 9 caractères avec une clé de Luhn valide (2A/2B acceptés sur la forme) ; à mettre entre guillemets.',
            'The FINESS number, 9 characters with a valid Luhn key (2A/2B accepted on format alone); quote it.',
          ),
        },
      },
    },
    visit: {
      type: 'map',
      field: 'visit',
      label: w('Visite', 'Visit'),
      doc: w('La visite de certification.', 'The certification visit.'),
      keys: {
        start: {
          type: 'date',
          field: 'visitStart',
          label: w('Premier jour', 'First day'),
          doc: w('Le premier jour de la visite de certification.', 'The first day of the certification visit.'),
        },
        documents_ready: {
          type: 'string',
          pattern: DURATION_PATTERN,
          schema: "From how long before the visit a missing checklist document is a warning (practice; default '2 months')",
          field: 'documentsReady',
          label: w('Documents prêts', 'Documents ready'),
          doc: w(
            'Depuis combien de temps avant la visite un document manquant de la liste des experts-visiteurs est un avertissement (usage ; `2 mois` par défaut).',
            "From how long before the visit a missing document of the expert visitors' list is a warning (practice; `2 months` by default).",
          ),
        },
      },
    },
    certification: {
      type: 'map',
      schema: 'The last certification decision',
      field: 'certification',
      label: w('Certification', 'Certification'),
      doc: w(
        'La dernière décision de certification : elle donne la fenêtre de la visite suivante.',
        'The last certification decision: it gives the window of the next visit.',
      ),
      keys: {
        decision: {
          type: 'string',
          values: 'decisions',
          required: true,
          field: 'decision',
          label: w('Décision', 'Decision'),
          doc: w(
            '`certifie-mention`, `certifie`, `certifie-sous-conditions` ou `non-certifie`.',
            '`certifie-mention`, `certifie`, `certifie-sous-conditions` or `non-certifie`.',
          ),
        },
        date: { type: 'date', required: true, field: 'date', label: w('Date', 'Date'), doc: w('La date de la décision.', 'The date of the decision.') },
      },
    },
    roles: {
      type: 'dict',
      keysFrom: 'roles',
      keyPattern: '^[a-z0-9-]+$',
      schema: 'Who holds each role (owners may name a role by id or title)',
      field: 'roles',
      label: w('Rôles', 'Roles'),
      doc: w(
        'Qui tient chaque rôle ; les `owner:` nomment alors un rôle par son id, son titre ou son titulaire.',
        'Who holds each role; `owner:` then names a role by id, title or holder.',
      ),
      values: {
        type: 'map',
        orText: true,
        label: w('Rôle', 'Role'),
        doc: w('Le titulaire (`rssi: Jeanne Martin`) ou `{ title, name }`.', 'The holder (`rssi: Jeanne Martin`) or `{ title, name }`.'),
        keys: {
          title: {
            type: 'text',
            field: 'title',
            label: w('Titre', 'Title'),
            doc: w("L'intitulé du rôle (`Référent DMN`).", "The role's title (`Référent DMN`)."),
          },
          name: { type: 'text', field: 'name', label: w('Titulaire', 'Holder'), doc: w('Qui tient le rôle.', 'Who holds the role.') },
        },
      },
    },
    providers: {
      type: 'list',
      items: PROVIDER,
      schema: 'Hosting providers and application suppliers',
      field: 'providers',
      label: w('Fournisseurs', 'Providers'),
      doc: w(
        "Les hébergeurs et fournisseurs d'applications, leur certificat HDS et leur PCA / PRA.",
        'The hosting providers and application suppliers, their HDS certificate and PCA/PRA.',
      ),
    },
    paqss: {
      type: 'map',
      schema: 'Windows of the action plan (PAQSS)',
      field: 'paqss',
      label: w("Plan d'actions (PAQSS)", 'Action plan (PAQSS)'),
      doc: w(
        "Les fenêtres du plan d'actions : période de revue des critères, échéances et validités signalées à l'avance.",
        'The windows of the action plan: the review period of criteria, due dates and validity ends flagged ahead of time.',
      ),
      keys: {
        review_period: {
          type: 'string',
          pattern: DURATION_PATTERN,
          schema: "A criterion whose `reviewed:` date is older than this is due for review (default '12 months')",
          field: 'reviewPeriod',
          label: w('Période de revue', 'Review period'),
          doc: w(
            'Un critère dont la date `reviewed:` est plus ancienne est à revoir (`review-overdue`, `12 mois` par défaut).',
            'A criterion whose `reviewed:` date is older is due for review (`review-overdue`, `12 months` by default).',
          ),
        },
        actions_due_soon: {
          type: 'string',
          pattern: DURATION_PATTERN,
          schema: "An open action due within this is flagged due-soon (default '30 days')",
          field: 'actionsDueSoon',
          label: w('Actions à échéance proche', 'Actions due soon'),
          doc: w(
            "Une action ouverte dont l'échéance tombe dans ce délai est signalée (`due-soon`, `30 jours` par défaut).",
            'An open action due within this is flagged (`due-soon`, `30 days` by default).',
          ),
        },
        documents_due_soon: {
          type: 'string',
          pattern: DURATION_PATTERN,
          schema: "A document that stops being valid within this is flagged due-soon (default '60 days')",
          field: 'documentsDueSoon',
          label: w('Documents à renouveler', 'Documents to renew'),
          doc: w(
            "Un document qui cesse d'être valable dans ce délai est signalé (`due-soon`, `60 jours` par défaut).",
            'A document that stops being valid within this is flagged (`due-soon`, `60 days` by default).',
          ),
        },
      },
    },
    scope: {
      type: 'list',
      unique: true,
      field: 'scope',
      items: {
        type: 'string',
        values: 'scopes',
        suggested: true,
        schema: "Champ d'application of the catalogue, by id or label (case, accents and spaces ignored; checked by the unknown-scope rule)",
      },
      label: w("Champs d'application", 'Scope'),
      doc: w(
        "Les champs d'application au-delà de tout l'établissement (`maternite`, `urgences`…).",
        "The champs d'application beyond the whole establishment (`maternite`, `urgences`…).",
      ),
    },
    calista: {
      type: 'list',
      items: CALISTA_ENTRY,
      field: 'calista',
      label: w('CALISTA', 'CALISTA'),
      doc: w('Les documents déposés sur CALISTA avant la visite.', 'The documents uploaded to CALISTA before the visit.'),
    },
    freshness: {
      type: 'dict',
      keysFrom: 'evidence-kinds',
      closed: true,
      values: FRESHNESS_VALUE,
      field: 'freshness',
      label: w('Âges maximaux', 'Maximum ages'),
      doc: w("L'âge maximal par type de preuve, à la place de celui du catalogue.", "The maximum age per evidence kind, in place of the catalogue's."),
    },
    rules: {
      type: 'dict',
      keysFrom: 'rule-codes',
      closed: true,
      values: {
        type: 'string',
        values: 'severity-settings',
        label: w('Sévérité', 'Severity'),
        doc: w('`error`, `warning`, `info` ou `off`.', '`error`, `warning`, `info` or `off`.'),
      },
      field: 'rules',
      label: w('Règles', 'Rules'),
      doc: w('La sévérité par code de règle (`error`, `warning`, `info` ou `off`).', 'The severity per rule code (`error`, `warning`, `info` or `off`).'),
    },
  },
} as const satisfies MapNode;

/**
 * Keys starting with `x-` are a team's own extensions (`x-ticket: QUAL-12`): every map of the
 * format with fixed keys accepts them, whatever their value, and no rule reads them. The schemas
 * (`schemaGen.ts`) and the README reference take them from here.
 */
export const EXTENSION_KEYS = {
  pattern: '^x-',
  label: w("Extension de l'équipe", 'Team extension'),
  doc: w(
    "Toute table à clés fixes accepte aussi les clés qui commencent par `x-` : les extensions propres à l'équipe (`x-ticket: QUAL-12`), d'une valeur quelconque, qu'aucune règle ne lit.",
    "Every map with fixed keys also accepts keys starting with `x-`: the team's own extensions (`x-ticket: QUAL-12`), of any value, read by no rule.",
  ),
} as const;

/** The two kinds of file of a dossier, by the name the model gives them. */
export const FILE_FORMATS = { manifest: MANIFEST_FILE, criterion: CRITERION_FILE } as const;
