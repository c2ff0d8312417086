import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

import { codeLabel, Metingen } from './metingen';

/** Measures every GraphQL request (duration by operation type and outcome) and counts the codes of its errors. */
export function metingenPlugin<C extends BaseContext>(metingen: Metingen): ApolloServerPlugin<C> {
  return {
    async contextCreationDidFail({ error }) {
      // refused before any operation ran (no or a bad token, a doel not allowed)
      metingen.weigeringen.inc({ code: codeLabel((error as { extensions?: { code?: unknown } }).extensions?.code) });
    },
    async requestDidStart() {
      const klaar = metingen.verzoekduur.startTimer();
      return {
        async willSendResponse({ operation, response }) {
          const fouten = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const fout of fouten) metingen.weigeringen.inc({ code: codeLabel(fout.extensions?.code) });
          klaar({ operatie: operation?.operation ?? 'onbekend', uitkomst: fouten.length ? 'fout' : 'ok' });
        },
      };
    },
  };
}
