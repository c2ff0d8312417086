/** Synthetic, Dutch-looking name parts for demo data. Combinations are drawn at random. */
export const VOORNAMEN = [
  'Anouk', 'Bram', 'Daan', 'Emma', 'Fenna', 'Gijs', 'Hanna', 'Ilse', 'Jesse', 'Julia', 'Lars', 'Lotte',
  'Milan', 'Noor', 'Olaf', 'Puck', 'Ruben', 'Sanne', 'Thijs', 'Vera', 'Wouter', 'Yara', 'Zoë', 'Ayoub',
  'Fatima', 'Mohamed', 'Samira', 'Rachid', 'Priya', 'Dewi', 'Kwame', 'Esra', 'Mehmet', 'Lina', 'Sem', 'Tess',
] as const;

export const ACHTERNAMEN = [
  'de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot',
  'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Kaya',
  'El Amrani', 'Yilmaz', 'Ramdin', 'Martina', 'Boateng', 'Kuijpers', 'Verbeek', 'Postma',
] as const;

export const STRATEN = [
  'Lindenlaan', 'Kastanjestraat', 'Molenweg', 'Havenkade', 'Beukenhof', 'Sportlaan', 'Dorpsstraat',
  'Kerkplein', 'Tulpstraat', 'Rozengracht', 'Esdoornpad', 'Wilgenweg',
] as const;

/** Fictional place names, so no address points at a real street. */
export const WOONPLAATSEN = ['Veldhoven-Noord', 'Oudewater-Zuid', 'Rijnmond-West', 'Zandvoort-Oost'] as const;
