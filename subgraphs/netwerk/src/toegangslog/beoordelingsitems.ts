import { Categorie, PARTNERS } from '@netwerkdossier/shared';
import { EntityManager, In } from 'typeorm';

import { aanduiding } from '../aanduiding';
import { Betrokkenheid } from '../betrokkenheid';
import { Doorbraak } from '../doorbraak';
import { Huishouden } from '../huishouden';
import { datumInWoorden, ORGANISATIES } from '../organisaties';
import { Verzoek } from '../gezin/verzoek';
import { Persoon } from '../persoon';
import { Beoordelingsitem } from './beoordelingsitem';
import type { Inzieninhoud, Verstrektitem } from './inhoud';
import { isVolledig, Logregel, VolledigeLogregel } from './logregel';

/** The categories as a privacy officer reads them. */
const CATEGORIE_IN_WOORDEN: Readonly<Record<Categorie, string>> = {
  pseudoniem: 'pseudoniem', identificatie: 'identificatie (naam, adres)', gezinssituatie: 'gezinssituatie', veiligheid: 'veiligheid',
  hulpverlening: 'hulpverlening en plan', gezondheid: 'gezondheid', justitieel: 'justitiële gegevens', bestaanszekerheid: 'bestaanszekerheid',
  grondslag: 'grondslagen', melder: 'identiteit van de melder', vertrouwelijk: 'vertrouwelijke informatie', werkaantekening: 'werkaantekeningen', maatregelkader: 'maatregelkader',
};

const NAMEN = new Map(PARTNERS.flatMap((p) => p.professionals.map((m) => [m.sub, m.naam] as const)));

/** The grondslagen of a record's disclosed items that need review: doorbraken and statutory betrokkenheden. */
function teBeoordelen(r: VolledigeLogregel): string[] {
  const verstrekt = ((r.inhoud as Inzieninhoud).verstrekt ?? []).flatMap((v) => v.grondslag ?? []);
  return [...new Set(verstrekt.filter((g) => g.startsWith('doorbraak:') || g.startsWith('betrokkenheid:')))];
}

interface Afsluiting { volgnummers: number[]; conclusie: string; door: string | null; op: Date }

/** A household without its pseudonym or names: who belongs to it and since when it is in the network. */
export function huishoudenOmschrijving(huishouden: Huishouden | undefined, leden: Persoon[]): string {
  const wie = leden.map((l) => aanduiding(l, leden)).join(', ');
  return `Huishouden met ${wie || 'geen bekende leden'}${huishouden ? `, in het netwerk sinds ${datumInWoorden(huishouden.aangemaaktOp)}` : ''}`;
}

/** What was disclosed, in words, and of which organisation: "gezondheid van het lokaal team". */
const inWoorden = (verstrekt: Verstrektitem[]) => [...new Set(verstrekt.map((v) => `${CATEGORIE_IN_WOORDEN[v.categorie as Categorie] ?? v.categorie} van ${ORGANISATIES[v.partner] ?? v.partner}`))].sort();

/**
 * A household member's objections (AVG art. 21), one item each: the access objected to (its professional, doel,
 * moment and what it disclosed about the member), or, without one, the organisation the member named; the period
 * runs from the access to the objection. Closed by a conclusion on `bezwaar:<id>`, like any item.
 */
async function bezwaaritems(m: EntityManager, afsluitingen: Map<string, Afsluiting[]>): Promise<Beoordelingsitem[]> {
  const bezwaren = await m.getRepository(Verzoek).find({ where: { soort: 'bezwaar' }, order: { ingediendOp: 'ASC' } });
  if (!bezwaren.length) return [];
  const regels = new Map((await m.getRepository(Logregel).findBy({ volgnummer: In(bezwaren.flatMap((b) => (b.logregel === null ? [] : [b.logregel]))) })).filter(isVolledig).map((r) => [r.volgnummer, r]));
  const huishoudenIds = [...new Set(bezwaren.map((b) => b.huishoudenId))];
  const huishoudens = new Map((await m.getRepository(Huishouden).findBy({ id: In(huishoudenIds) })).map((h) => [h.id, h]));
  const leden = await m.getRepository(Persoon).findBy({ huishoudenId: In(huishoudenIds) });
  return bezwaren.map((b) => {
    const regel = b.logregel === null ? undefined : regels.get(b.logregel);
    // what the access disclosed about the member, or about the household as a whole
    const verstrekt = ((regel?.inhoud as Inzieninhoud | undefined)?.verstrekt ?? []).filter((v) => v.persoon === b.persoonId || !v.persoon);
    const gezin = leden.filter((l) => l.huishoudenId === b.huishoudenId);
    const lid = gezin.find((l) => l.id === b.persoonId);
    const afsluiting = afsluitingen.get(`bezwaar:${b.id}`)?.[0] ?? null;
    return {
      id: `bezwaar:${b.id}`, soort: 'bezwaar', huishouden: b.huishoudenId, huishoudenOmschrijving: huishoudenOmschrijving(huishoudens.get(b.huishoudenId), gezin),
      personen: lid ? [aanduiding(lid, gezin)] : [], categorieen: inWoorden(verstrekt), partners: regel ? [...new Set(verstrekt.map((v) => v.partner))].sort() : [b.organisatie],
      wie: regel?.sub ?? null, professional: regel ? NAMEN.get(regel.sub) ?? regel.sub : null, organisatie: regel?.organisatie ?? b.organisatie,
      doelen: regel?.doel ? [regel.doel] : [], reden: `${b.over}: ${b.toelichting}`,
      van: regel?.tijdstip ?? b.ingediendOp, tot: b.ingediendOp, volgnummers: regel ? [regel.volgnummer] : [], bevestigdDoor: null, bevestigdMet: null, bevestigdOp: null,
      conclusie: afsluiting?.conclusie ?? null, beoordeeldDoor: afsluiting?.door ?? null, beoordeeldOp: afsluiting?.op ?? null,
    };
  });
}

/**
 * The accesses on doorbraken and statutory betrokkenheden, grouped per grondslag: the records a
 * conclusion covered form a closed item, the records after it one open item; and each objection of a household
 * member as an item of its own.
 */
export async function beoordelingsitems(m: EntityManager): Promise<Beoordelingsitem[]> {
  const logboek = m.getRepository(Logregel);
  const records = (await logboek.createQueryBuilder('l').where("l.actie = 'inzien'").andWhere("l.inhoud::text ~ '\"(doorbraak|betrokkenheid):'").orderBy('l.volgnummer', 'ASC').getMany()).filter(isVolledig);
  const perGrondslag = new Map<string, VolledigeLogregel[]>();
  for (const r of records) for (const g of teBeoordelen(r)) perGrondslag.set(g, [...(perGrondslag.get(g) ?? []), r]);
  const afsluitingen = new Map<string, Afsluiting[]>();
  for (const a of (await logboek.find({ where: { actie: 'registratie/beoordeling' }, order: { volgnummer: 'ASC' } })).filter(isVolledig)) {
    const i = a.inhoud as { grondslag?: string; volgnummers?: number[]; conclusie: string };
    if (i.grondslag && i.volgnummers) afsluitingen.set(i.grondslag, [...(afsluitingen.get(i.grondslag) ?? []), { volgnummers: i.volgnummers, conclusie: i.conclusie, door: a.sub, op: a.tijdstip }]);
  }
  const ids = (soort: string) => [...perGrondslag.keys()].filter((g) => g.startsWith(`${soort}:`)).map((g) => g.slice(soort.length + 1));
  const doorbraken = new Map((await m.getRepository(Doorbraak).findBy({ id: In(ids('doorbraak')) })).map((d) => [d.id, d]));
  const betrokkenheden = new Map((await m.getRepository(Betrokkenheid).findBy({ id: In(ids('betrokkenheid')) })).map((b) => [b.id, b]));
  const huishoudenIds = [...new Set([...doorbraken.values()].map((d) => d.huishoudenId).concat([...betrokkenheden.values()].map((b) => b.huishoudenId)))];
  const huishoudens = new Map((await m.getRepository(Huishouden).findBy({ id: In(huishoudenIds) })).map((h) => [h.id, h]));
  const leden = await m.getRepository(Persoon).findBy({ huishoudenId: In(huishoudenIds) });

  const uit: Beoordelingsitem[] = [];
  for (const [grondslag, alle] of perGrondslag) {
    const [soort, id] = grondslag.split(':');
    const doorbraak = soort === 'doorbraak' ? doorbraken.get(id) : undefined;
    const wettelijk = soort === 'betrokkenheid' ? betrokkenheden.get(id) : undefined;
    const huishouden = doorbraak?.huishoudenId ?? wettelijk?.huishoudenId ?? alle[0].huishoudens[0];
    const gezin = leden.filter((l) => l.huishoudenId === huishouden);
    const reden = doorbraak ? doorbraak.reden : wettelijk ? `${wettelijk.grondslag ?? wettelijk.uitspraakkenmerk ?? ''} — ${wettelijk.afweging ?? ''}`.trim() : '';
    const groepen: Array<{ regels: VolledigeLogregel[]; afsluiting: Afsluiting | null }> = (afsluitingen.get(grondslag) ?? [])
      .map((a) => ({ regels: alle.filter((r) => a.volgnummers.includes(r.volgnummer)), afsluiting: a }));
    const gedekt = new Set((afsluitingen.get(grondslag) ?? []).flatMap((a) => a.volgnummers));
    const open = alle.filter((r) => !gedekt.has(r.volgnummer));
    if (open.length > 0) groepen.push({ regels: open, afsluiting: null });
    for (const { regels, afsluiting } of groepen.filter((g) => g.regels.length > 0)) {
      const verstrekt = regels.flatMap((r) => ((r.inhoud as Inzieninhoud).verstrekt ?? []).filter((v) => (v.grondslag ?? []).includes(grondslag)));
      // data about the household as a whole concerns the persons the doorbraak names, or everyone in it
      const geheel = verstrekt.some((v) => !v.persoon) ? doorbraak?.personen ?? gezin.map((l) => l.id) : [];
      const persoonIds = new Set([...verstrekt.map((v) => v.persoon).filter((p): p is string => !!p), ...geheel]);
      const partners = [...new Set(verstrekt.map((v) => v.partner))].sort();
      const categorieen = inWoorden(verstrekt);
      const eerste = regels[0];
      uit.push({
        id: `${grondslag}#${eerste.volgnummer}`, soort: doorbraak || soort === 'doorbraak' ? 'doorbraak' : 'wettelijk', huishouden,
        huishoudenOmschrijving: huishoudenOmschrijving(huishoudens.get(huishouden), gezin),
        personen: gezin.filter((l) => persoonIds.has(l.id)).map((l) => aanduiding(l, gezin)).sort(),
        categorieen, partners, wie: eerste.sub ?? '', professional: NAMEN.get(eerste.sub ?? '') ?? eerste.sub ?? '', organisatie: eerste.organisatie ?? '',
        doelen: [...new Set(regels.map((r) => r.doel).filter((d): d is string => !!d))], reden,
        van: eerste.tijdstip, tot: regels[regels.length - 1].tijdstip, volgnummers: regels.map((r) => r.volgnummer),
        bevestigdDoor: wettelijk?.bevestigdDoor ?? null, bevestigdMet: wettelijk?.bevestigdMet ?? null, bevestigdOp: wettelijk?.bevestigdOp ?? null,
        conclusie: afsluiting?.conclusie ?? null, beoordeeldDoor: afsluiting?.door ?? null, beoordeeldOp: afsluiting?.op ?? null,
      });
    }
  }
  uit.push(...await bezwaaritems(m, afsluitingen));
  return uit.sort((a, b) => Number(a.conclusie !== null) - Number(b.conclusie !== null) || a.van.getTime() - b.van.getTime());
}
