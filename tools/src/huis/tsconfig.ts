import { SUBGRAPHS } from '@netwerkdossier/shared';

/** The root tsconfig.json: `tsc -b` builds shared, every subgraph, the gateway, the tools and the tests. */
export function tsconfig(): string {
  const projecten = ['shared', ...SUBGRAPHS.map((n) => `subgraphs/${n}`), 'gateway', 'tools', 'test'];
  return `{\n  "files": [],\n  "references": [\n${projecten.map((p) => `    { "path": "${p}" }`).join(',\n')}\n  ]\n}\n`;
}
