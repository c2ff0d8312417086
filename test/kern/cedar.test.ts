import { Categorie, CATEGORIEEN, EISEN, SUBGRAPHS, VORMEN } from '@netwerkdossier/shared';

import { CedarBeslisser, naarCedar, NIET_BETROKKEN } from '../../gateway/src/beslissing/cedar';
import type { Celinvoer } from '../../gateway/src/beslissing/uitkomst';
import { BESTANDEN, beleidMet } from './beleid';

const beleid = beleidMet();
// made anew in every test, not once when the file loads: mutation testing (docs/mutatietests.md) runs a mutant
// only against the tests that ran its code, and the translation of the policy runs when a beslisser is made
let beslisser: CedarBeslisser;
beforeEach(() => {
  beslisser = new CedarBeslisser(beleid);
});
const DOEL = { consultatie: 'casusoverleg', duo: 'gezamenlijk-plan', onderzoek: 'veiligheidsonderzoek', maatregel: 'uitvoering-maatregel' } as const;

/** A cell for a professional of veilig-thuis about another partner's data; override what a test is about. */
const cel = (extra: Partial<Celinvoer> = {}): Celinvoer => ({
  categorie: 'gezondheid', partner: 'lokaal-team', organisatie: 'veilig-thuis', rol: 'professional', doel: 'gezamenlijk-plan', vorm: 'duo',
  huishoudenZonderKinderen: false, toestemming: false, grondslag: false, doorbraak: false, eigenHuishouden: false, eigenKind: false, anderBeschermd: false, niveau: 'persoon', ...extra,
});

/** deelmatrix.yaml with the row of each of these categories set to `eis` for every vorm (and who shares it, where the eis needs that). */
function matrixMet(categorieen: readonly Categorie[], eis: string): string {
  let tekst = BESTANDEN['deelmatrix.yaml'];
  for (const c of categorieen) tekst = tekst.replace(new RegExp(`^  ${c}: .*$`, 'm'), `  ${c}: { alle: ${eis} }`);
  if (eis === 'betrokkenheid') tekst = tekst.replace(/^gedeeld_door:\n/m, `gedeeld_door:\n${categorieen.map((c) => `  ${c}: [lokaal-team]\n`).join('')}`);
  return tekst;
}

describe('nooit_voor houdt onder elke geldige deelmatrix', () => {
  const nooitVoor = beleid.doorbraak.nooitVoor;
  test.each(EISEN.filter((e) => e !== 'nooit'))('een doorbraak opent melder, vertrouwelijk en werkaantekening niet, ook als hun cel "%s" is', (eis) => {
    const anders = beleidMet({ 'deelmatrix.yaml': matrixMet(nooitVoor, eis) });
    expect(anders.matrix.melder.duo).toBe(eis);
    // no doorbraak rule is made for these categories, and the forbid that closes them is there
    expect(Object.keys(naarCedar(anders)).filter((id) => nooitVoor.some((c) => id.startsWith(`doorbraak/${c}/`)))).toEqual([]);
    const b = new CedarBeslisser(anders);
    for (const categorie of nooitVoor) {
      for (const vorm of VORMEN) {
        for (const partner of SUBGRAPHS.filter((p) => p !== 'veilig-thuis')) {
          const besluit = b.beslis(cel({ categorie, vorm, doel: DOEL[vorm], partner, doorbraak: true, toestemming: true, grondslag: true }));
          expect({ categorie, vorm, partner, uitkomst: besluit.uitkomst }).toEqual({ categorie, vorm, partner, uitkomst: 'afgeschermd' });
          // where no other forbid decides first (bronnen/…), the reason is the category's own
          if (vorm !== 'consultatie') expect(besluit).toEqual({ uitkomst: 'afgeschermd', regel: `nooit/${categorie}`, reden: anders.redenen[categorie] });
        }
      }
    }
  });

  test('een categorie die de privacyfunctionaris aan nooit_voor toevoegt, gaat met een doorbraak niet meer open', () => {
    const doorbraakYaml = BESTANDEN['doorbraak.yaml'].replace('nooit_voor: [melder, vertrouwelijk, werkaantekening]', 'nooit_voor: [melder, vertrouwelijk, werkaantekening, gezondheid]');
    expect(doorbraakYaml).not.toBe(BESTANDEN['doorbraak.yaml']);
    const open = beslisser.beslis(cel({ vorm: 'onderzoek', doel: 'veiligheidsonderzoek', doorbraak: true }));
    expect(open).toMatchObject({ uitkomst: 'zichtbaar', regel: 'doorbraak/gezondheid/onderzoek' });
    const dicht = new CedarBeslisser(beleidMet({ 'doorbraak.yaml': doorbraakYaml })).beslis(cel({ vorm: 'onderzoek', doel: 'veiligheidsonderzoek', doorbraak: true }));
    expect(dicht.uitkomst).toBe('afgeschermd');
  });
});

describe('de doorbraak', () => {
  test('opent een cel met toestemming, grondslag of doorbraak, niet bij een consultatie, niet een geanonimiseerde of nooit-cel', () => {
    const anders = new CedarBeslisser(beleidMet({ 'deelmatrix.yaml': matrixMet(['justitieel'], 'doorbraak').replace(/^  bestaanszekerheid: .*$/m, '  bestaanszekerheid: { alle: geanonimiseerd }') }));
    expect(anders.beslis(cel({ categorie: 'justitieel', doorbraak: true }))).toMatchObject({ uitkomst: 'zichtbaar', regel: 'doorbraak/justitieel/duo', reden: 'Op grond van een doorbraak.' });
    expect(anders.beslis(cel({ categorie: 'justitieel' }))).toMatchObject({ uitkomst: 'afgeschermd', regel: 'matrix/justitieel/duo', reden: 'Alleen te zien met een doorbraak.' });
    expect(anders.beslis(cel({ categorie: 'bestaanszekerheid', doorbraak: true }))).toMatchObject({ uitkomst: 'geanonimiseerd', regel: 'matrix/bestaanszekerheid/duo' });
    expect(beslisser.beslis(cel({ doorbraak: true }))).toMatchObject({ uitkomst: 'zichtbaar', regel: 'doorbraak/gezondheid/duo' });
    expect(beslisser.beslis(cel({ categorie: 'identificatie', vorm: 'onderzoek', doel: 'veiligheidsonderzoek', doorbraak: true }))).toMatchObject({ uitkomst: 'zichtbaar', regel: 'doorbraak/identificatie/onderzoek' });
    expect(beslisser.beslis(cel({ categorie: 'veiligheid', vorm: 'consultatie', doel: 'casusoverleg', partner: 'lokaal-team', doorbraak: true }))).toMatchObject({ uitkomst: 'geanonimiseerd' });
    expect(beslisser.beslis(cel({ categorie: 'gezondheid', vorm: 'consultatie', doel: 'casusoverleg', partner: 'lokaal-team', doorbraak: true }))).toMatchObject({ uitkomst: 'afgeschermd', regel: 'matrix/gezondheid/consultatie' });
  });
});

describe('elke eis van de deelmatrix, met de reden die de professional leest', () => {
  test('toestemming: zonder afgeschermd met "Toestemming ontbreekt.", met zichtbaar', () => {
    expect(beslisser.beslis(cel())).toEqual({ uitkomst: 'afgeschermd', regel: 'matrix/gezondheid/duo', reden: 'Toestemming ontbreekt.' });
    expect(beslisser.beslis(cel({ toestemming: true }))).toEqual({ uitkomst: 'zichtbaar', regel: 'matrix/gezondheid/duo', reden: 'Op grond van toestemming.' });
  });

  test('toestemming-anders-geanonimiseerd: zonder geanonimiseerd, met zichtbaar', () => {
    const consultatie = cel({ categorie: 'veiligheid', vorm: 'consultatie', doel: 'casusoverleg', partner: 'lokaal-team' });
    expect(beslisser.beslis(consultatie)).toEqual({ uitkomst: 'geanonimiseerd', regel: 'matrix/veiligheid/consultatie/geanonimiseerd', reden: 'Bij een consultatie zonder toestemming alleen geanonimiseerd.' });
    expect(beslisser.beslis({ ...consultatie, toestemming: true })).toEqual({ uitkomst: 'zichtbaar', regel: 'matrix/veiligheid/consultatie', reden: 'Op grond van toestemming.' });
  });

  test('grondslag: zonder afgeschermd met wat er nodig is, met zichtbaar', () => {
    const onderzoek = cel({ categorie: 'identificatie', vorm: 'onderzoek', doel: 'veiligheidsonderzoek' });
    expect(beslisser.beslis(onderzoek)).toEqual({ uitkomst: 'afgeschermd', regel: 'matrix/identificatie/onderzoek', reden: 'Bij een onderzoek is een wettelijke grondslag van uw organisatie nodig.' });
    expect(beslisser.beslis({ ...onderzoek, grondslag: true })).toEqual({ uitkomst: 'zichtbaar', regel: 'matrix/identificatie/onderzoek', reden: 'Op een wettelijke grondslag.' });
  });

  test('betrokkenheid: alleen de partner die het op grond van de wet deelt; de anderen afgeschermd met wie wel deelt', () => {
    const kader = cel({ categorie: 'maatregelkader' });
    expect(beslisser.beslis({ ...kader, partner: 'gi' })).toEqual({ uitkomst: 'zichtbaar', regel: 'matrix/maatregelkader/duo', reden: beleid.redenen.maatregelkader });
    expect(beslisser.beslis({ ...kader, partner: 'raad' })).toEqual({ uitkomst: 'afgeschermd', regel: 'matrix/maatregelkader/duo', reden: 'Zonder toestemming deelt alleen gi maatregelkader, op grond van de wet.' });
  });

  test('altijd, geanonimiseerd en nooit', () => {
    expect(beslisser.beslis(cel({ categorie: 'pseudoniem' }))).toEqual({ uitkomst: 'zichtbaar', regel: 'matrix/pseudoniem/duo', reden: 'pseudoniem is een pseudoniem zonder betekenis.' });
    const anoniem = new CedarBeslisser(beleidMet({ 'deelmatrix.yaml': matrixMet(['bestaanszekerheid'], 'geanonimiseerd') }));
    expect(anoniem.beslis(cel({ categorie: 'bestaanszekerheid', toestemming: true }))).toEqual({ uitkomst: 'geanonimiseerd', regel: 'matrix/bestaanszekerheid/duo', reden: 'Bij een duo alleen geanonimiseerd.' });
    expect(beslisser.beslis(cel({ categorie: 'justitieel', vorm: 'consultatie', doel: 'casusoverleg', toestemming: true }))).toEqual({ uitkomst: 'afgeschermd', regel: 'matrix/justitieel/consultatie', reden: beleid.redenen.justitieel });
    const zonderReden = new CedarBeslisser(beleidMet({ 'deelmatrix.yaml': matrixMet(['bestaanszekerheid'], 'nooit') }));
    expect(zonderReden.beslis(cel({ categorie: 'bestaanszekerheid', toestemming: true }))).toEqual({ uitkomst: 'afgeschermd', regel: 'matrix/bestaanszekerheid/duo', reden: 'Bij een duo wordt bestaanszekerheid nooit gedeeld.' });
  });

  test('zonder betrokkenheid: niets, met het antwoord dat niet zegt of het huishouden bestaat', () => {
    for (const categorie of CATEGORIEEN) expect(beslisser.beslis(cel({ categorie, vorm: 'geen', toestemming: true, grondslag: true })).uitkomst).toBe('afgeschermd');
    expect(beslisser.beslis(cel({ categorie: 'identificatie', vorm: 'geen' }))).toEqual({ uitkomst: 'afgeschermd', regel: 'betrokkenheid', reden: NIET_BETROKKEN });
  });

  test('bronnen: bij een consultatie alleen van het lokaal team en het register', () => {
    const consultatie = cel({ categorie: 'veiligheid', vorm: 'consultatie', doel: 'casusoverleg', toestemming: true });
    expect(beslisser.beslis({ ...consultatie, partner: 'raad' })).toEqual({ uitkomst: 'afgeschermd', regel: 'bronnen/consultatie', reden: beleid.bronnen.consultatie!.reden });
    expect(beslisser.beslis({ ...consultatie, partner: 'lokaal-team' }).uitkomst).toBe('zichtbaar');
    expect(beslisser.beslis({ ...consultatie, categorie: 'pseudoniem', partner: 'netwerk' }).uitkomst).toBe('zichtbaar');
  });

  test('de uitzondering: gi krijgt niets over een huishouden zonder kinderen, ook het pseudoniem niet', () => {
    const gi = cel({ organisatie: 'gi', vorm: 'maatregel', doel: 'uitvoering-maatregel', categorie: 'identificatie', grondslag: true });
    expect(beslisser.beslis(gi).uitkomst).toBe('zichtbaar');
    expect(beslisser.beslis({ ...gi, huishoudenZonderKinderen: true })).toEqual({ uitkomst: 'afgeschermd', regel: 'uitzondering/1', reden: beleid.uitzonderingen[0].reden });
    expect(beslisser.beslis({ ...gi, categorie: 'pseudoniem', partner: 'netwerk', huishoudenZonderKinderen: true }).uitkomst).toBe('afgeschermd');
    // only for gi, and only for what others share
    expect(beslisser.beslis({ ...gi, organisatie: 'raad', huishoudenZonderKinderen: true }).uitkomst).toBe('zichtbaar');
    expect(beslisser.beslis({ ...gi, partner: 'gi', huishoudenZonderKinderen: true }).uitkomst).toBe('zichtbaar');
  });
});

describe('het eigen dossier (eigen-organisatie.yaml) en de rollen', () => {
  const eigen = cel({ partner: 'veilig-thuis' });
  test('altijd, grondslag en nooit, per doel en vorm', () => {
    expect(beslisser.beslis(eigen)).toEqual({ uitkomst: 'zichtbaar', regel: 'eigen/gezondheid/gezamenlijk-plan/duo', reden: 'Eigen dossier van uw organisatie.' });
    const onderzoek = { ...eigen, vorm: 'onderzoek' as const, doel: 'veiligheidsonderzoek' };
    expect(beslisser.beslis(onderzoek)).toEqual({ uitkomst: 'afgeschermd', regel: 'eigen/gezondheid/veiligheidsonderzoek/onderzoek', reden: 'In het eigen dossier is hiervoor bij een onderzoek een wettelijke grondslag van uzelf nodig.' });
    expect(beslisser.beslis({ ...onderzoek, grondslag: true })).toEqual({ uitkomst: 'zichtbaar', regel: 'eigen/gezondheid/veiligheidsonderzoek/onderzoek', reden: 'Eigen dossier van uw organisatie. Op uw wettelijke grondslag.' });
    expect(beslisser.beslis({ ...eigen, categorie: 'justitieel' })).toEqual({ uitkomst: 'afgeschermd', regel: 'eigen/justitieel/gezamenlijk-plan/duo', reden: beleid.eigen.redenen.justitieel });
    expect(beslisser.beslis({ ...eigen, categorie: 'pseudoniem', vorm: 'consultatie', doel: 'casusoverleg' })).toEqual({ uitkomst: 'afgeschermd', regel: 'eigen/pseudoniem/casusoverleg/consultatie', reden: 'Voor dit doel (een casus (anoniem) bespreken in het RVT of een MDO) ziet u pseudoniem uit het eigen dossier niet.' });
    // the deelmatrix does not decide the own dossier, nor eigen-organisatie.yaml another's
    expect(beslisser.beslis({ ...eigen, categorie: 'melder', vorm: 'onderzoek', doel: 'veiligheidsonderzoek', grondslag: true }).uitkomst).toBe('zichtbaar');
  });

  test('de privacyfunctionaris ziet geen inhoud; een gezinslid alleen in het eigen huishouden', () => {
    expect(beslisser.beslis(cel({ rol: 'privacyfunctionaris', toestemming: true }))).toMatchObject({ uitkomst: 'afgeschermd', regel: 'rol/privacyfunctionaris' });
    expect(beslisser.beslis(cel({ rol: 'client', organisatie: null, categorie: 'pseudoniem', partner: 'netwerk' }))).toMatchObject({ uitkomst: 'afgeschermd', regel: 'rol/client' });
    expect(beslisser.beslis(cel({ rol: 'client', organisatie: null, eigenHuishouden: true, categorie: 'pseudoniem', partner: 'netwerk' }))).toMatchObject({ uitkomst: 'zichtbaar', regel: 'gezin/pseudoniem' });
  });
});

describe('het geheugen van de beslisser', () => {
  test('elk feit telt mee: dezelfde cel met één ander feit wordt opnieuw beslist', () => {
    const b = new CedarBeslisser(beleid);
    const basis = cel({ categorie: 'identificatie', vorm: 'onderzoek', doel: 'veiligheidsonderzoek' });
    const paren: Array<[Partial<Celinvoer>, Partial<Celinvoer>]> = [
      [{}, { grondslag: true }],
      [{}, { doorbraak: true }],
      [{ categorie: 'gezondheid' }, { categorie: 'gezondheid', toestemming: true }],
      [{ grondslag: true, organisatie: 'gi', vorm: 'maatregel', doel: 'uitvoering-maatregel' }, { grondslag: true, organisatie: 'gi', vorm: 'maatregel', doel: 'uitvoering-maatregel', huishoudenZonderKinderen: true }],
      [{ grondslag: true }, { grondslag: true, rol: 'privacyfunctionaris' }],
      [{ categorie: 'pseudoniem', vorm: 'consultatie', doel: 'casusoverleg' }, { categorie: 'pseudoniem', vorm: 'consultatie', doel: 'casusoverleg', organisatie: 'lokaal-team' }],
      [{ grondslag: true }, { grondslag: true, vorm: 'geen' }],
      [{ grondslag: true }, { grondslag: true, categorie: 'melder' }],
      [{ partner: 'veilig-thuis', vorm: 'duo', doel: 'gezamenlijk-plan' }, { partner: 'veilig-thuis', vorm: 'duo', doel: 'casusoverleg' }],
      [{ rol: 'client', organisatie: null, categorie: 'hulpverlening', eigenHuishouden: true, niveau: 'persoon' }, { rol: 'client', organisatie: null, categorie: 'hulpverlening', eigenHuishouden: true, niveau: 'huishouden' }],
      [{ rol: 'client', organisatie: null, categorie: 'pseudoniem', partner: 'netwerk' }, { rol: 'client', organisatie: null, categorie: 'pseudoniem', partner: 'netwerk', eigenHuishouden: true }],
    ];
    for (const [a, z] of paren) {
      const eerst = b.beslis({ ...basis, ...a });
      const dan = b.beslis({ ...basis, ...z });
      expect({ a, z, eerst: eerst.uitkomst, gelijk: eerst.uitkomst === dan.uitkomst }).toEqual({ a, z, eerst: eerst.uitkomst, gelijk: false });
      // and the other order, on a fresh memory
      const c = new CedarBeslisser(beleid);
      expect(c.beslis({ ...basis, ...z })).toEqual(dan);
    }
  });

  test('twee beleidsversies naast elkaar: elk beslist met de eigen regels, ook nadat de andere gemaakt is', () => {
    const doorbraakYaml = BESTANDEN['doorbraak.yaml'].replace('nooit_voor: [melder, vertrouwelijk, werkaantekening]', 'nooit_voor: [melder, vertrouwelijk, werkaantekening, gezondheid]');
    const strenger = new CedarBeslisser(beleidMet({ 'doorbraak.yaml': doorbraakYaml }));
    expect(strenger.versie).not.toBe(beslisser.versie);
    // asked of each only after both exist (each remembers its own answers)
    const invoer = cel({ vorm: 'onderzoek', doel: 'veiligheidsonderzoek', doorbraak: true });
    expect(beslisser.beslis(invoer).uitkomst).toBe('zichtbaar');
    expect(strenger.beslis(invoer).uitkomst).toBe('afgeschermd');
  });

  test('dezelfde feiten worden één keer beslist: de tweede vraag komt uit het geheugen', () => {
    const { partner: _p, ...feiten } = cel({ categorie: 'identificatie', vorm: 'onderzoek', doel: 'veiligheidsonderzoek' });
    const eerst = beslisser.beslisVoorPartners(feiten);
    expect(beslisser.beslisVoorPartners({ ...feiten })).toBe(eerst);
  });

  test('de versie is die van het beleid; een beleid dat Cedar weigert, wordt geweigerd', () => {
    expect(beslisser.versie).toBe(beleid.versie);
    const kapot = beleidMet();
    kapot.uitzonderingen = [{ organisatie: 'gi"', wanneer: 'huishouden-zonder-kinderen', eis: 'nooit', reden: 'kapot' }];
    expect(() => new CedarBeslisser(kapot)).toThrow(/^Cedar weigert het vertaalde beleid: /);
  });

  test('voor alle partners tegelijk, in de volgorde van SUBGRAPHS', () => {
    const { partner: _p, ...zonder } = cel({ categorie: 'maatregelkader' });
    const alle = beslisser.beslisVoorPartners(zonder);
    expect(alle.map((c) => c.uitkomst)).toEqual(SUBGRAPHS.map((p) => (p === 'gi' || p === 'veilig-thuis' ? 'zichtbaar' : 'afgeschermd')));
  });
});

describe('wat de professional leest', () => {
  test('de privacyfunctionaris en een gezinslid buiten het eigen huishouden lezen waarom en waar het wel kan', () => {
    expect(beslisser.beslis(cel({ rol: 'privacyfunctionaris', toestemming: true }))).toEqual({ uitkomst: 'afgeschermd', regel: 'rol/privacyfunctionaris', reden: 'De privacyfunctionaris ziet geen dossierinhoud; gebruik de uitleg.' });
    expect(beslisser.beslis(cel({ rol: 'client', organisatie: null, categorie: 'pseudoniem', partner: 'netwerk' }))).toEqual({ uitkomst: 'afgeschermd', regel: 'rol/client', reden: 'Gezinsleden zien hun gegevens via inzage, niet via het netwerkdossier.' });
  });

  test('een categorie in nooit_voor zonder eigen reden in de deelmatrix: de algemene reden', () => {
    const b = new CedarBeslisser(beleidMet({ 'doorbraak.yaml': BESTANDEN['doorbraak.yaml'].replace('nooit_voor: [melder, vertrouwelijk, werkaantekening]', 'nooit_voor: [melder, vertrouwelijk, werkaantekening, identificatie]') }));
    expect(beleid.redenen.identificatie).toBeUndefined();
    expect(b.beslis(cel({ categorie: 'identificatie', toestemming: true, doorbraak: true }))).toEqual({ uitkomst: 'afgeschermd', regel: 'nooit/identificatie', reden: 'identificatie wordt nooit gedeeld.' });
  });

  test('het doel in een reden is zijn omschrijving zonder de slotpunt, ook als die zelf een punt heeft', () => {
    const doelen = BESTANDEN['doelen.yaml'].replace('omschrijving: Een casus (anoniem) bespreken in het RVT of een MDO.', 'omschrijving: Een casus bespreken, bijv. in het RVT.');
    expect(doelen).not.toBe(BESTANDEN['doelen.yaml']);
    const b = new CedarBeslisser(beleidMet({ 'doelen.yaml': doelen }));
    expect(b.beslis(cel({ partner: 'veilig-thuis', categorie: 'pseudoniem', vorm: 'consultatie', doel: 'casusoverleg' })).reden).toBe('Voor dit doel (een casus bespreken, bijv. in het RVT) ziet u pseudoniem uit het eigen dossier niet.');
  });
});

describe('een verbod geldt voor elke actie', () => {
  // CedarBeslisser asks for the anonymised view only when no forbid decided: a forbid for inzien alone would let it through
  test('elke forbid van het vertaalde beleid noemt geen actie, van elke soort regel', () => {
    const verboden = Object.entries({ ...naarCedar(beleid), ...naarCedar(beleidMet({ 'deelmatrix.yaml': matrixMet(['bestaanszekerheid'], 'nooit') })) })
      .filter(([, r]) => /^\s*forbid\b/.test(r.tekst));
    expect(new Set(verboden.map(([id]) => id.split('/')[0]))).toEqual(new Set(['rol', 'gezin', 'eigen', 'uitzondering', 'bronnen', 'matrix', 'nooit']));
    for (const [id, r] of verboden) expect([id, r.tekst.startsWith('forbid(principal, action, resource)')]).toEqual([id, true]);
  });
});

describe('bij een consultatie opent een doorbraak niets', () => {
  test('ook niet wat met toestemming open zou gaan', () => {
    const consultatie = cel({ categorie: 'identificatie', vorm: 'consultatie', doel: 'casusoverleg', partner: 'lokaal-team' });
    expect(beleid.matrix.identificatie.consultatie).toBe('toestemming');
    expect(beslisser.beslis({ ...consultatie, toestemming: true }).uitkomst).toBe('zichtbaar');
    expect(beslisser.beslis({ ...consultatie, doorbraak: true })).toEqual({ uitkomst: 'afgeschermd', regel: 'matrix/identificatie/consultatie', reden: 'Toestemming ontbreekt.' });
  });
});

describe('fail closed: wat Cedar niet kan beoordelen, opent niets', () => {
  test('een verbod dat niet te evalueren is, laat wat een andere regel toestaat niet door', () => {
    // the gi's exception for a household without children reads huishoudenZonderKinderen: without it, that forbid cannot be decided
    const gi = cel({ organisatie: 'gi', vorm: 'maatregel', doel: 'uitvoering-maatregel', categorie: 'pseudoniem', partner: 'netwerk' });
    expect(beslisser.beslis(gi).uitkomst).toBe('zichtbaar');
    const { huishoudenZonderKinderen: _h, ...zonder } = gi;
    expect(beslisser.beslis(zonder as Celinvoer)).toEqual({ uitkomst: 'afgeschermd', regel: 'matrix/pseudoniem/maatregel', reden: 'Bij een maatregel wordt pseudoniem niet gedeeld.' });
  });

  test('een feit dat Cedar niet kan lezen, wordt een afgeschermde cel, geen fout', () => {
    const b = new CedarBeslisser(beleid);
    const kapot = cel({ categorie: 'pseudoniem', partner: 'netwerk', niveau: null as never });
    expect(b.beslis(kapot)).toMatchObject({ uitkomst: 'afgeschermd' });
  });
});

describe('wie iets op grond van de wet deelt, en wat Cedar weigert', () => {
  test('delen meer organisaties een categorie op grond van de wet, dan noemt de reden ze allemaal', () => {
    const b = new CedarBeslisser(beleidMet({ 'deelmatrix.yaml': BESTANDEN['deelmatrix.yaml'].replace('  maatregelkader: [gi]', '  maatregelkader: [gi, raad]') }));
    expect(b.beslis(cel({ categorie: 'maatregelkader', partner: 'raad' })).uitkomst).toBe('zichtbaar');
    expect(b.beslis(cel({ categorie: 'maatregelkader', partner: 'lokaal-team' })).reden).toBe('Zonder toestemming deelt alleen gi, raad maatregelkader, op grond van de wet.');
  });

  test('een beleid dat Cedar weigert, noemt elke regel die Cedar niet kon lezen', () => {
    const kapot = beleidMet();
    kapot.uitzonderingen = ['gi"', 'raad"'].map((organisatie) => ({ organisatie, wanneer: 'huishouden-zonder-kinderen' as const, eis: 'nooit' as const, reden: 'kapot' }));
    const melding = (() => { try { new CedarBeslisser(kapot); } catch (e) { return (e as Error).message; } return ''; })();
    const VOORAF = 'Cedar weigert het vertaalde beleid: ';
    expect(melding.startsWith(VOORAF)).toBe(true);
    // one message per rule, in Cedar's order
    expect(melding.slice(VOORAF.length).split('; ').sort()).toEqual([expect.stringContaining('`uitzondering/1`'), expect.stringContaining('`uitzondering/2`')]);
  });
});
