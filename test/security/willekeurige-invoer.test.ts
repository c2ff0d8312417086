import { leesSupergraph } from '@netwerkdossier/gateway';
import { CATEGORIEEN } from '@netwerkdossier/shared';
import fc from 'fast-check';
import { buildASTSchema, isObjectType, parse } from 'graphql';

import { GraphQLAntwoord, startTestNetwerk, TestNetwerk } from '../harness/netwerk';
import { AANTAL, EIGEN, REGISTREER_TOESTEMMING, toestemming, VREEMD } from './registraties';

// what only a server's insides say: a stack, an exception's name, the database or its SQL ("Syntax Error:"
// is graphql-js's and graphql-armor's own message to the client about the document)
const INTERN = /(?<!Syntax )Error:|\n\s+at |QueryFailedError|typeorm|\bSELECT\b|\bINSERT\b|invalid byte sequence|invalid input syntax|out of range/;
const RUNS = { numRuns: 60 };

/** Any text, lone surrogates and NUL included. */
const tekst = fc.string({ unit: 'binary', maxLength: 60 });
const waarde = fc.oneof(tekst, fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.array(tekst, { maxLength: 3 }), fc.object({ maxDepth: 2 }));

/** What every answer must be, whatever was sent: no 5xx, nothing internal, nothing of a household the caller is not involved with. */
function nooitFout(antwoord: GraphQLAntwoord): void {
  expect(antwoord.status).toBeLessThan(500);
  const tekstVan = JSON.stringify(antwoord.body);
  expect(tekstVan).not.toMatch(INTERN);
  for (const id of [VREEMD.id, ...VREEMD.leden.map((l) => l.id)]) expect(JSON.stringify(antwoord.body.data ?? null)).not.toContain(id);
}

describe('willekeurige invoer (fast-check): nooit een 5xx, nooit iets interns, nooit andermans gegevens', () => {
  let netwerk: TestNetwerk;
  let token: string;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('willekeurig', AANTAL);
    token = await netwerk.token('rvt-eva');
  });
  afterAll(() => netwerk?.stop());

  test('willekeurige variabelen voor het netwerkdossier van een huishouden', async () => {
    const id = fc.oneof(waarde, fc.constantFrom(VREEMD.id, VREEMD.id.toUpperCase(), `${VREEMD.id} `, EIGEN.id));
    await fc.assert(
      fc.asyncProperty(id, waarde, async (i, limiet) => {
        nooitFout(await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { id leden { id geboortejaar } gezinsplan { vastgesteldOp } } }', { token, variables: { id: i } }));
        nooitFout(await netwerk.vraag('query ($l: Int) { huishoudens(limiet: $l) { id } }', { token, variables: { l: limiet } }));
      }),
      RUNS,
    );
  });

  test('willekeurige toestemmingen: geldig volgens de regels opgeslagen, of geweigerd en niets opgeslagen', async () => {
    const datum = fc.oneof(tekst, fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
    const invoer = fc.record({
      bewijs: fc.oneof(tekst, fc.constant('Formulier TF-test')),
      geldigVanaf: datum,
      geldigTot: fc.option(datum),
      categorieen: fc.array(fc.oneof(fc.constantFrom(...CATEGORIEEN), tekst), { maxLength: 3 }),
      doel: fc.oneof(fc.constant('gezamenlijk-plan'), tekst),
      persoon: fc.oneof(fc.constantFrom(EIGEN.leden[0].id, VREEMD.leden[0].id), tekst),
    });
    await fc.assert(
      fc.asyncProperty(invoer, async (wijzig) => {
        const voor = await netwerk.rijen();
        const antwoord = await netwerk.vraag(REGISTREER_TOESTEMMING, { token, variables: { i: toestemming({ ...wijzig, gegevenDoor: [wijzig.persoon] }) } });
        nooitFout(antwoord);
        const na = await netwerk.rijen();
        if (antwoord.body.errors) {
          expect(['BAD_USER_INPUT', 'FORBIDDEN']).toContain(antwoord.body.errors[0].extensions?.code);
          expect(na).toEqual(voor);
          return;
        }
        expect(wijzig.persoon).toBe(EIGEN.leden[0].id);
        expect(wijzig.geldigVanaf).toMatch(/^20\d\d-\d\d-\d\d$/);
        expect(wijzig.bewijs.trim().length).toBeGreaterThanOrEqual(5);
        expect(wijzig.categorieen.every((c) => ['melder', 'vertrouwelijk', 'werkaantekening'].includes(c) === false && (CATEGORIEEN as readonly string[]).includes(c))).toBe(true);
        expect(na).toEqual({ ...voor, toestemming: voor.toestemming + 1, toegangslog: voor.toegangslog + 1 });
      }),
      RUNS,
    );
  });

  test('willekeurige documenten uit de veldnamen van het schema', async () => {
    const schema = buildASTSchema(parse(leesSupergraph()), { assumeValidSDL: true });
    const namen = [...new Set(Object.values(schema.getTypeMap()).filter(isObjectType).flatMap((t) => Object.keys(t.getFields())))].filter((n) => !n.startsWith('_'));
    const { selectie } = fc.letrec<{ selectie: string; veld: string }>((zelf) => ({
      veld: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(...namen),
        fc.tuple(fc.constantFrom(...namen), zelf('selectie')).map(([n, s]) => `${n} ${s}`),
        fc.tuple(fc.constantFrom(...namen), fc.constantFrom(`"${EIGEN.id}"`, `"${VREEMD.id}"`, '5', 'null', '"x"'), zelf('selectie')).map(([n, a, s]) => `${n}(id: ${a}) ${s}`),
      ),
      selectie: fc.array(zelf('veld'), { minLength: 1, maxLength: 4 }).map((v) => `{ ${v.join(' ')} }`),
    }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('query', 'mutation', 'subscription', ''), selectie, async (soort, s) => {
        nooitFout(await netwerk.vraag(`${soort} ${s}`, { token }));
      }),
      RUNS,
    );
  });
});
