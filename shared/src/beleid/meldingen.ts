import { ErrorObject } from 'ajv';
import { YAMLError } from 'yaml';

const TYPEN: Record<string, string> = { object: 'een lijst van namen en waarden', array: 'een lijst', string: 'tekst', integer: 'een geheel getal' };

/** The name the error is about: the last name in its path ("tot" in /toestemming/1/tot), or the file itself. */
function veld(e: ErrorObject): string {
  const naam = e.instancePath.split('/').filter((s) => s !== '' && !/^\d+$/.test(s)).at(-1);
  return naam === undefined ? 'het bestand' : `"${naam.replace(/~1/g, '/').replace(/~0/g, '~')}"`;
}

/**
 * A schema error in the privacy officer's words. The schema's `title` names what a value must be
 * ("eis", "rol"), its `description` says why a value is required.
 */
export function schemamelding(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  const ouder = (e.parentSchema ?? {}) as { title?: string; description?: string; properties?: Record<string, unknown> };
  switch (e.keyword) {
    case 'required': return `"${String(p.missingProperty)}" ontbreekt`;
    case 'additionalProperties': return `onbekende naam "${String(p.additionalProperty)}"; kies uit ${Object.keys(ouder.properties ?? {}).join(', ')}`;
    case 'enum': return `"${String(e.data)}" is ${ouder.title ? `geen ${ouder.title}` : `niet toegestaan bij ${veld(e)}`}; kies uit ${(p.allowedValues as unknown[]).join(', ')}`;
    case 'type': return `${veld(e)} moet ${TYPEN[String(p.type)] ?? String(p.type)} zijn`;
    case 'minimum': return `${veld(e)} moet minstens ${String(p.limit)} zijn`;
    case 'maximum': return `${veld(e)} mag hoogstens ${String(p.limit)} zijn`;
    case 'minLength': return `${veld(e)} is te kort (minstens ${String(p.limit)} tekens)`;
    case 'minItems': return `${veld(e)} moet minstens ${String(p.limit)} waarde(n) bevatten`;
    case 'minProperties': return `${veld(e)} mag niet leeg zijn`;
    case 'uniqueItems': return `${veld(e)} bevat een waarde twee keer`;
    case 'contains': return `${veld(e)} moet "${String((e.schema as { const: string }).const)}" bevatten${ouder.description ? `: ${ouder.description}` : ''}`;
    case 'pattern': return `"${String(e.data)}" mag alleen kleine letters en streepjes bevatten`;
    default: return e.message ?? e.keyword;
  }
}

// the yaml package's messages, most specific first, then by code
const YAML_UITLEG: Array<[RegExp, string]> = [
  [/end with a \]/, 'een lijst die met [ begint, wordt niet gesloten met ]'],
  [/end with a \}/, 'een reeks die met { begint, wordt niet gesloten met }'],
  [/closing .?quote/i, 'een aanhalingsteken wordt niet gesloten'],
  [/same column/, 'de regels van dit blok springen niet even ver in'],
  [/without - indicator/, 'een regel van een lijst moet met "- " beginnen'],
];
const YAML_CODES: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'inspringen met een tab kan niet; gebruik spaties',
  DUPLICATE_KEY: 'deze naam staat twee keer in hetzelfde blok',
  MULTILINE_IMPLICIT_KEY: 'hier ontbreekt een dubbele punt achter een naam',
  BLOCK_AS_IMPLICIT_KEY: 'twee dubbele punten op één regel; zet tekst met een dubbele punt tussen aanhalingstekens',
  BAD_INDENT: 'de inspringing klopt hier niet',
};

/** A YAML syntax error in words. */
export function yamlmelding(f: YAMLError): string {
  const uitleg = YAML_UITLEG.find(([patroon]) => patroon.test(f.message))?.[1] ?? YAML_CODES[f.code] ?? 'de opmaak klopt hier niet';
  return `geen geldige YAML: ${uitleg}`;
}
