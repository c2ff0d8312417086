import { bit, binnenReikwijdte, GRAPHQL_PAD, maakGrantControle, maakGrantSleutelpaar, maakGrantVerifier, tekenGrant } from '@netwerkdossier/shared';
import { importJWK, JWK, SignJWT } from 'jose';

/** The subgraph's check of the gateway's grant, before anything is executed. */
describe('de grant: alleen van de gateway, voor deze subgraph, dit verzoek, één keer', () => {
  const verzoek = { pad: GRAPHQL_PAD, body: { query: '{ huishoudens { id } }' } };
  const inhoud = { subgraph: 'gi', verzoek, sub: 'gi-sanne', organisatie: 'gi', team: 'RVT Midden', rol: 'professional', doel: 'uitvoering-maatregel' };
  let sleutels: { prive: JWK; publiek: JWK };
  beforeAll(async () => {
    sleutels = await maakGrantSleutelpaar();
  });
  const weigering = (p: Promise<unknown>) => p.then(() => 'aanvaard', (fout: Error & { extensions?: { code?: string } }) => `${fout.extensions?.code}: ${fout.message}`);
  const verifier = (eersteGebruik = async () => true) => maakGrantVerifier(sleutels.publiek, 'gi', eersteGebruik);

  test('een goede grant geeft wie, waarvoor en welke besluiten', async () => {
    const besluiten = { huishoudens: new Map([['h', { zichtbaar: bit('pseudoniem'), geanonimiseerd: 0 }]]), personen: new Map() };
    const grant = await tekenGrant(sleutels.prive, { ...inhoud, vormen: ['maatregel'], reikwijdte: ['h'], besluiten, intern: 'beslissingscontext', audit: 'a', dossierbevestigingen: [{ huishouden: 'h', kenmerk: 'k' }] });
    const g = await verifier()(grant, verzoek);
    expect(g).toMatchObject({ sub: 'gi-sanne', organisatie: 'gi', team: 'RVT Midden', rol: 'professional', doel: 'uitvoering-maatregel', vormen: ['maatregel'], intern: 'beslissingscontext', reikwijdte: ['h'], audit: 'a', dossierbevestigingen: [{ huishouden: 'h', kenmerk: 'k' }] });
    expect(g.besluiten?.huishoudens.get('h')).toEqual({ zichtbaar: bit('pseudoniem'), geanonimiseerd: 0 });
    expect(binnenReikwijdte(g, 'h')).toBe(true);
    expect(binnenReikwijdte(g, 'ander')).toBe(false);
    const kaal = await verifier()(await tekenGrant(sleutels.prive, { ...inhoud, organisatie: null, team: null }), verzoek);
    expect(kaal).toMatchObject({ organisatie: null, team: null, vormen: [], intern: null, reikwijdte: null, besluiten: null, audit: null, dossierbevestigingen: [] });
    expect(binnenReikwijdte(kaal, 'h')).toBe(false);
  });

  test('geen, een andere sleutel, een andere subgraph, verlopen of te lang geldig: geweigerd', async () => {
    const v = verifier();
    expect(await weigering(v(undefined, verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: geen grant meegestuurd');
    expect(await weigering(v('', verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: geen grant meegestuurd');
    expect(await weigering(v(['a', 'b'], verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: geen grant meegestuurd');
    const ander = await maakGrantSleutelpaar();
    expect(await weigering(v(await tekenGrant(ander.prive, inhoud), verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: handtekening of vorm klopt niet');
    expect(await weigering(v(await tekenGrant(sleutels.prive, { ...inhoud, subgraph: 'raad' }), verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: claim aud is ongeldig');
    expect(await weigering(v(await tekenGrant(sleutels.prive, { ...inhoud, geldigheid: -10 }), verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: verlopen');
    expect(await weigering(v(await tekenGrant(sleutels.prive, { ...inhoud, geldigheid: 120 }), verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: geldig langer dan 60 seconden');
    const hs256 = await new SignJWT({ doel: 'x' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('netwerkdossier-gateway').setAudience('gi').setSubject('s').setJti('j').setIssuedAt().setExpirationTime('30s').sign(new Uint8Array(32));
    expect(await weigering(v(hs256, verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: niet toegestaan algoritme');
  });

  test('gebonden aan dit ene verzoek: een ander document, andere variabelen of een andere route worden geweigerd', async () => {
    const v = verifier();
    const grant = await tekenGrant(sleutels.prive, inhoud);
    expect(await weigering(v(grant, { pad: GRAPHQL_PAD, body: { query: '{ huishoudens { id leden { id } } }' } }))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: gegeven voor een ander verzoek (document, variabelen of route)');
    expect(await weigering(v(grant, { pad: '/toegangslog', body: verzoek.body }))).toMatch(/gegeven voor een ander verzoek/);
    // refused without being marked used: the request it was made for still goes through
    expect(await weigering(v(grant, verzoek))).toBe('aanvaard');
    const ongebonden = await new SignJWT({ doel: 'x' }).setProtectedHeader({ alg: 'ES256' }).setIssuer('netwerkdossier-gateway').setAudience('gi').setSubject('s').setJti('j').setIssuedAt().setExpirationTime('30s').sign(await importJWK(sleutels.prive, 'ES256'));
    expect(await weigering(v(ongebonden, verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: niet gebonden aan een verzoek');
  });

  test('één keer: in dit proces, en volgens het duurzame geheugen; kan dat niet vastleggen, dan niets', async () => {
    const v = verifier();
    const grant = await tekenGrant(sleutels.prive, inhoud);
    expect(await weigering(v(grant, verzoek))).toBe('aanvaard');
    expect(await weigering(v(grant, verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: al eerder gebruikt (replay)');
    expect(await weigering(verifier(async () => false)(await tekenGrant(sleutels.prive, inhoud), verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: al eerder gebruikt (replay)');
    expect(await weigering(verifier(async () => { throw new Error('database weg'); })(await tekenGrant(sleutels.prive, inhoud), verzoek))).toBe('GRANT_NIET_VASTGELEGD: Het gebruik van de grant kon niet worden vastgelegd; er wordt niets gegeven');
  });

  test('besluiten die niet te lezen zijn, openen niets', async () => {
    const kapot = await new SignJWT({ doel: 'x', verzoek: (await import('@netwerkdossier/shared')).verzoekHash(verzoek), besluiten: { h: 'x', p: [] } }).setProtectedHeader({ alg: 'ES256' }).setIssuer('netwerkdossier-gateway').setAudience('gi').setSubject('s').setJti('kapot').setIssuedAt().setExpirationTime('30s').sign(await importJWK(sleutels.prive, 'ES256'));
    expect(await weigering(verifier()(kapot, verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: claim besluiten is ongeldig');
  });
  /** A grant signed by the gateway's key with the claims given as they are (tekenGrant only writes well-formed ones). */
  const ruw = async (claims: Record<string, unknown>, iat?: number) => {
    const { verzoekHash } = await import('@netwerkdossier/shared');
    const jwt = new SignJWT({ doel: 'x', verzoek: verzoekHash(verzoek), ...claims }).setProtectedHeader({ alg: 'ES256' }).setIssuer('netwerkdossier-gateway').setAudience('gi').setSubject('s').setJti(`ruw-${Math.random()}`).setExpirationTime('30s');
    return (iat === undefined ? jwt.setIssuedAt() : jwt.setIssuedAt(iat)).sign(await importJWK(sleutels.prive, 'ES256'));
  };

  test('alleen goed gevormde claims tellen: een dossierbevestiging zonder huishouden of kenmerk, of met meer, valt weg', async () => {
    const g = await verifier()(await ruw({ dossierbevestigingen: [{ huishouden: 'h', kenmerk: 'k', extra: 'x' }, { huishouden: 1, kenmerk: 'k' }, { huishouden: 'h' }, { kenmerk: 'k' }, null, 'hk'], organisatie: 7, team: ['t'], vormen: 'duo', reikwijdte: 'h', intern: 1, audit: {}, rol: 3 }), verzoek);
    expect(g).toMatchObject({ dossierbevestigingen: [{ huishouden: 'h', kenmerk: 'k' }], organisatie: null, team: null, vormen: [], reikwijdte: null, intern: null, audit: null, rol: '3', doel: 'x', besluiten: null });
    expect(g.dossierbevestigingen[0]).toEqual({ huishouden: 'h', kenmerk: 'k' });
    expect((await verifier()(await ruw({ dossierbevestigingen: { huishouden: 'h', kenmerk: 'k' } }), verzoek)).dossierbevestigingen).toEqual([]);
    expect((await verifier()(await ruw({ vormen: [1, 'duo'], reikwijdte: [2] }), verzoek))).toMatchObject({ vormen: ['1', 'duo'], reikwijdte: ['2'] });
  });

  test('elke vereiste claim moet er zijn; een weigering is 401, een niet vastgelegd gebruik 503', async () => {
    expect(await weigering(verifier()(await ruw({ doel: undefined }), verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: claim doel is ongeldig');
    const fout = await verifier()(undefined, verzoek).catch((f: { extensions: unknown }) => f);
    expect(fout).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    const nietVastgelegd = await verifier(async () => { throw new Error('weg'); })(await ruw({}), verzoek).catch((f: { extensions: unknown }) => f);
    expect(nietVastgelegd).toMatchObject({ extensions: { code: 'GRANT_NIET_VASTGELEGD', http: { status: 503 } } });
  });

  test('het eerste gebruik wordt één keer vastgelegd, hoe vaak de subgraph er ook naar vraagt', async () => {
    const gebruikt: string[] = [];
    const controle = maakGrantControle(sleutels.publiek, 'gi', async (jti) => !gebruikt.includes(jti) && gebruikt.push(jti) > 0);
    const { eersteGebruik } = await controle(await tekenGrant(sleutels.prive, inhoud), verzoek);
    await expect(eersteGebruik()).resolves.toBeUndefined();
    // the same promise again, not a second write (which the memory would refuse as a replay)
    await expect(eersteGebruik()).resolves.toBeUndefined();
    expect(gebruikt).toHaveLength(1);
  });

  test('de checkpoints die een grant meebrengt: alleen een lijst, alleen teksten', async () => {
    expect((await verifier()(await ruw({ getuigd: ['a', 5, null, 'b', ['c']] }), verzoek)).getuigd).toEqual(['a', 'b']);
    expect((await verifier()(await ruw({ getuigd: 'a' }), verzoek)).getuigd).toEqual([]);
    expect((await verifier()(await ruw({}), verzoek)).getuigd).toEqual([]);
  });

  test('een grant uit de toekomst (iat verder dan de speling vooruit) wordt geweigerd', async () => {
    const nu = Math.floor(Date.now() / 1000);
    expect(await weigering(verifier()(await ruw({}, nu + 20), verzoek))).toBe('UNAUTHENTICATED: Geen geldige grant van de gateway: claim iat is ongeldig');
    expect(await weigering(verifier()(await ruw({}, nu + 2), verzoek))).toBe('aanvaard');
  });
});
