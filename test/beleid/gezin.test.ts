import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { beslisHuishouden, CedarBeslisser } from '@netwerkdossier/gateway';
import { BeleidOngeldig, laadBeleid, PARTNER_NAMEN, STANDAARD_POLICIES } from '@netwerkdossier/shared';

/** A private copy of policies/ with this gezin.yaml. */
function metGezin(tekst: string): string {
  const map = mkdtempSync(path.join(os.tmpdir(), 'beleid-gezin-'));
  cpSync(STANDAARD_POLICIES, map, { recursive: true });
  writeFileSync(path.join(map, 'gezin.yaml'), tekst);
  return map;
}

const fouten = (map: string) => laadBeleid(map).then(() => [], (e: unknown) => (e as BeleidOngeldig).fouten);

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CONTEXT = {
  huishoudenId: ID(99),
  personen: [{ id: ID(1), geboortejaar: 1985, rol: 'ouder', gezaghebbenden: [], beschermd: false }, { id: ID(2), geboortejaar: 2018, rol: 'kind', gezaghebbenden: [ID(1)], beschermd: false }],
  betrokkenheden: [], toestemmingen: [], doorbraken: [],
};

/** policies/gezin.yaml: what a household member sees of the dossiers about their own household. */
describe('gezin.yaml', () => {
  test('fouten noemen bestand en regel: een categorie die nooit opengaat, een onbekende organisatie, een organisatie waarvan het onderzoek eerst gemeld moet worden', async () => {
    expect(await fouten(metGezin('gezin:\n  zichtbaar:\n    lokaal-team: [hulpverlening, werkaantekening]\n    netwerk: [grondslag]\n  reden: Niet voor gezinsleden.\n'))).toEqual([
      { bestand: 'gezin.yaml', regel: 4, melding: `onbekende naam "netwerk"; kies uit ${PARTNER_NAMEN.join(', ')}` },
      { bestand: 'gezin.yaml', regel: 3, melding: '"werkaantekening" is geen categorie die een gezinslid mag zien; kies uit pseudoniem, identificatie, gezinssituatie, veiligheid, hulpverlening, gezondheid, justitieel, bestaanszekerheid, grondslag, maatregelkader' },
    ]);
    expect(await fouten(metGezin('gezin:\n  zichtbaar:\n    lokaal-team: [hulpverlening]\n    veilig-thuis: [veiligheid]\n  reden: Niet voor gezinsleden.\n'))).toEqual([
      { bestand: 'gezin.yaml', regel: 4, melding: 'veilig-thuis staat in inzage.yaml bij uitgesteld: een gezinslid zou hier een onderzoek zien voordat het aan het gezin is gemeld' },
    ]);
  });

  test('vertaald naar Cedar: een gezinslid ziet van het eigen huishouden alleen wat er staat, en alleen gegevens over het huishouden als geheel', async () => {
    const beleid = await laadBeleid(STANDAARD_POLICIES);
    const beslisser = new CedarBeslisser(beleid);
    const cel = (sub: string, niveau: 'persoon' | 'huishouden', categorie: string, partner = 'lokaal-team') => {
      const rij = beslisHuishouden(beleid, beslisser, { sub, organisatie: null, team: null, rol: 'client' }, 'inzage', CONTEXT)
        .find((b) => b.persoonId === ID(2) && b.categorie === categorie && b.partner === partner && (b.niveau ?? 'persoon') === niveau);
      return rij && `${rij.uitkomst} ${rij.regel}`;
    };
    expect(cel(ID(1), 'huishouden', 'hulpverlening')).toBe('zichtbaar gezin/lokaal-team/hulpverlening');
    expect(cel(ID(1), 'persoon', 'hulpverlening')).toBe('afgeschermd rol/gezinslid');
    expect(cel(ID(1), 'huishouden', 'hulpverlening', 'veilig-thuis')).toBe('afgeschermd rol/gezinslid');
    expect(cel(ID(1), 'huishouden', 'werkaantekening')).toBe('afgeschermd nooit/werkaantekening');
    expect(cel(ID(1), 'persoon', 'pseudoniem')).toBe('zichtbaar gezin/pseudoniem');
    // someone else's household: nothing, and no household-level rows at all
    expect(cel(ID(7), 'persoon', 'pseudoniem')).toBe('afgeschermd rol/client');
    expect(cel(ID(7), 'huishouden', 'hulpverlening')).toBeUndefined();
  });
});
