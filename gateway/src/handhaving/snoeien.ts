import {
  DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLSchema, Kind, SelectionSetNode, TypeInfo, visit, visitWithTypeInfo,
} from 'graphql';

/** A field taken out of the operation: where the client asked for it, and its schema coordinate. */
export interface Verwijderd {
  pad: string;
  coordinaat: string;
}

const leeg = (s: SelectionSetNode | undefined) => s !== undefined && s.selections.length === 0;

/** Response paths (alias-aware, through fragments) of the removed field nodes of the original document. */
function paden(document: DocumentNode, weg: Map<FieldNode, string>): Verwijderd[] {
  const fragmenten = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const uit: Verwijderd[] = [];
  const loop = (set: SelectionSetNode, prefix: string, bezocht: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const pad = `${prefix}${(s.alias ?? s.name).value}`;
        const coordinaat = weg.get(s);
        if (coordinaat) uit.push({ pad, coordinaat });
        else if (s.selectionSet) loop(s.selectionSet, `${pad}.`, bezocht);
      } else if (s.kind === Kind.INLINE_FRAGMENT) loop(s.selectionSet, prefix, bezocht);
      else if (!bezocht.has(s.name.value) && fragmenten.has(s.name.value)) loop(fragmenten.get(s.name.value)!.selectionSet, prefix, new Set([...bezocht, s.name.value]));
    }
  };
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) loop(d.selectionSet, '', new Set());
  return [...new Map(uit.map((v) => [`${v.pad} ${v.coordinaat}`, v])).values()];
}

/**
 * Removes every field whose schema coordinate is not allowed — in the operation, in fragments and in
 * inline fragments alike, whatever its alias — then whatever that leaves empty, and unused fragments.
 * Introspection and __typename stay. Decides on coordinates (Type.field), never on response keys.
 * A field allowed `deels` stays, and is reported in `deels` (where it leaves something out).
 */
export function snoei(
  schema: GraphQLSchema, document: DocumentNode, toegestaan: (coordinaat: string) => boolean | 'deels',
): { document: DocumentNode; verwijderd: Verwijderd[]; deels: Verwijderd[] } {
  const weg = new Map<FieldNode, string>();
  const deels = new Map<FieldNode, string>();
  const typeInfo = new TypeInfo(schema);
  let gesnoeid = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value.startsWith('__')) return undefined;
        const coordinaat = `${typeInfo.getParentType()?.name}.${node.name.value}`;
        const besluit = toegestaan(coordinaat);
        if (besluit === 'deels') deels.set(node, coordinaat);
        if (besluit) return undefined;
        weg.set(node, coordinaat);
        return null;
      },
    }),
  );
  for (let veranderd = true; veranderd; ) {
    veranderd = false;
    const legeFragmenten = new Set(
      gesnoeid.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION && leeg(d.selectionSet)).map((f) => f.name.value),
    );
    const gebruikt = new Set<string>();
    visit(gesnoeid, { FragmentSpread: (s) => void gebruikt.add(s.name.value) });
    gesnoeid = visit(gesnoeid, {
      Field: (n) => (leeg(n.selectionSet) ? ((veranderd = true), null) : undefined),
      InlineFragment: (n) => (leeg(n.selectionSet) ? ((veranderd = true), null) : undefined),
      FragmentSpread: (n) => (legeFragmenten.has(n.name.value) ? ((veranderd = true), null) : undefined),
      FragmentDefinition: (n) => (leeg(n.selectionSet) || !gebruikt.has(n.name.value) ? ((veranderd = true), null) : undefined),
    });
  }
  return { document: gesnoeid, verwijderd: paden(document, weg), deels: paden(document, deels) };
}
