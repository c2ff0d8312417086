/**
 * What the core modules and their fast tests use of @netwerkdossier/shared, from its sources, without the
 * rest of the package (database, services, logging): jest.kern.config.js maps the package here, so each of
 * the many short runs of `npm run mutatie` loads only this. A name missing here is undefined in a test and
 * fails it; add it from its own module.
 */
export * from '../../shared/src/beleid/beleid';
export * from '../../shared/src/beleid/besluitbewijs';
export * from '../../shared/src/beleid/bron';
export * from '../../shared/src/beleid/rooster';
export { BeleidOngeldig, beleidUitBestanden, laadBeleid, STANDAARD_POLICIES } from '../../shared/src/beleid/laden';
export { eigenWaarde } from '../../shared/src/beleid/opzoeken';
export * from '../../shared/src/beleid/leeftijden';
export { houdersUitSupergraph, STANDAARD_SUPERGRAPH, veldeigenaars } from '../../shared/src/beleid/houders';
export * from '../../shared/src/besluiten';
export * from '../../shared/src/betreft';
export { canoniek } from '../../shared/src/canoniek';
export * from '../../shared/src/categorie';
export { controleerClassificatie } from '../../shared/src/classificatie';
export * from '../../shared/src/getuige/checkpoint';
export * from '../../shared/src/grant/controleren';
export * from '../../shared/src/grant/grant';
export * from '../../shared/src/grant/tekenen';
export * from '../../shared/src/grant/verzoek';
export { controleerPseudoniem } from '../../shared/src/invoer';
export { PROFESSIONALS } from '../../shared/src/demo/personas';
export * from '../../shared/src/partners';
export { plusMaanden } from '../../shared/src/bewaren';
export * from '../../shared/src/services';
export type { Inhoudvelden } from '../../shared/src/toegangslog';
export * from '../../shared/src/wettelijke-grondslag';
