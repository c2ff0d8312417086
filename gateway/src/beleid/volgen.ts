import { BeleidBron, Beleidsmelding, GRANT_HEADER, Roosterregel, tekenGrant, verzoekUrl } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import { GATEWAY_ZELF } from '../beslissing';
import { openStroom } from '../http';

/** The gateway's own calls about the policy carry this `intern` in their grant (netwerk's beleid/eindpunt.ts). */
export const BELEID_INTERN = 'beleid';

/** The gateway as the one who asks netwerk about the policy on its own behalf. */
export const ALS_GATEWAY = { ...GATEWAY_ZELF, doel: 'toezicht', intern: BELEID_INTERN } as const;

const STROOM = '/beleid/stroom';
// netwerk sends an empty line every 5 s (HARTSLAG_MS): three missed and the stream counts as dead
const STIL_MS = 15_000;
// a lost stream is opened again every 500 ms (a gateway without policy answers nothing); while netwerk stays
// away only the first failure and every 20th after it (about every 10 s) is reported
const OPNIEUW_MS = 500;
const MELD_ELKE = 20;

/**
 * Follows the policy in force from netwerk's database: opens `POST /beleid/stroom` under a grant of its own and
 * takes every schedule netwerk sends (at once, and after every approval: netwerk LISTENs for the database's
 * notification), so an approved version is in force here at its moment, without a restart. Returns at once;
 * until the first schedule has come there is no policy, and so no data (`gereed` resolves then). A lost stream
 * is opened again, and its first line brings whatever was approved in between. No version is put in force without
 * the evidence of its approval (controleerKeten): `keten.anker` is the installation's first version,
 * `keten.oudeGrantSleutels` the public halves of grant keys used before, whose evidence stays valid.
 */
export function volgBeleid(netwerkUrl: string, grantSleutel: JWK, keten: { anker: string; oudeGrantSleutels?: JWK[] }, meld: Beleidsmelding = () => undefined): BeleidBron {
  let gestopt = false;
  let huidig: ReturnType<typeof openStroom> | undefined;
  let wekker: NodeJS.Timeout | undefined;
  let pogingen = 0;
  const { d: _prive, ...publiek } = grantSleutel;
  const bron = BeleidBron.wachtend(meld, () => {
    gestopt = true;
    clearTimeout(wekker);
    huidig?.destroy();
  }, { anker: keten.anker, publiek: [publiek, ...(keten.oudeGrantSleutels ?? [])] });
  const verbind = async () => {
    if (gestopt) return;
    const grant = await tekenGrant(grantSleutel, { subgraph: 'netwerk', verzoek: { pad: STROOM, body: {} }, ...ALS_GATEWAY });
    const verzoek = openStroom(verzoekUrl(netwerkUrl, STROOM), { [GRANT_HEADER]: grant }, '{}');
    verzoek.setNoDelay(true);
    huidig = verzoek;
    let afgehandeld = false;
    const opnieuw = (fout: Error) => {
      if (afgehandeld) return;
      afgehandeld = true;
      clearTimeout(wekker);
      verzoek.destroy();
      if (gestopt) return;
      if (pogingen++ % MELD_ELKE === 0) meld({ fout: new Error(`beleid: de stroom van netwerk viel weg (${fout.message}); opnieuw elke ${OPNIEUW_MS} ms (poging ${pogingen})`) });
      setTimeout(() => void verbind(), OPNIEUW_MS).unref();
    };
    const stil = () => {
      clearTimeout(wekker);
      wekker = setTimeout(() => opnieuw(new Error(`${STIL_MS} ms niets gehoord`)), STIL_MS).unref();
    };
    stil();
    verzoek.on('error', opnieuw);
    verzoek.on('response', (antwoord) => {
      if (antwoord.statusCode !== 200) return opnieuw(new Error(`HTTP ${antwoord.statusCode}`));
      pogingen = 0;
      let rest = '';
      antwoord.setEncoding('utf8');
      antwoord.on('data', (stuk: string) => {
        stil();
        const regels = (rest + stuk).split('\n');
        rest = regels.pop() ?? '';
        try {
          for (const regel of regels.filter((r) => r.trim())) bron.zetRooster((JSON.parse(regel) as { rooster: Roosterregel[] }).rooster);
        } catch (fout) {
          opnieuw(fout as Error);
        }
      });
      antwoord.on('end', () => opnieuw(new Error('netwerk sloot de stroom')));
      antwoord.on('error', opnieuw);
    });
  };
  void verbind();
  return bron;
}
