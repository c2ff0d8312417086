import { GraphQLError } from 'graphql';

/** Refuses anyone but a privacy officer: the review queue, the figures and the simulator's lists are theirs. */
export function alleenPrivacyfunctionaris(rol: string): void {
  if (rol !== 'privacyfunctionaris') throw new GraphQLError('Alleen de privacyfunctionaris beoordeelt toegang', { extensions: { code: 'FORBIDDEN' } });
}
