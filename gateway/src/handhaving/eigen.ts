import { EIGEN_VELDEN } from '@netwerkdossier/shared';
import { DocumentNode, FieldNode, Kind, OperationDefinitionNode, visit } from 'graphql';

import { ONDERWERP_ALIAS } from './controle';

/**
 * The document of a query of `EIGEN_VELDEN` with, in every item of a field whose answer is about
 * households, that household's pseudonym under the gateway's own key: so the toegangslog names the
 * households the answer showed, whatever the client selected. The operation is the one of this document.
 */
export function metHuishoudens(document: DocumentNode, naam: string | undefined): { document: DocumentNode; operatie: OperationDefinitionNode } {
  const uit = visit(document, {
    Field(n) {
      const huishouden = EIGEN_VELDEN[n.name.value]?.huishouden;
      if (!huishouden || !n.selectionSet) return undefined;
      const veld: FieldNode = { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: ONDERWERP_ALIAS }, name: { kind: Kind.NAME, value: huishouden } };
      return { ...n, selectionSet: { ...n.selectionSet, selections: [...n.selectionSet.selections, veld] } };
    },
  });
  const operatie = uit.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === naam)!;
  return { document: uit, operatie };
}

/** Takes the gateway's household keys out of an answer, and says which households they named. */
export function haalHuishoudensEruit(waarde: unknown, gevonden = new Set<string>()): string[] {
  if (Array.isArray(waarde)) for (const w of waarde) haalHuishoudensEruit(w, gevonden);
  else if (waarde !== null && typeof waarde === 'object') {
    const object = waarde as Record<string, unknown>;
    if (typeof object[ONDERWERP_ALIAS] === 'string') gevonden.add(object[ONDERWERP_ALIAS]);
    delete object[ONDERWERP_ALIAS];
    for (const w of Object.values(object)) haalHuishoudensEruit(w, gevonden);
  }
  return [...gevonden].sort();
}
