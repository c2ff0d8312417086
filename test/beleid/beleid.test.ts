import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { BeleidBron, BeleidOngeldig, laadBeleid, VORMEN } from '@netwerkdossier/shared';

const POLICIES = path.resolve(__dirname, '../../policies');

/** A private copy of policies/ with some files rewritten. */
function kopie(wijzig: Record<string, (tekst: string) => string> = {}): string {
  const map = mkdtempSync(path.join(os.tmpdir(), 'beleid-'));
  cpSync(POLICIES, map, { recursive: true });
  for (const [bestand, f] of Object.entries(wijzig)) writeFileSync(path.join(map, bestand), f(readFileSync(path.join(map, bestand), 'utf8')));
  return map;
}

async function fouten(map: string) {
  return laadBeleid(map).then(
    () => [],
    (e: unknown) => (e as BeleidOngeldig).fouten,
  );
}

describe('beleid uit policies/', () => {
  test('het ingecheckte beleid laadt, met een versie over alle bestanden', async () => {
    const beleid = await laadBeleid(POLICIES);
    expect(beleid.versie).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(VORMEN.map((v) => beleid.matrix.melder[v])).toEqual(['nooit', 'nooit', 'nooit', 'nooit']);
    expect(beleid.leeftijden).toEqual([
      { vanaf: 0, tot: 12, door: ['gezaghebbenden'] },
      { vanaf: 12, tot: 16, door: ['persoon', 'gezaghebbenden'] },
      { vanaf: 16, door: ['persoon'] },
    ]);
    expect(beleid.doorbraak).toEqual({ maximaleDuurUren: 72, minimaleLengteReden: 40, nooitVoor: ['melder', 'vertrouwelijk', 'werkaantekening'] });
    const anders = await laadBeleid(kopie({ 'doorbraak.yaml': (t) => t.replace('maximale_duur_uren: 72', 'maximale_duur_uren: 48') }));
    expect(anders.versie).not.toBe(beleid.versie);
  });

  test('fouten noemen bestand, regel en wat er mis is', async () => {
    const map = kopie({
      'deelmatrix.yaml': (t) => t.replace('duo: toestemming,   onderzoek: grondslag,   maatregel: grondslag }\n  veiligheid', 'duo: toestemmng,   onderzoek: grondslag,   maatregel: grondslag }\n  veiligheid').replace('  werkaantekening:   { alle: nooit }', '  werkaantekeningen: { alle: nooit }'),
      'leeftijden.yaml': (t) => t.replace('  - vanaf: 12', '  - vanaf: 13'),
      'doorbraak.yaml': (t) => t.replace('nooit_voor: [melder, vertrouwelijk, werkaantekening]', 'nooit_voor: [vertrouwelijk]'),
      'doelen.yaml': (t) => t.replace('    rollen: [privacyfunctionaris]', '    rollen: [privacy-officer]'),
    });
    const opRegel = (a: { bestand: string; regel: number }, b: { bestand: string; regel: number }) => a.bestand.localeCompare(b.bestand) || a.regel - b.regel;
    expect((await fouten(map)).sort(opRegel)).toEqual([
      { bestand: 'deelmatrix.yaml', regel: 29, melding: '"werkaantekening" ontbreekt' },
      { bestand: 'deelmatrix.yaml', regel: 31, melding: '"toestemmng" is geen eis; kies uit altijd, betrokkenheid, toestemming, toestemming-anders-geanonimiseerd, grondslag, doorbraak, geanonimiseerd, nooit' },
      { bestand: 'deelmatrix.yaml', regel: 42, melding: 'onbekende naam "werkaantekeningen"; kies uit pseudoniem, identificatie, gezinssituatie, veiligheid, hulpverlening, gezondheid, justitieel, bestaanszekerheid, grondslag, melder, vertrouwelijk, werkaantekening, maatregelkader' },
      { bestand: 'doelen.yaml', regel: 29, melding: '"privacy-officer" is geen rol; kies uit professional, gedragswetenschapper, teamleider, privacyfunctionaris, client' },
      { bestand: 'doorbraak.yaml', regel: 9, melding: '"nooit_voor" moet "melder" bevatten: wie een melding deed, blijft ook bij een doorbraak afgeschermd' },
      { bestand: 'leeftijden.yaml', regel: 10, melding: 'deze leeftijdsgroep begint bij 13 jaar, maar de vorige loopt tot 12 jaar: voor 12 tot 13 jaar staat nergens wie toestemming geeft' },
    ]);
  });

  test('eigen dossier: elk doel met elke vorm uit doelen.yaml heeft een regel, en geen verzonnen kolom', async () => {
    const beleid = await laadBeleid(POLICIES);
    expect(beleid.eigen.matrix.melder).toEqual({ 'casusoverleg/consultatie': 'nooit', 'gezamenlijk-plan/duo': 'nooit', 'veiligheidsonderzoek/onderzoek': 'grondslag', 'uitvoering-maatregel/maatregel': 'nooit' });
    const tikfout = kopie({ 'eigen-organisatie.yaml': (t) => t.replace('werkaantekening:   { casusoverleg/consultatie: nooit, gezamenlijk-plan/duo: nooit,', 'werkaantekening:   { casusoverleg/consultatie: nooit, gezamenlijk-plan/duo: inzien,') });
    expect(await fouten(tikfout)).toEqual([
      { bestand: 'eigen-organisatie.yaml', regel: 35, melding: '"inzien" is geen eis voor het eigen dossier; kies uit altijd, grondslag, nooit' },
    ]);
    const map = kopie({
      'eigen-organisatie.yaml': (t) => t
        .replace('melder:            { casusoverleg/consultatie: nooit, gezamenlijk-plan/duo: nooit,', 'melder:            { casusoverleg/consultatie: nooit, gezamenlijk-plan/duo: altijd, gezamenlijk-plan/onderzoek: altijd,')
        .replace('vertrouwelijk:     { casusoverleg/consultatie: nooit,', 'vertrouwelijk:     { alle: nooit, casusoverleg/consultatie: nooit,')
        .replace('werkaantekening:   { casusoverleg/consultatie: nooit,', 'werkaantekening:   { huisbezoek/duo: nooit, casusoverleg/consultatie: nooit,'),
      'doelen.yaml': (t) => t.replace('    vormen: [onderzoek]', '    vormen: [onderzoek, maatregel]'),
    });
    const kolommen = 'kolommen zijn casusoverleg/consultatie, gezamenlijk-plan/duo, veiligheidsonderzoek/onderzoek, veiligheidsonderzoek/maatregel, uitvoering-maatregel/maatregel';
    const ontbreekt = (c: string) => ({ bestand: 'eigen-organisatie.yaml', regel: expect.any(Number), melding: `"veiligheidsonderzoek/maatregel" ontbreekt bij ${c}: zeg voor elk doel en elke vorm wat uit het eigen dossier te zien is` });
    const gevonden = await fouten(map);
    expect(gevonden.filter((f) => !f.melding.startsWith('"veiligheidsonderzoek/maatregel" ontbreekt'))).toEqual([
      { bestand: 'eigen-organisatie.yaml', regel: 33, melding: `onbekende kolom "gezamenlijk-plan/onderzoek": bij het doel gezamenlijk-plan staat in doelen.yaml alleen de vorm duo, niet onderzoek; ${kolommen}` },
      { bestand: 'eigen-organisatie.yaml', regel: 34, melding: '"alle" geldt al voor elke kolom; laat bij vertrouwelijk de andere kolommen weg, of noem ze allemaal zonder "alle"' },
      { bestand: 'eigen-organisatie.yaml', regel: 35, melding: `onbekende kolom "huisbezoek/duo": "huisbezoek" is geen doel uit doelen.yaml; ${kolommen}` },
    ]);
    // every row but vertrouwelijk (which says `alle`) lacks the new column, each on its own line
    expect(gevonden).toContainEqual({ ...ontbreekt('melder'), regel: 33 });
    expect(gevonden.filter((f) => f.melding.startsWith('"veiligheidsonderzoek/maatregel" ontbreekt'))).toHaveLength(12);
  });

  test('een cel die zonder toestemming opengaat (betrokkenheid), noemt de wet waarop de organisatie deelt', async () => {
    const map = kopie({ 'deelmatrix.yaml': (t) => t.replace(/  maatregelkader: >-\n(    .*\n)+/, '') });
    expect(await fouten(map)).toEqual([
      { bestand: 'deelmatrix.yaml', regel: 39, melding: 'maatregelkader gaat met de eis betrokkenheid open zonder toestemming: zet onder redenen bij maatregelkader op grond van welke wet de organisatie dit deelt' },
    ]);
  });

  test('een cel die zonder toestemming opengaat (betrokkenheid), noemt wie haar deelt; en wie deelt, hoort bij zo\'n cel', async () => {
    const zonder = kopie({ 'deelmatrix.yaml': (t) => t.replace('gedeeld_door:\n  maatregelkader: [gi]\n', '') });
    expect(await fouten(zonder)).toEqual([
      { bestand: 'deelmatrix.yaml', regel: 39, melding: 'maatregelkader gaat met de eis betrokkenheid open zonder toestemming: zet onder gedeeld_door bij maatregelkader welke organisatie dit op grond van de wet deelt' },
    ]);
    const teveel = kopie({ 'deelmatrix.yaml': (t) => t.replace('  maatregelkader: [gi]\n', '  maatregelkader: [gi]\n  justitieel: [raad]\n') });
    expect(await fouten(teveel)).toEqual([
      { bestand: 'deelmatrix.yaml', regel: 49, melding: 'justitieel staat onder gedeeld_door, maar geen vorm deelt justitieel met de eis betrokkenheid' },
    ]);
  });

  test('bewaartermijnen: in maanden, en de grondslag van raadplegingen niet korter dan de raadplegingen zelf', async () => {
    expect((await laadBeleid(POLICIES)).bewaartermijnen).toEqual({ toegangslog: { inzien: 60, uitleg: 24, toezicht: 60, inzage: 24, weigering: 60, overtreding: 120, registratie: 240, beleid: 240 }, verstrekkingenlog: 60 });
    const map = kopie({ 'bewaartermijnen.yaml': (t) => t.replace('registratie: 240', 'registratie: 12').replace('uitleg: 24', 'uitleg: 0').replace('inzage: 24', 'inzage: 24\n    bewaartermijn: 12') });
    expect(await fouten(map)).toEqual([
      { bestand: 'bewaartermijnen.yaml', regel: 27, melding: 'onbekende naam "bewaartermijn"; kies uit inzien, uitleg, toezicht, inzage, weigering, overtreding, registratie, beleid' },
      { bestand: 'bewaartermijnen.yaml', regel: 24, melding: '"uitleg" moet minstens 1 zijn' },
    ]);
    const kort = kopie({ 'bewaartermijnen.yaml': (t) => t.replace('registratie: 240', 'registratie: 12') });
    expect(await fouten(kort)).toEqual([
      { bestand: 'bewaartermijnen.yaml', regel: 29, melding: 'registratie (12 maanden) is de grondslag van raadplegingen en moet minstens zo lang bewaard worden als inzien (60 maanden)' },
    ]);
  });

  test('kapotte YAML, een ontbrekend en een onbekend bestand', async () => {
    const map = kopie({ 'uitzonderingen.yaml': (t) => t.replace('    eis: nooit', '    eis: nooit\n   kapot: [') });
    writeFileSync(path.join(map, 'extra.yaml'), 'a: 1\n');
    rmSync(path.join(map, 'doelen.yaml'));
    const gevonden = await fouten(map);
    expect(gevonden.map((f) => [f.bestand, f.melding.split(':')[0]])).toEqual([
      ['extra.yaml', 'onbekend beleidsbestand; verwacht'],
      ['doelen.yaml', 'bestand ontbreekt'],
      ['uitzonderingen.yaml', 'geen geldige YAML'],
      ['uitzonderingen.yaml', 'geen geldige YAML'],
    ]);
    expect(gevonden[2]).toEqual({ bestand: 'uitzonderingen.yaml', regel: 9, melding: 'geen geldige YAML: een regel van een lijst moet met "- " beginnen' });
  });

  test('zonder rooster geen beleid; een goedgekeurde versie geldt op haar moment; een kapotte vervangt het werkende beleid niet', async () => {
    const eerste = await laadBeleid(POLICIES);
    const tweede = await laadBeleid(kopie({ 'doorbraak.yaml': (t) => t.replace('maximale_duur_uren: 72', 'maximale_duur_uren: 24') }));
    const regel = (volgnummer: number, vanaf: number, bestanden: Record<string, string>) => ({ volgnummer, versie: `v${volgnummer}`, vanaf: new Date(vanaf).toISOString(), volgorde: volgnummer, bestanden, basis: null, bewijs: null, besluiten: [] });
    const meldingen: unknown[] = [];
    const nu = Date.now();
    const bron = BeleidBron.wachtend((m) => meldingen.push(m));
    try {
      // no schedule from netwerk yet: no policy, so nothing is decided
      expect(() => bron.huidig).toThrow('Er is nog geen beleid van netwerk ontvangen; er wordt niets beslist');
      bron.zetRooster([regel(1, nu - 1000, eerste.bestanden), regel(2, nu + 300, tweede.bestanden)]);
      await bron.gereed;
      expect([bron.volgnummer, bron.huidig.doorbraak.maximaleDuurUren]).toEqual([1, 72]);
      await new Promise((r) => setTimeout(r, 500));
      expect([bron.volgnummer, bron.huidig.doorbraak.maximaleDuurUren]).toEqual([2, 24]);
      expect(meldingen).toEqual([{ versie: eerste.versie, volgnummer: 1 }, { versie: tweede.versie, volgnummer: 2 }]);

      bron.zetRooster([regel(2, nu - 1000, tweede.bestanden), regel(3, nu - 10, { ...tweede.bestanden, 'deelmatrix.yaml': 'matrix: [kapot\n' })]);
      expect([bron.volgnummer, bron.huidig.versie]).toEqual([2, tweede.versie]);
      expect(meldingen.at(-1)).toEqual({ fout: expect.objectContaining({ fouten: [expect.objectContaining({ bestand: 'deelmatrix.yaml', regel: 2 })] }) });
    } finally {
      bron.stop();
    }
  });
});
