import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * Runs an embedded PostgreSQL for as long as its parent keeps stdin open (the test run's one
 * server). Prints `{"adminUrl": …}` on one line when ready. Arguments: data directory, port, then
 * any server settings (`naam=waarde`).
 */
async function main(): Promise<void> {
  const [dataDir, port, ...instellingen] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port), tijdelijk: true, instellingen });
  let gestopt = false;
  const stop = () => {
    if (gestopt) return;
    gestopt = true;
    void server.stop().then(() => process.exit(0));
  };
  process.stdin.on('end', stop).resume();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdout.write(`${JSON.stringify({ adminUrl: server.adminUrl })}\n`);
}

main().catch((fout: unknown) => {
  console.error(fout);
  process.exit(1);
});
