import { GraphQLError } from 'graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Refuses anything that is not a pseudonym (UUID) before it reaches the database. */
export function controleerPseudoniem(waarde: string, veld: string): string {
  if (!UUID.test(waarde)) {
    throw new GraphQLError(`${veld} is geen geldig pseudoniem: "${waarde.slice(0, 40)}"`, {
      extensions: { code: 'BAD_USER_INPUT', veld },
    });
  }
  return waarde.toLowerCase();
}

/** Refuses a page size outside 1…max. */
export function controleerLimiet(limiet: number, max: number): number {
  if (!Number.isInteger(limiet) || limiet < 1 || limiet > max) {
    throw new GraphQLError(`limiet moet tussen 1 en ${max} liggen, niet ${limiet}`, {
      extensions: { code: 'BAD_USER_INPUT', veld: 'limiet' },
    });
  }
  return limiet;
}
