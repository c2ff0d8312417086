import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { BeleidOngeldig, beleidUitBestanden, STANDAARD_POLICIES } from '@netwerkdossier/shared';

const BESTANDEN = Object.fromEntries(readdirSync(STANDAARD_POLICIES).filter((b) => b.endsWith('.yaml')).map((b) => [b, readFileSync(path.join(STANDAARD_POLICIES, b), 'utf8')]));

/** The errors of the policy with one file rewritten. */
function fouten(bestand: string, wijzig: (tekst: string) => string) {
  try {
    beleidUitBestanden({ ...BESTANDEN, [bestand]: wijzig(BESTANDEN[bestand]) });
  } catch (e) {
    if (e instanceof BeleidOngeldig) return e.fouten;
    throw e;
  }
  return [];
}

describe('kapot beleid: elke fout met bestand en regel, en het beleid laadt niet', () => {
  test('een dubbele sleutel', () => {
    expect(fouten('doorbraak.yaml', (t) => t.replace('maximale_duur_uren: 72', 'maximale_duur_uren: 72\n  maximale_duur_uren: 24'))).toEqual([{ bestand: 'doorbraak.yaml', regel: 7, melding: 'geen geldige YAML: deze naam staat twee keer in hetzelfde blok' }]);
  });
  test('een verkeerd type', () => {
    expect(fouten('doorbraak.yaml', (t) => t.replace('maximale_duur_uren: 72', 'maximale_duur_uren: veel'))).toEqual([{ bestand: 'doorbraak.yaml', regel: 6, melding: '"maximale_duur_uren" moet een geheel getal zijn' }]);
  });
  test('JSON met een syntaxfout', () => {
    expect(fouten('doelen.yaml', () => '{"doelen": {"toezicht": {"omschrijving": "Toezicht door de privacyfunctionaris", }')).toEqual(Array(2).fill({ bestand: 'doelen.yaml', regel: 1, melding: 'geen geldige YAML: een reeks die met { begint, wordt niet gesloten met }' }));
  });
});
