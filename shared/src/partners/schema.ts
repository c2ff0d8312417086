import { VORMEN } from '../beleid/beleid';

const vorm = { enum: [...VORMEN] };

/** JSON schema of `partner.json`; the loader names the file and field of every deviation. */
export const PARTNER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['naam', 'weergavenaam', 'inZin', 'poort', 'registreert', 'professionals'],
  properties: {
    $schema: { type: 'string' },
    naam: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 40 },
    weergavenaam: { type: 'string', minLength: 2, maxLength: 60 },
    inZin: { type: 'string', minLength: 2, maxLength: 80 },
    poort: { type: 'integer', minimum: 1024, maximum: 65535 },
    registreert: { type: 'array', uniqueItems: true, items: vorm },
    professionals: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sub', 'naam', 'team', 'rol', 'vormen'],
        properties: {
          sub: { type: 'string', pattern: '^[a-z][a-z0-9-]+$' },
          naam: { type: 'string', minLength: 2 },
          team: { type: 'string', minLength: 2 },
          rol: { enum: ['professional', 'gedragswetenschapper', 'teamleider', 'privacyfunctionaris'] },
          vormen: { type: 'array', uniqueItems: true, items: vorm },
          persona: { type: 'string' },
          doel: { type: 'string' },
          telefoon: { type: 'string', pattern: '^[0-9 +-]{10,16}$' },
          email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$' },
        },
      },
    },
    demo: { type: 'object', additionalProperties: false, required: ['aandeel'], properties: { aandeel: { type: 'number', minimum: 0, maximum: 1 } } },
    verblijfplaats: { type: 'boolean' },
  },
} as const;
