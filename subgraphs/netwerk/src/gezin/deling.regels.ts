import { Beleid, CATEGORIEEN, Eis, Vorm, wachtOpBevestiging } from '@netwerkdossier/shared';

import { Betrokkenheid } from '../betrokkenheid';
import { Doorbraak } from '../doorbraak';
import { datumInWoorden, ORGANISATIES } from '../organisaties';
import { Toestemming } from '../toestemming';
import { Deling, Delingsgrond } from './deling';
import { doelInWoorden, soortenInWoorden, toestemmingsvormInWoorden, vormInWoorden } from './woorden';

/** What the facts the caller may know about: running betrokkenheden, the caller's valid consents, doorbraken naming the caller. */
export interface Delingsfeiten {
  betrokkenheden: Betrokkenheid[];
  toestemmingen: Toestemming[];
  doorbraken: Doorbraak[];
}

/** The categories the deelmatrix opens for this vorm on one of these eisen. */
const opEis = (beleid: Beleid, vorm: Vorm, ...eisen: Eis[]) => CATEGORIEEN.filter((c) => eisen.includes(beleid.matrix[c][vorm]));

function wettelijk(beleid: Beleid, b: Betrokkenheid): Delingsgrond | null {
  // not yet confirmed by anyone but its registrant: it opens nothing, so it is no grondslag to name
  if (wachtOpBevestiging(b)) return null;
  if (b.vorm === 'onderzoek' && b.grondslag && b.afweging) {
    const categorieen = opEis(beleid, 'onderzoek', 'grondslag');
    return { soort: 'wettelijk', categorieen, tot: b.tot, omschrijving: `Op grond van de wet (${b.grondslag}), voor een onderzoek, zonder dat uw toestemming nodig is: ${soortenInWoorden(categorieen)}. De organisatie legt schriftelijk vast waarom dat nodig is.` };
  }
  if (b.vorm === 'maatregel' && b.uitspraakkenmerk) {
    const categorieen = opEis(beleid, 'maatregel', 'grondslag');
    return { soort: 'wettelijk', categorieen, tot: b.tot, omschrijving: `Op grond van een uitspraak van de rechter (een maatregel): ${soortenInWoorden(categorieen)}.` };
  }
  return null;
}

/**
 * What other organisations share by law with whoever is involved in this vorm (eis `betrokkenheid`), one
 * ground per organisation that shares: never what the organisation records itself, that is its own dossier.
 */
function doorAnderenGedeeld(beleid: Beleid, organisatie: string, b: Betrokkenheid): Delingsgrond[] {
  const perDeler = new Map<string, string[]>();
  for (const c of opEis(beleid, b.vorm, 'betrokkenheid')) {
    for (const deler of (beleid.gedeeldDoor[c] ?? []).filter((d) => d !== organisatie)) perDeler.set(deler, [...(perDeler.get(deler) ?? []), c]);
  }
  const naam = ORGANISATIES[organisatie] ?? organisatie;
  return [...perDeler].map(([deler, categorieen]) => ({
    soort: 'wettelijk', categorieen, tot: b.tot,
    omschrijving: `Op grond van de wet, zonder dat uw toestemming nodig is: ${naam} mag zien wat ${ORGANISATIES[deler] ?? deler} over u vastlegt (${soortenInWoorden(categorieen)}).`,
  }));
}

function grondslagenVan(beleid: Beleid, organisatie: string, eigen: Betrokkenheid[], feiten: Delingsfeiten): Delingsgrond[] {
  const uit: Delingsgrond[] = [];
  for (const t of feiten.toestemmingen.filter((x) => x.ontvangerOrganisatie === organisatie)) {
    uit.push({ soort: 'toestemming', categorieen: [...t.categorieen].sort(), tot: t.geldigTot, omschrijving: `Met uw toestemming (${toestemmingsvormInWoorden(t.vorm)} gegeven, sinds ${datumInWoorden(t.geldigVanaf)}${t.geldigTot ? ` tot ${datumInWoorden(t.geldigTot)}` : ''}), ${doelInWoorden(t.doel)}: ${soortenInWoorden([...t.categorieen].sort())}.` });
  }
  for (const b of eigen) {
    const w = wettelijk(beleid, b);
    if (w) uit.push(w);
    uit.push(...doorAnderenGedeeld(beleid, organisatie, b));
    // a consultatie reaches only what the sources of that vorm give, anonymised (unless one consented: listed above)
    const bronnen = beleid.bronnen.consultatie?.alleen ?? [];
    if (b.vorm === 'consultatie' && !bronnen.includes(organisatie)) {
      const categorieen = opEis(beleid, 'consultatie', 'geanonimiseerd', 'toestemming-anders-geanonimiseerd');
      uit.push({ soort: 'geanonimiseerd', categorieen, tot: b.tot, omschrijving: `Bij een consultatie alleen zonder uw naam of andere gegevens waaraan u te herkennen bent: ${soortenInWoorden(categorieen)}.` });
    }
  }
  // the written reason is not shown: it is written for the privacy officer and may be about others in the
  // household or about who made a melding; what it is for, and until when, is
  for (const d of feiten.doorbraken.filter((x) => x.organisatie === organisatie)) {
    const categorieen = [...d.categorieen].sort();
    uit.push({ soort: 'doorbraak', categorieen, tot: d.eindigtOp.toISOString(), omschrijving: `Met een doorbraak bij ernstige zorgen over veiligheid, tot ${datumInWoorden(d.eindigtOp)}: ${soortenInWoorden(categorieen)}. De privacyfunctionaris toetst dit achteraf.` });
  }
  return uit;
}

/**
 * Whether a doorbraak can rest only on a betrokkenheid not yet disclosed: its professional has one, and had
 * no other with the household when the doorbraak began (a doorbraak opens nothing without a betrokkenheid).
 */
function alleenOpNogNiet(d: Doorbraak, zichtbaar: Betrokkenheid[], nogNiet: Betrokkenheid[]): boolean {
  const van = (b: Betrokkenheid) => b.professional === d.professional && b.organisatie === d.organisatie;
  const begin = d.begintOp.toISOString().slice(0, 10);
  return nogNiet.some(van) && !zichtbaar.some((b) => van(b) && b.vanaf <= begin);
}

/**
 * Per organisation involved with the household (or with a doorbraak naming the caller): in which vorm,
 * since when, whether it coordinates, and on which grondslag it may see what about the caller. What
 * rests on a betrokkenheid in `nogNiet` (an onderzoek not yet disclosed) is left out: the betrokkenheid
 * itself and the doorbraken that can rest on nothing else, and only those, so the list does not change
 * when one starts.
 */
export function delingen(beleid: Beleid, alle: Delingsfeiten, nogNiet: Betrokkenheid[]): Deling[] {
  const verborgen = new Set(nogNiet.map((b) => b.id));
  const betrokkenheden = alle.betrokkenheden.filter((b) => !verborgen.has(b.id));
  const feiten: Delingsfeiten = { ...alle, betrokkenheden, doorbraken: alle.doorbraken.filter((d) => !alleenOpNogNiet(d, betrokkenheden, nogNiet)) };
  const organisaties = [...new Set([...feiten.betrokkenheden.map((b) => b.organisatie as string), ...feiten.doorbraken.map((d) => d.organisatie)])].sort();
  return organisaties.map((organisatie) => {
    const eigen = feiten.betrokkenheden.filter((b) => b.organisatie === organisatie);
    const naam = ORGANISATIES[organisatie] ?? organisatie;
    const vormen = [...new Set(eigen.map((b) => b.vorm as string))];
    const sinds = eigen.map((b) => b.vanaf).sort()[0] ?? '';
    const regiehouder = eigen.some((b) => b.regiehouder);
    const teams = [...new Set(eigen.map((b) => b.team))];
    const betrokken = eigen.length ? `is sinds ${datumInWoorden(sinds)} betrokken en ${vormen.map(vormInWoorden).join(' en ')}${regiehouder ? '; zij voert de regie' : ''}` : 'is niet meer betrokken, maar heeft een doorbraak';
    const omschrijving = `${naam.charAt(0).toUpperCase()}${naam.slice(1)} ${betrokken}. Wat ${naam} zelf vastlegt, staat in het eigen dossier van ${naam}.`;
    return { organisatie, naam, teams, vormen, sinds, regiehouder, grondslagen: grondslagenVan(beleid, organisatie, eigen, feiten), omschrijving };
  });
}
