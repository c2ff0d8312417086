import { controleerLimiet, controleerPseudoniem, MAX_HUISHOUDENS_PER_VERZOEK } from '@netwerkdossier/shared';
import { FieldNode, FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, valueFromASTUntyped } from 'graphql';

/**
 * The root fields whose households are known before anything is fetched, and how, each under its
 * response key (`pad`); `eigen`: where the caller asks for their own household as a household member (`mijnHuishouden`).
 */
export type Reikwijdte = { huishoudens: Array<{ pad: string; id: string }>; lijsten: Array<{ pad: string; limiet: number; vanaf: number }>; eigen: string[] };

export function rootVelden(set: SelectionSetNode, fragmenten: Map<string, FragmentDefinitionNode>): FieldNode[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootVelden(s.selectionSet, fragmenten);
    const f = fragmenten.get(s.name.value);
    return f ? rootVelden(f.selectionSet, fragmenten) : [];
  });
}

function onbekend(veld: string): GraphQLError {
  return new GraphQLError(`Het veld ${veld} heeft geen bekende reikwijdte; de gateway beslist er niet over en geeft niets`, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * Which households a query is about: `huishouden(id)` names one, `huishoudens(limiet, vanaf)` a page of
 * the caller's own, `mijnHuishouden` a household member's own. Any other root field is refused (fail closed) until its scope is defined here.
 */
export function bepaalReikwijdte(operatie: OperationDefinitionNode, fragmenten: FragmentDefinitionNode[], variabelen: Record<string, unknown>): Reikwijdte {
  const reikwijdte: Reikwijdte = { huishoudens: [], lijsten: [], eigen: [] };
  const argument = (veld: FieldNode, naam: string, standaard: unknown) => {
    const a = veld.arguments?.find((x) => x.name.value === naam);
    return a ? valueFromASTUntyped(a.value, variabelen) : standaard;
  };
  for (const veld of rootVelden(operatie.selectionSet, new Map(fragmenten.map((f) => [f.name.value, f])))) {
    const naam = veld.name.value;
    if (naam.startsWith('__')) continue;
    const pad = (veld.alias ?? veld.name).value;
    if (naam === 'huishouden') reikwijdte.huishoudens.push({ pad, id: controleerPseudoniem(String(argument(veld, 'id', '')), 'id') });
    else if (naam === 'huishoudens') reikwijdte.lijsten.push({ pad, limiet: controleerLimiet(Number(argument(veld, 'limiet', 50)), MAX_HUISHOUDENS_PER_VERZOEK), vanaf: Number(argument(veld, 'vanaf', 0)) });
    else if (naam === 'mijnHuishouden') reikwijdte.eigen.push(pad);
    else throw onbekend(`Query.${naam}`);
  }
  const omvang = +(reikwijdte.eigen.length > 0) + reikwijdte.huishoudens.length + reikwijdte.lijsten.reduce((n, l) => n + l.limiet, 0);
  if (omvang > MAX_HUISHOUDENS_PER_VERZOEK) {
    throw new GraphQLError(`Eén verzoek gaat over hoogstens ${MAX_HUISHOUDENS_PER_VERZOEK} huishoudens; dit verzoek vraagt er tot ${omvang}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return reikwijdte;
}
