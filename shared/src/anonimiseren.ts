/**
 * Removes what can identify someone from a free text shown in anonymised form: the names the partner
 * knows for the household (members, their network, the address) and anything shaped like a BSN, phone
 * number, e-mail address, postcode or exact date. What it cannot know (a school's name, a rare job)
 * stays: anonymised sharing still depends on the author writing the case without identifying details.
 */
const PATRONEN: Array<[RegExp, string]> = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[e-mailadres]'],
  [/\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/g, '[datum]'],
  [/\b\d{4}-\d{2}-\d{2}\b/g, '[datum]'],
  [/\b\d{4}\s?[A-Z]{2}\b/g, '[postcode]'],
  [/(\+31|\b0)[\d\s-]{8,12}\d\b/g, '[nummer]'],
  [/\b\d{6,}\b/g, '[nummer]'],
];

function escape(tekst: string): string {
  return tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type Anonimiseerder = (tekst: string) => string;

/** A scrubber for these names (longest first, whole words, any case) and the fixed patterns. */
export function maakAnonimiseerder(namen: Iterable<string>): Anonimiseerder {
  const woorden = [...new Set([...namen].flatMap((n) => [n, ...n.split(/\s+/)]).map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  const naamPatroon = woorden.length ? new RegExp(`(?<![\\p{L}\\d])(${woorden.map(escape).join('|')})(?![\\p{L}\\d])`, 'giu') : null;
  return (tekst) => {
    let uit = naamPatroon ? tekst.replace(naamPatroon, '[naam]') : tekst;
    for (const [patroon, vervanging] of PATRONEN) uit = uit.replace(patroon, vervanging);
    return uit;
  };
}
