import { DemoHuishouden, demoHuishouden } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { bouwCorpus, lekken } from './scrubcorpus';

const AANTAL = 20;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const rvtLid = (h: DemoHuishouden) => h.betrokkenheden.find((b) => b.vorm === 'consultatie' && b.organisatie !== 'lokaal-team')?.professional;
const consultaties = wereld.filter((h) => rvtLid(h) && h.leden.some((p) => p.rol === 'kind'));
// anonymous consultaties whose names are written in several ways: plain, with a tussenvoegsel or "El", with an accent
const GEKOZEN = [...new Set([
  consultaties[0],
  consultaties.find((h) => h.leden.some((p) => p.achternaam.includes(' ')))!,
  consultaties.find((h) => h.leden.some((p) => p.voornaam !== p.voornaam.normalize('NFD').replace(/\p{M}/gu, '')))!,
])];

/** Ordinary sentences a scrub must leave readable, word for word. */
const ONSCHULDIG = [
  'Moeder is onderweg naar de supermarkt en komt daarna naar het schoolplein.',
  'Het gezin heeft sinds 2024 een schuld van 12.500 euro bij de woningcorporatie.',
  'Vader werkt twee of drie dagen per week; in maart volgt een evaluatie.',
  'De kinderen gaan elke dag naar de basisschool en spelen daarna op straat.',
  'Er is een afspraak met de wijkagent over de veiligheid thuis, over zes weken evalueren.',
  'Van de week ging het beter; de spanning tussen de ouders blijft een aandachtspunt.',
  'Het oudste kind zit in groep 7 en heeft 2 keer per week huiswerkbegeleiding.',
];

/** The lokaal team's own records of a consultatie reach the RVT only scrubbed, whatever way an identifier is written. */
describe('de scrub bij een consultatie: namen, datums, leeftijden, adressen, scholen en nummers in elke schrijfwijze', () => {
  let netwerk: TestNetwerk;
  let db: Client;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('scrubben-corpus', AANTAL);
    db = new Client({ connectionString: netwerk.databaseUrls['lokaal-team'] });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await netwerk?.stop();
  });

  /** Writes the sentences down as the lokaal team would (the afspraken of one MDO verslag) and reads them as the RVT member sees them. */
  async function gescrubd(h: DemoHuishouden, kop: string, zinnen: string[]): Promise<string[]> {
    const { rows: [dossier] } = await db.query<{ id: number }>('SELECT id FROM dossier WHERE huishouden_id = $1', [h.id]);
    // each sentence an afspraak of its own, in order, about the household as a whole
    await db.query(
      `WITH v AS (INSERT INTO mdo_verslag (dossier_id, datum, inbrenger, vraag) VALUES ($1, '2026-10-01', 'lt-bram', $2) RETURNING id)
       INSERT INTO mdo_afspraak (mdo_verslag_id, tekst, betreft) SELECT v.id, z.tekst, '{}' FROM v, unnest($3::text[]) WITH ORDINALITY AS z(tekst, n) ORDER BY z.n`,
      [dossier.id, kop, zinnen],
    );
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { mdoVerslagen { vraag afspraken { tekst } } } }', { token: await netwerk.token(rvtLid(h)!), doel: 'casusoverleg', variables: { id: h.id } });
    expect(antwoord.body.errors).toBeUndefined();
    return (antwoord.body.data as { huishouden: { mdoVerslagen: Array<{ vraag: string; afspraken: Array<{ tekst: string }> }> } }).huishouden.mdoVerslagen.find((v) => v.vraag === kop)!.afspraken.map((a) => a.tekst);
  }

  test.each(GEKOZEN.map((h) => [h.leden.map((p) => `${p.voornaam} ${p.achternaam}`).join(', '), h] as const))('een corpus van minstens 200 zinnen met de gegevens van %s uit de demowereld lekt er geen', async (_namen, h) => {
    const { rows } = await db.query<{ naam: string }>('SELECT naam FROM netwerklid WHERE dossier_id = (SELECT id FROM dossier WHERE huishouden_id = $1)', [h.id]);
    const corpus = bouwCorpus(h, rows.map((r) => r.naam));
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const uit = await gescrubd(h, 'Corpus', corpus.map((z) => z.tekst));
    expect(uit).toHaveLength(corpus.length);
    const gelekt = corpus.flatMap((zin, i) => {
      const lek = lekken(zin, uit[i]);
      return lek.length ? [{ zin: zin.tekst, gescrubd: uit[i], lekt: lek }] : [];
    });
    expect(gelekt).toEqual([]);
  });

  test('gewone zinnen blijven woord voor woord leesbaar', async () => {
    for (const h of GEKOZEN) expect(await gescrubd(h, 'Onschuldig', ONSCHULDIG)).toEqual(ONSCHULDIG);
  });
});
