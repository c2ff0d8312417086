const JUSTITIEEL = 'justitieel:        { consultatie: nooit,                              duo: ';

/** `bestanden` with justitieel's duo cell set to `naar`, failing loudly when the policy no longer has it. */
export function justitieelInDuo(bestanden: Record<string, string>, naar: string): Record<string, string> {
  const deelmatrix = bestanden['deelmatrix.yaml'];
  const m = new RegExp(`${JUSTITIEEL.replace('{', '\\{')}([\\w-]+)`).exec(deelmatrix);
  if (!m) throw new Error('justitieel bij duo staat niet (meer) in het beleid');
  return { ...bestanden, 'deelmatrix.yaml': deelmatrix.replace(m[0], `${JUSTITIEEL}${naar}`) };
}
