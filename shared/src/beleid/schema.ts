import { CATEGORIEEN } from '../categorie';
import { PARTNER_NAMEN } from '../partners';

import { EIGEN_EISEN, EISEN, RECORDSOORTEN, VORMEN } from './beleid';

// `title` names what a value is in an error ("… is geen eis"), `description` says why a value must be there
const eis = { enum: [...EISEN], title: 'eis' };
/** The registered partners (their `partner.json`): a policy can name a partner as soon as its folder is there. */
const ORGANISATIES = [...PARTNER_NAMEN];
const organisatie = { enum: ORGANISATIES, title: 'organisatie' };
const vorm = { enum: [...VORMEN], title: 'vorm van betrokkenheid' };
// what a household member never sees of a dossier, whatever gezin.yaml says
const NOOIT_VOOR_GEZIN: readonly string[] = ['melder', 'vertrouwelijk', 'werkaantekening'];
// either `alle` or every vorm: if/then/else rather than oneOf, so an error names the field that is wrong
const cel = {
  type: 'object',
  if: { required: ['alle'] },
  then: { properties: { alle: eis }, additionalProperties: false },
  else: { properties: Object.fromEntries(VORMEN.map((v) => [v, eis])), required: [...VORMEN], additionalProperties: false },
};

// a row of eigen-organisatie.yaml: `alle` or `doel/vorm` columns, checked against doelen.yaml by the loader
const eigenRij = { type: 'object', minProperties: 1, additionalProperties: { enum: [...EIGEN_EISEN], title: 'eis voor het eigen dossier' } };

// a retention term in months: at least one, at most a century
const maanden = { type: 'integer', minimum: 1, maximum: 1200 };

/** JSON schemas of the policy files; ajv checks them, the loader adds file and line to every error. */
export const SCHEMAS: Record<string, object> = {
  'deelmatrix.yaml': {
    type: 'object',
    required: ['matrix'],
    additionalProperties: false,
    properties: {
      matrix: { type: 'object', required: [...CATEGORIEEN], additionalProperties: false, properties: Object.fromEntries(CATEGORIEEN.map((c) => [c, cel])) },
      redenen: { type: 'object', additionalProperties: false, properties: Object.fromEntries(CATEGORIEEN.map((c) => [c, { type: 'string', minLength: 10 }])) },
      gedeeld_door: { type: 'object', additionalProperties: false, properties: Object.fromEntries(CATEGORIEEN.map((c) => [c, { type: 'array', minItems: 1, uniqueItems: true, items: organisatie }])) },
      bronnen: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(VORMEN.map((v) => [v, {
          type: 'object',
          required: ['alleen', 'reden'],
          additionalProperties: false,
          properties: {
            alleen: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['netwerk', ...ORGANISATIES], title: 'partner' } },
            reden: { type: 'string', minLength: 10 },
          },
        }])),
      },
    },
  },
  'eigen-organisatie.yaml': {
    type: 'object',
    required: ['eigen_organisatie'],
    additionalProperties: false,
    properties: {
      eigen_organisatie: {
        type: 'object',
        required: ['matrix'],
        additionalProperties: false,
        properties: {
          matrix: { type: 'object', required: [...CATEGORIEEN], additionalProperties: false, properties: Object.fromEntries(CATEGORIEEN.map((c) => [c, eigenRij])) },
          redenen: { type: 'object', additionalProperties: false, properties: Object.fromEntries(CATEGORIEEN.map((c) => [c, { type: 'string', minLength: 10 }])) },
        },
      },
    },
  },
  'leeftijden.yaml': {
    type: 'object',
    required: ['toestemming'],
    additionalProperties: false,
    properties: {
      toestemming: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['door'],
          additionalProperties: false,
          properties: {
            vanaf: { type: 'integer', minimum: 0, maximum: 18 },
            tot: { type: 'integer', minimum: 1, maximum: 18 },
            door: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['persoon', 'gezaghebbenden'], title: 'toestemminggever' } },
          },
        },
      },
    },
  },
  'doelen.yaml': {
    type: 'object',
    required: ['doelen'],
    additionalProperties: false,
    properties: {
      doelen: {
        type: 'object',
        minProperties: 1,
        propertyNames: { pattern: '^[a-z][a-z-]*$' },
        additionalProperties: {
          type: 'object',
          required: ['omschrijving', 'vormen', 'rollen'],
          additionalProperties: false,
          properties: {
            omschrijving: { type: 'string', minLength: 10 },
            vormen: { type: 'array', uniqueItems: true, items: vorm },
            organisaties: { type: 'array', minItems: 1, uniqueItems: true, items: organisatie },
            rollen: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['professional', 'gedragswetenschapper', 'teamleider', 'privacyfunctionaris', 'client'], title: 'rol' } },
          },
        },
      },
    },
  },
  'bewaartermijnen.yaml': {
    type: 'object',
    required: ['bewaartermijnen'],
    additionalProperties: false,
    properties: {
      bewaartermijnen: {
        type: 'object',
        required: ['toegangslog', 'verstrekkingenlog'],
        additionalProperties: false,
        properties: {
          toegangslog: {
            type: 'object',
            required: [...RECORDSOORTEN],
            additionalProperties: false,
            properties: Object.fromEntries(RECORDSOORTEN.map((s) => [s, maanden])),
          },
          verstrekkingenlog: maanden,
        },
      },
    },
  },
  'inzage.yaml': {
    type: 'object',
    required: ['inzage'],
    additionalProperties: false,
    properties: {
      inzage: {
        type: 'object',
        required: ['door_gezag_tot', 'uitgesteld'],
        additionalProperties: false,
        properties: {
          door_gezag_tot: { type: 'integer', minimum: 0, maximum: 18 },
          naam_professional: { type: 'array', uniqueItems: true, items: vorm, title: 'vormen waarin het gezin de naam van de professional leest' },
          uitgesteld: {
            type: 'array',
            items: {
              type: 'object',
              required: ['organisatie', 'vorm', 'reden'],
              additionalProperties: false,
              properties: { organisatie, vorm, reden: { type: 'string', minLength: 10 } },
            },
          },
        },
      },
    },
  },
  'gezin.yaml': {
    type: 'object',
    required: ['gezin'],
    additionalProperties: false,
    properties: {
      gezin: {
        type: 'object',
        required: ['zichtbaar', 'reden'],
        additionalProperties: false,
        properties: {
          zichtbaar: {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(ORGANISATIES.map((o) => [o, { type: 'array', uniqueItems: true, items: { enum: CATEGORIEEN.filter((c) => !NOOIT_VOOR_GEZIN.includes(c)), title: 'categorie die een gezinslid mag zien' } }])),
          },
          eigen_kind: {
            type: 'object',
            required: ['zichtbaar'],
            additionalProperties: false,
            properties: {
              zichtbaar: {
                type: 'object',
                additionalProperties: false,
                properties: Object.fromEntries(['netwerk', ...ORGANISATIES].map((o) => [o, { type: 'array', uniqueItems: true, items: { enum: ['identificatie'], title: 'wat een ouder ziet van het eigen kind' } }])),
              },
            },
          },
          reden: { type: 'string', minLength: 10 },
        },
      },
    },
  },
  'uitzonderingen.yaml': {
    type: 'object',
    required: ['uitzonderingen'],
    additionalProperties: false,
    properties: {
      uitzonderingen: {
        type: 'array',
        items: {
          type: 'object',
          required: ['organisatie', 'wanneer', 'eis', 'reden'],
          additionalProperties: false,
          properties: {
            organisatie,
            wanneer: { enum: ['huishouden-zonder-kinderen'], title: 'situatie' },
            eis,
            reden: { type: 'string', minLength: 10 },
          },
        },
      },
    },
  },
  'doorbraak.yaml': {
    type: 'object',
    required: ['doorbraak'],
    additionalProperties: false,
    properties: {
      doorbraak: {
        type: 'object',
        required: ['maximale_duur_uren', 'minimale_lengte_reden', 'nooit_voor'],
        additionalProperties: false,
        properties: {
          maximale_duur_uren: { type: 'integer', minimum: 1, maximum: 168 },
          minimale_lengte_reden: { type: 'integer', minimum: 20 },
          // the law and the mission: a doorbraak never opens these, whatever the file says
          nooit_voor: {
            type: 'array',
            uniqueItems: true,
            items: { enum: [...CATEGORIEEN], title: 'categorie' },
            allOf: [
              { contains: { const: 'melder' }, description: 'wie een melding deed, blijft ook bij een doorbraak afgeschermd' },
              { contains: { const: 'vertrouwelijk' }, description: 'vertrouwelijke gegevens gaan ook bij een doorbraak nooit open' },
            ],
          },
        },
      },
    },
  },
};
