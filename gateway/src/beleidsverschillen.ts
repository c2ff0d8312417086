import { Beleid, CATEGORIEEN, DoelVorm, eigenWaarde, Leeftijdsregel, RECORDSOORTEN, VORMEN } from '@netwerkdossier/shared';

const lijst = (waarden: readonly string[]) => (waarden.length ? waarden.join(', ') : 'geen');

function leeftijden(regels: Leeftijdsregel[]): string {
  return regels.map((r) => `${r.tot === undefined ? `vanaf ${r.vanaf}` : `${r.vanaf}–${r.tot}`} jaar: ${r.door.join(' en ')}`).join('; ');
}

/** `tekst` when the two differ. */
const gewijzigd = (oud: unknown, nieuw: unknown, tekst: string) => (JSON.stringify(oud) === JSON.stringify(nieuw) ? [] : [tekst]);

/** "<wat>: <oud> → <nieuw><eenheid>" when the two differ. */
const verschil = (wat: string, oud: unknown, nieuw: unknown, eenheid = '') => gewijzigd(oud, nieuw, `${wat}: ${String(oud)} → ${String(nieuw)}${eenheid}`);

/**
 * The entries of a list that came or went, by `wat` they say (reason aside), and those whose reason alone changed:
 * "nieuw: …", "vervalt: …", "de reden bij … is gewijzigd".
 */
function lijstverschil<T extends { reden: string }>(oud: T[], nieuw: T[], wat: (x: T) => string): string[] {
  const [was, wordt] = [oud.map(wat), nieuw.map(wat)];
  return [
    ...oud.filter((x) => !wordt.includes(wat(x))).map((x) => `vervalt: ${wat(x)}`),
    ...nieuw.filter((x) => !was.includes(wat(x))).map((x) => `nieuw: ${wat(x)}`),
    ...nieuw.filter((x) => oud.some((o) => wat(o) === wat(x) && o.reden !== x.reden)).map((x) => `de reden bij ${wat(x)} is gewijzigd`),
  ];
}

/** `per` of both versions, per organisation named in either: "<wat> <organisatie>: <oud> → <nieuw>". */
function perOrganisatie(oud: Partial<Record<string, readonly string[]>>, nieuw: Partial<Record<string, readonly string[]>>, wat: string): string[] {
  return [...new Set([...Object.keys(oud), ...Object.keys(nieuw)])].sort().flatMap((o) => verschil(`${wat} ${o}`, lijst(oud[o] ?? []), lijst(nieuw[o] ?? [])));
}

/**
 * What a proposed policy changes in the rules, in the privacy officer's words: the cells of the
 * matrix and of the own dossier, the age bands, the doorbraak's limits, inzage, the gezin, retention terms, doelen and exceptions. A change in
 * comments or layout alone gives none.
 */
export function beleidsverschillen(oud: Beleid, nieuw: Beleid): string[] {
  const doelen = [...new Set([...Object.keys(oud.doelen), ...Object.keys(nieuw.doelen)])];
  return [
    ...CATEGORIEEN.flatMap((c) => VORMEN.flatMap((v) => verschil(`${c} bij ${v}`, oud.matrix[c][v], nieuw.matrix[c][v]))),
    ...CATEGORIEEN.flatMap((c) => gewijzigd(oud.redenen[c], nieuw.redenen[c], `de reden bij ${c} is gewijzigd`)),
    ...CATEGORIEEN.flatMap((c) => verschil(`${c} gedeeld door`, lijst(oud.gedeeldDoor[c] ?? []), lijst(nieuw.gedeeldDoor[c] ?? []))),
    ...CATEGORIEEN.flatMap((c) => [...new Set([...Object.keys(oud.eigen.matrix[c]), ...Object.keys(nieuw.eigen.matrix[c])])]
      .flatMap((k) => verschil(`eigen dossier: ${c} bij ${k}`, oud.eigen.matrix[c][k as DoelVorm] ?? 'geen regel', nieuw.eigen.matrix[c][k as DoelVorm] ?? 'geen regel'))),
    ...CATEGORIEEN.flatMap((c) => gewijzigd(oud.eigen.redenen[c], nieuw.eigen.redenen[c], `de reden bij ${c} in het eigen dossier is gewijzigd`)),
    ...VORMEN.flatMap((v) => verschil(`bronnen bij ${v}`, lijst(oud.bronnen[v]?.alleen ?? ['alle']), lijst(nieuw.bronnen[v]?.alleen ?? ['alle']))),
    ...verschil('toestemming voor minderjarigen', leeftijden(oud.leeftijden), leeftijden(nieuw.leeftijden)),
    ...verschil('maximale duur van een doorbraak', oud.doorbraak.maximaleDuurUren, nieuw.doorbraak.maximaleDuurUren, ' uur'),
    ...verschil('minimale lengte van de reden voor een doorbraak', oud.doorbraak.minimaleLengteReden, nieuw.doorbraak.minimaleLengteReden, ' tekens'),
    ...verschil('een doorbraak opent nooit', lijst(oud.doorbraak.nooitVoor), lijst(nieuw.doorbraak.nooitVoor)),
    ...verschil('gezaghebbenden zien de inzage van een kind tot', oud.inzage.doorGezagTot, nieuw.inzage.doorGezagTot, ' jaar'),
    ...lijstverschil(oud.inzage.uitgesteld, nieuw.inzage.uitgesteld, (u) => `uitgestelde inzage van ${u.organisatie} bij ${u.vorm}`),
    ...verschil('het gezin leest de naam van de professional bij', lijst(oud.inzage.naamProfessional), lijst(nieuw.inzage.naamProfessional)),
    ...perOrganisatie(oud.gezin.zichtbaar, nieuw.gezin.zichtbaar, 'een gezinslid ziet van het dossier over het huishouden bij'),
    ...perOrganisatie(oud.gezin.eigenKind, nieuw.gezin.eigenKind, 'een ouder ziet van het eigen kind bij'),
    ...gewijzigd(oud.gezin.reden, nieuw.gezin.reden, 'wat een gezinslid leest bij wat niet te zien is, is gewijzigd'),
    ...RECORDSOORTEN.flatMap((s) => verschil(`bewaartermijn toegangslog (${s})`, oud.bewaartermijnen.toegangslog[s], nieuw.bewaartermijnen.toegangslog[s], ' maanden')),
    ...verschil('bewaartermijn verstrekkingenlogs', oud.bewaartermijnen.verstrekkingenlog, nieuw.bewaartermijnen.verstrekkingenlog, ' maanden'),
    ...doelen.flatMap((d) => {
      const [was, wordt] = [eigenWaarde(oud.doelen, d), eigenWaarde(nieuw.doelen, d)];
      if (!wordt) return [`doel ${d} vervalt`];
      if (!was) return [`nieuw doel ${d}`];
      return gewijzigd(was, wordt, `doel ${d} is gewijzigd`);
    }),
    ...lijstverschil(oud.uitzonderingen, nieuw.uitzonderingen, (u) => `uitzondering voor ${u.organisatie} bij ${u.wanneer}: ${u.eis}`),
  ];
}
