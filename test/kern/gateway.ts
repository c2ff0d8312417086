/**
 * What the fast tests use of @netwerkdossier/gateway, from its sources, without the server around it (Apollo,
 * OIDC, the web app): jest.kern.config.js maps the package here, as it maps shared to test/kern/shared.ts.
 */
export { beslisHuishouden } from '../../gateway/src/beslissing/beslis';
export { CedarBeslisser } from '../../gateway/src/beslissing/cedar';
export type { Beslissingscontext, Vrager } from '../../gateway/src/beslissing/context';
export type { Persoonsbeslissing } from '../../gateway/src/beslissing/uitkomst';
export { Besluitenset } from '../../gateway/src/handhaving/besluitenset';
export { controleerResultaat } from '../../gateway/src/handhaving/controle';
export { leesVeldkaart } from '../../gateway/src/handhaving/veldkaart';
export { leesSupergraph } from '../../gateway/src/supergraph';
