import { randomUUID } from 'node:crypto';

import { demoHuishouden } from '@netwerkdossier/shared';
import { gezinPersonas } from '@netwerkdossier/tools';
import { Browser } from 'playwright-core';
import { Client } from 'pg';

import { BUITEN_HUISHOUDEN } from '../../gateway/src/beslissing/reden';
import { aangemeldAls, startChromium, teBreed, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 20;
const [ouderA] = gezinPersonas(TEST_SEED, AANTAL);
const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.leden.some((l) => l.id === ouderA.sub))!;
const PLAN = 'query { mijnHuishouden { gezinsplan { doelen { omschrijving } } top3 { zorgen { tekst } } } }';

interface Plan { gezinsplan: { doelen: Array<{ omschrijving: string | null }> } | null; top3: Array<{ zorgen: Array<{ tekst: string | null }> }> }

/** The family's own plan: one withheld part is said in its place, and the rest of the plan stays. */
describe('webapp: het gezinsplan van het gezin per deel', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  let db: Client;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('web-gezin-plan-delen', AANTAL, [], { web: true });
    browser = await startChromium();
    db = new Client({ connectionString: netwerk.databaseUrls['lokaal-team'] });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await browser?.close();
    await netwerk?.stop();
  });

  test('een doel over iemand die het gezin niet (meer) kent, is afgeschermd met de reden; de andere doelen en de Top3 blijven te zien; toegankelijk', async () => {
    // a second doel about the whole household, and the first about someone no longer a member: the gateway cannot decide for them, so withholds
    const doelen = 'SELECT d.id FROM gezinsdoel d JOIN gezinsplan p ON p.id = d.gezinsplan_id JOIN dossier x ON x.id = p.dossier_id WHERE x.huishouden_id = $1 ORDER BY d.id';
    const [eerste] = (await db.query<{ id: number }>(doelen, [huishouden.id])).rows;
    expect(eerste).toBeDefined();
    await db.query("INSERT INTO gezinsdoel (gezinsplan_id, omschrijving, behaald, betreft) SELECT gezinsplan_id, 'Samen elke week een vast moment voor het huiswerk', false, '{}' FROM gezinsdoel WHERE id = $1", [eerste.id]);
    await db.query('UPDATE gezinsdoel SET betreft = $2 WHERE id = $1', [eerste.id, [randomUUID()]]);

    const api = await netwerk.vraag(PLAN, { token: await netwerk.clientToken(ouderA.sub), doel: 'inzage' });
    expect(api.body.errors).toBeUndefined();
    const plan = (api.body.data as { mijnHuishouden: Plan }).mijnHuishouden;
    const omschrijvingen = plan.gezinsplan!.doelen.map((d) => d.omschrijving);
    expect(omschrijvingen[0]).toBeNull();
    expect(omschrijvingen.filter((o) => o !== null).length).toBeGreaterThan(0);
    // its reason as the gateway gave it: that it concerns someone outside this household, without whom
    const redenen = [...new Set(((api.body.extensions?.afgeschermd ?? []) as Array<{ pad: string; reden: string }>).filter((a) => a.pad.startsWith('mijnHuishouden.gezinsplan.doelen.0')).map((a) => a.reden))];
    expect(redenen).toEqual([BUITEN_HUISHOUDEN]);

    const page = await aangemeldAls(browser, new URL('/', netwerk.gatewayUrl).href, ouderA.naam);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: 'Uw gezinsplan', level: 2 }).waitFor();
    await page.getByText('Laden…').first().waitFor({ state: 'detached' });
    const regels = await page.getByRole('list', { name: 'Doelen' }).getByRole('listitem').allInnerTexts();
    expect(regels).toHaveLength(omschrijvingen.length);
    expect(regels[0]).toBe(`Afgeschermd: ${BUITEN_HUISHOUDEN}`);
    for (const [i, o] of omschrijvingen.entries()) if (o !== null) expect(regels[i]).toContain(o);
    // the rest of the plan is not taken along with the withheld doel
    const top3 = await page.locator('article[aria-labelledby="plan-top3"]').innerText();
    for (const z of plan.top3.at(-1)?.zorgen ?? []) if (z.tekst) expect(top3).toContain(z.tekst);
    expect(await teBreed(page)).toEqual([]);
    expect(await toegankelijk(page)).toEqual([]);
    await page.context().close();
  });
});
