/** Building blocks for the synthetic lokaal-team dossiers; combinations are drawn per household. */
export const ZORGEN = [
  'Huurachterstand loopt op', 'Spanningen tussen de ouders', 'Kind verzuimt vaak van school',
  'Ouder slaapt slecht en is snel boos', 'Post blijft ongeopend liggen', 'Weinig contact met anderen',
] as const;

export const KRACHTEN = [
  'Ouders willen hulp', 'Oma woont dichtbij en helpt', 'Kinderen sporten graag', 'Vaste baan',
  'Goed contact met school', 'Ouders zijn open over wat er speelt',
] as const;

export const DOELEN = [
  'De huurachterstand is afgelost', 'De kinderen gaan elke dag naar school', 'Ouders maken samen afspraken over de opvoeding',
  'Er is een vaste dagstructuur', 'De administratie is op orde',
] as const;

export const AFSPRAKEN: ReadonlyArray<readonly [omschrijving: string, wie: string]> = [
  ['Samen de post openen', 'ouder met de wijkcoach'], ['Kinderen op tijd naar school brengen', 'ouders'],
  ['Aanmelden bij schuldhulpverlening', 'wijkcoach'], ['Oppassen op woensdagmiddag', 'oma'],
  ['Het netwerk bellen als het thuis misgaat', 'ouder'],
];

export const WANNEER = ['elke maandag', 'dagelijks', 'binnen twee weken', 'voor de zomervakantie', 'wekelijks'] as const;

export const FACTOREN = [
  'Eigen jeugd met veel spanning', 'Financiële stress', 'Weinig steun uit het netwerk',
  'Langdurige psychische klachten', 'Verhuizingen en onzekere woonsituatie',
] as const;

export const PATRONEN = [
  'Bij geldzorgen lopen ruzies op', 'Terugtrekken wanneer hulp te dichtbij komt',
  'Spanning stijgt rond het weekendbezoek', 'Afspraken houden stand zolang het netwerk meedoet',
] as const;

export const RELATIES = ['oma', 'opa', 'tante', 'oom', 'buurvrouw', 'vriendin', 'trainer', 'collega'] as const;

export const STEUN = [
  'past op de kinderen', 'luisterend oor', 'helpt met de administratie',
  'brengt de kinderen naar school', 'opvangadres bij escalatie',
] as const;

export const GEZONDHEID = [
  'Slaapt slecht sinds de verhuizing', 'Astma, gebruikt een puffer', 'Bij de huisarts voor somberheid',
  'Rugklachten, kan niet lang staan', 'Groeit goed volgens het consultatiebureau',
] as const;

export const NOTITIES = [
  'Huisbezoek gehad; sfeer gespannen maar open', 'Ouder belde: afspraak schuldhulp gemaakt', 'Met school gebeld over verzuim',
  'Netwerkberaad voorbereid met het gezin', 'Eigen inschatting: afspraken lopen goed',
] as const;

export const VRAGEN = [
  'Is er meer nodig dan vrijwillige hulp?', 'Hoe vergroten we de veiligheid bij ruzies?', 'Wie sluit aan bij de schulden?',
] as const;

export const ADVIEZEN = [
  'Duo-aanpak met het RVT starten', 'Veiligheidsplan met het netwerk opstellen',
  'Vrijwillig kader volstaat; over zes weken evalueren', 'Verklarende analyse laten maken',
] as const;

export const BESLUITEN = [
  'Gezamenlijk optrekken met het RVT', 'Lokaal team blijft regiehouder; evaluatie over zes weken',
  'Veiligheidsplan opstellen met het netwerk',
] as const;

export const MDO_AFSPRAKEN = [
  'Wijkcoach bespreekt het advies met het gezin', 'RVT-professional sluit aan bij het volgende huisbezoek',
  'Terugkoppeling in het volgende MDO',
] as const;

/** What the first versie of a gezinsplan says; about the household as a whole, never one member. */
export const EERSTE_VERSIE = [
  'Eerste plan, samen met het gezin opgesteld', 'Plan opgesteld in het eerste gezinsgesprek', 'Eerste plan na het keukentafelgesprek',
] as const;

/** What a later versie changed, as the lokaal team writes it; about the household as a whole, never one member. */
export const WIJZIGINGEN = [
  'Doelen aangescherpt na het MDO', 'Afspraken over de schooltijden toegevoegd', 'Netwerk meer betrokken bij de afspraken',
  'Behaalde doelen afgesloten, nieuwe doelen gekozen', 'Evaluatie met het gezin: de afspraken blijven staan',
  'Hulp bij de schulden in het plan opgenomen',
] as const;
