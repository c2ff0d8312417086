import { maakAnonimiseerder } from '../../shared/src/anonimiseren';

/** The scrub of a free text shown anonymised: every name the partner knows, in any case. */
describe('de scrub van namen', () => {
  // made in each test, not once for the file: code run outside a test counts for no test in npm run mutatie
  const scrub = (tekst: string) => maakAnonimiseerder(['Zoë de Vries', 'Mohammed El Amrani', 'Jan', ' ', 'A'])(tekst);

  test('in elke schrijfwijze van hoofdletters', () => {
    expect(scrub('ZOË DE VRIES belde.')).toBe('[naam] belde.');
    expect(scrub('zoë de vries belde.')).toBe('[naam] belde.');
    expect(scrub('JAN en jan en Jan en jAN.')).toBe('[naam] en [naam] en [naam] en [naam].');
    expect(scrub('Gesprek met MOHAMMED EL AMRANI en amrani.')).toBe('Gesprek met [naam] en [naam].');
  });

  test('met en zonder accent, en met een bezittelijke s', () => {
    expect(scrub('Zoe en ZOE en Zoë en zoë.')).toBe('[naam] en [naam] en [naam] en [naam].');
    expect(scrub("Jans fiets en Zoë's tas en Zoë’s jas.")).toBe('[naam] fiets en [naam] tas en [naam] jas.');
  });

  test('delen van een naam apart, maar een tussenvoegsel, een losse letter of een deel van een ander woord niet', () => {
    expect(scrub('Vries zei dat Mohammed kwam.')).toBe('[naam] zei dat [naam] kwam.');
    expect(scrub('De buurman van de school zei El Hierro.')).toBe('De buurman van de school zei El Hierro.');
    expect(scrub('Januari: Janssen en Jannie, een A4.')).toBe('Januari: Janssen en Jannie, een A4.');
    // the longest name first: the whole name becomes one [naam]
    expect(scrub('Zoë de Vries')).toBe('[naam]');
  });

  test('zonder bekende namen blijft gewone tekst staan', () => {
    expect(maakAnonimiseerder([])('Moeder komt morgen. Situatie stabiel.')).toBe('Moeder komt morgen. Situatie stabiel.');
  });
});

/** The boundaries of what counts as a name, each guarded: a name of two letters, its parts, its neighbours. */
describe('de scrub van namen: grenzen', () => {
  test('een naam of naamdeel van twee letters telt, een huisnummer niet', () => {
    const scrub = maakAnonimiseerder(['Bo', 'Kerkstraat 12', 'Li-Ann Xu']);
    expect(scrub('Bo en bo kwamen.')).toBe('[naam] en [naam] kwamen.');
    expect(scrub('Xu en Ann en Li belden.')).toBe('[naam] en [naam] en [naam] belden.');
    expect(scrub('Kamer 12 is vrij.')).toBe('Kamer 12 is vrij.');
  });

  test('een losse letter in een naam (een voorletter) wordt niet apart gescrubd, de naam eromheen wel', () => {
    const scrub = maakAnonimiseerder(['Jan K Smit']);
    expect(scrub('Groep K: Smit en Jan K Smit, k.')).toBe('Groep K: [naam] en [naam], k.');
  });

  test('niet midden in een ander woord, ook niet aan het eind ervan', () => {
    const scrub = maakAnonimiseerder(['Jan']);
    expect(scrub('Marjan en 1jan en Jan.')).toBe('Marjan en 1jan en [naam].');
    expect(scrub('Jans en Jan’s en Jan\'s en Janss.')).toBe('[naam] en [naam] en [naam] en Janss.');
  });

  test('een naam in hoofdletters met accent geschreven vindt ook de schrijfwijze zonder accent', () => {
    const scrub = maakAnonimiseerder(['ZOË']);
    expect(scrub('Zoe en zoë en ZOE.')).toBe('[naam] en [naam] en [naam].');
  });

  test('de langste naam eerst, ook als een kortere ervoor staat; spaties om een naam tellen niet', () => {
    expect(maakAnonimiseerder(['Jan', 'Jan de Wit'])('Jan de Wit belde.')).toBe('[naam] belde.');
    expect(maakAnonimiseerder([' Zoë de Vries '])('Zoë de Vries belde.')).toBe('[naam] belde.');
  });

  test('een tekst met ontbonden accenten (NFD) wordt eerst samengesteld', () => {
    const scrub = maakAnonimiseerder(['Zoë']);
    expect(scrub('Zoë'.normalize('NFD') + ' belde.')).toBe('[naam] belde.');
  });
});
