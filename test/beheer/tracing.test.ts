import http from 'node:http';

import { demoHuishouden, startTracing, Tracing } from '@netwerkdossier/shared';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 12;
/** The subgraphs DOSSIER asks something of: it holds a field of netwerk, the lokaal team, VT, the GI and the Raad. */
const GEVRAAGD = ['netwerk', 'lokaal-team', 'veilig-thuis', 'gi', 'raad'];
const DOSSIER = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { id adres leden { id personalia { voornaam achternaam } } meldingen { aard } maatregelen { soort } beschermingsonderzoeken { onderzoeker } } }`;

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: Array<{ key: string; value: Record<string, unknown> }>;
}
interface OtlpExport {
  resourceSpans: Array<{ scopeSpans: Array<{ scope: { name: string }; spans: OtlpSpan[] }> }>;
}

/** A small OTLP/HTTP (JSON) receiver: every span it is sent, with the name of the tracer (scope) that made it. */
async function startOntvanger(): Promise<{ url: string; spans: Array<OtlpSpan & { scope: string }>; stop(): Promise<void> }> {
  const spans: Array<OtlpSpan & { scope: string }> = [];
  const server = http.createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(delen).toString('utf8')) as OtlpExport;
      for (const r of body.resourceSpans) for (const s of r.scopeSpans) for (const span of s.spans) spans.push({ ...span, scope: s.scope.name });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, spans, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('traces over gateway en partners', () => {
  let netwerk: TestNetwerk;
  let ontvanger: Awaited<ReturnType<typeof startOntvanger>>;
  let tracing: Tracing | undefined;
  const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => GEVRAAGD.every((p) => p === 'netwerk' || h.bekendBij.has(p)))!;
  const jeugdbeschermer = huishouden.betrokkenheden.find((b) => b.organisatie === 'gi' && b.vorm === 'maatregel')!.professional;

  beforeAll(async () => {
    ontvanger = await startOntvanger();
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = ontvanger.url;
    tracing = startTracing('netwerkdossier-test');
    netwerk = await startTestNetwerk('tracing', AANTAL);
  });
  afterAll(async () => {
    await netwerk?.stop();
    await tracing?.stop();
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    await ontvanger?.stop();
  });

  test('één verzoek aan de gateway is één trace: spans van de gateway en, als kinderen daarvan, van elke gevraagde partner; geen persoonsgegevens erin', async () => {
    expect(tracing).toBeDefined();
    const antwoord = await netwerk.vraag(DOSSIER, { token: await netwerk.token(jeugdbeschermer), variables: { id: huishouden.id }, doel: 'uitvoering-maatregel' });
    expect(antwoord.body.errors).toBeUndefined();
    await tracing!.stop();
    tracing = undefined;

    const verzoek = ontvanger.spans.find((s) => s.scope === 'gateway' && s.name === 'POST /graphql');
    expect(verzoek).toBeDefined();
    const trace = ontvanger.spans.filter((s) => s.traceId === verzoek!.traceId);
    const vanGateway = new Set(trace.filter((s) => s.scope === 'gateway' || s.scope === 'apollo/gateway-js').map((s) => s.spanId));
    expect(trace.filter((s) => s.scope === 'apollo/gateway-js').map((s) => s.name)).toEqual(expect.arrayContaining(['gateway.request', 'gateway.plan', 'gateway.fetch']));
    for (const partner of GEVRAAGD) {
      const spans = trace.filter((s) => s.scope === partner);
      expect({ partner, namen: spans.map((s) => s.name) }).toEqual({ partner, namen: expect.arrayContaining(['POST /']) });
      for (const span of spans) expect({ partner, kindVanDeGateway: vanGateway.has(span.parentSpanId ?? '') }).toEqual({ partner, kindVanDeGateway: true });
    }
    const inhoud = JSON.stringify(trace.map((s) => [s.name, s.attributes]));
    const geheim = [huishouden.id, huishouden.adres, ...huishouden.leden.flatMap((l) => [l.id, l.voornaam, l.achternaam])];
    expect(geheim.filter((g) => inhoud.includes(g))).toEqual([]);
  });
});
