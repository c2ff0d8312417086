import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';

// PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate has no UTF-8 form: neither can be stored as given
const NIET_OP_TE_SLAAN = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function weiger(veld: string): GraphQLError {
  return new GraphQLError(`${veld} bevat een teken dat niet als tekst kan worden opgeslagen (een NUL-teken of een losse helft van een surrogaatpaar); verwijder het`, {
    extensions: { code: 'BAD_USER_INPUT', veld },
  });
}

function controleerWaarde(waarde: unknown, pad: string): void {
  if (typeof waarde === 'string' && NIET_OP_TE_SLAAN.test(waarde)) throw weiger(pad);
  if (Array.isArray(waarde)) waarde.forEach((w, i) => controleerWaarde(w, `${pad}[${i}]`));
  else if (waarde && typeof waarde === 'object') for (const [k, w] of Object.entries(waarde)) controleerWaarde(w, `${pad}.${k}`);
}

/**
 * Refuses, before any partner is asked, a request whose variables or string literals hold text that
 * cannot be stored exactly; the error names the variable path or the argument.
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
