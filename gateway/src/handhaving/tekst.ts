import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';

// PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate has no UTF-8 form: neither can be stored as given
const NIET_OP_TE_SLAAN = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Far deeper than any input of the schema (an invoer holds lists of scalars); a walk never nests further. */
const MAX_DIEPTE = 16;

function weiger(veld: string): GraphQLError {
  return new GraphQLError(`${veld} bevat een teken dat niet als tekst kan worden opgeslagen (een NUL-teken of een losse helft van een surrogaatpaar); verwijder het`, {
    extensions: { code: 'BAD_USER_INPUT', veld },
  });
}

function teDiep(veld: string): GraphQLError {
  return new GraphQLError(`${veld} is te diep genest: een variabele heeft hoogstens ${MAX_DIEPTE} niveaus van lijsten en objecten`, { extensions: { code: 'BAD_USER_INPUT', veld } });
}

/** Walks a variable's value depth-first in order, without recursion (a client chooses how deep it nests). */
function controleerWaarde(waarde: unknown, pad: string): void {
  const open: Array<[unknown, string, number]> = [[waarde, pad, 0]];
  for (let hier = open.pop(); hier; hier = open.pop()) {
    const [w, p, diepte] = hier;
    if (typeof w === 'string' && NIET_OP_TE_SLAAN.test(w)) throw weiger(p);
    if (!w || typeof w !== 'object') continue;
    if (diepte === MAX_DIEPTE) throw teDiep(p);
    const kinderen: Array<[unknown, string, number]> = Array.isArray(w) ? w.map((x, i) => [x, `${p}[${i}]`, diepte + 1]) : Object.entries(w).map(([k, x]) => [x, `${p}.${k}`, diepte + 1]);
    // last child first on the stack, so the first is checked first (the error names the first offender)
    for (let i = kinderen.length - 1; i >= 0; i--) open.push(kinderen[i]);
  }
}

/**
 * Refuses, before any partner is asked, a request whose variables nest deeper than MAX_DIEPTE or whose
 * variables or string literals hold text that cannot be stored exactly; the error names the variable
 * path or the argument.
 */
export function controleerTekst(document: DocumentNode, variabelen: Record<string, unknown>): void {
  for (const [naam, waarde] of Object.entries(variabelen)) controleerWaarde(waarde, `$${naam}`);
  visit(document, {
    StringValue(node, _sleutel, ouder, _pad, voorouders) {
      if (!NIET_OP_TE_SLAAN.test(node.value)) return;
      const namen = [...voorouders, ouder].flatMap((a) => (a && 'kind' in a && (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD) ? [a.name.value] : []));
      throw weiger(namen.join('.') || 'een tekst in de operatie');
    },
  });
}
