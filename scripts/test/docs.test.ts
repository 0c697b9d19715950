// Opens each built API reference in headless Chromium with the network cut off, and checks that
// every operation of the spec has a page that renders, and that the page asked for nothing remote.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildClientReference, clientReferenceDir } from '../lib/build-client-reference.mjs';
import { buildDocs, docsDir } from '../lib/build-docs.mjs';
import { listApis, listOperations, loadSpec } from '../lib/specs.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Promise<Browser> | undefined;
function openBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (as root).`);
  }
  browser ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return browser;
}
afterAll(async () => (await browser)?.close());

/** A page on which every request that is not `file:` or `data:` is refused and recorded. */
async function offlinePage() {
  const context = await (await openBrowser()).newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
  const remoteRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    remoteRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, remoteRequests, pageErrors };
}

/**
 * Redoc 3 shows one page per operation; its sidebar lists them while their tag group is open. Each
 * click toggles a group and the menu renders a moment later, so links are gathered after every
 * click, going round the groups again (up to 3 times) until every expected operation was seen.
 */
async function sidebarLinks(page: Page, operationIds: string[]): Promise<string[]> {
  const groups = page.locator('[data-component-name="Menu/MenuItem"].menu-item-type-group > a');
  await groups.first().waitFor({ timeout: 10_000 });
  const wanted = operationIds.map((id) => id.toLowerCase());
  const links = new Set<string>();
  const gather = async () => {
    const hrefs = await page.locator('[data-component-name="Menu/Menu"] a[href^="#/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) links.add(href);
  };
  const complete = () => wanted.every((id) => [...links].some((href) => href.split('/').pop() === id));
  for (let round = 0; round < 3 && !complete(); round++) {
    await gather();
    for (let i = 0; i < (await groups.count()); i++) {
      await groups.nth(i).click();
      await page.waitForTimeout(250);
      await gather();
    }
  }
  return [...links];
}

const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

describe.each(listApis())('API reference of %s', (api) => {
  it('renders every operation of the spec without any network request', async () => {
    const { page, remoteRequests, pageErrors } = await offlinePage();
    const file = await buildDocs(api);
    const operations = listOperations(loadSpec(api));
    expect(operations.length).toBeGreaterThan(0);
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });

    const links = await sidebarLinks(
      page,
      operations.map((operation) => operation.operationId),
    );
    const missing: string[] = [];
    for (const { operationId, summary, method, path } of operations) {
      // Redoc's route of an operation ends with its operationId in lower case, e.g. #/orders/getorder.
      const link = links.find((href) => href.split('/').pop() === operationId.toLowerCase());
      if (!link) {
        missing.push(`${operationId}: no sidebar entry`);
        continue;
      }
      await page.goto(`${url}${link}`);
      const heading = page
        .locator('h1, h2')
        .filter({ hasText: exactly(summary) })
        .filter({ visible: true });
      const pathLabel = page.getByText(path, { exact: true }).filter({ visible: true });
      try {
        await heading.first().waitFor({ timeout: 10_000 });
        await pathLabel.first().waitFor({ timeout: 10_000 });
      } catch {
        missing.push(`${operationId}: ${link} does not show "${summary}" and ${method.toUpperCase()} ${path}`);
      }
    }

    expect(missing).toEqual([]);

    // The screenshot shows the first operation in a freshly opened page, its sidebar untouched.
    const first = links.find((href) => href.split('/').pop() === operations[0].operationId.toLowerCase());
    const screenshotPage = await page.context().newPage();
    screenshotPage.on('pageerror', (error) => pageErrors.push(error.message));
    await screenshotPage.goto(`${url}${first}`, { waitUntil: 'load' });
    await screenshotPage
      .locator('h1, h2')
      .filter({ hasText: exactly(operations[0].summary) })
      .first()
      .waitFor();
    await screenshotPage.getByText('Loading...').waitFor({ state: 'hidden' }); // the search box's index
    await screenshotPage.screenshot({ path: `${docsDir}/${api}.png` });
    await page.context().close();

    expect(remoteRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('client reference', () => {
  it('opens offline and shows each client class with its resources', { timeout: 300_000 }, async () => {
    // `pnpm api-docs` builds it just before `pnpm test:docs`; build it here only when it is missing.
    if (!existsSync(`${clientReferenceDir}/index.html`)) expect(await buildClientReference()).toEqual([]);
    const { page, remoteRequests, pageErrors } = await offlinePage();
    await page.goto(pathToFileURL(`${clientReferenceDir}/index.html`).href, { waitUntil: 'load' });
    for (const [module, client, resource] of [
      ['@shopclients/komfortkasse', 'Komfortkasse', 'orders'],
      ['@shopclients/iom-order', 'IomOrders', 'orderStates'],
    ]) {
      await page.goto(pathToFileURL(`${clientReferenceDir}/index.html`).href, { waitUntil: 'load' });
      await page.getByRole('link', { name: module, exact: true }).first().click();
      await page.getByRole('link', { name: client, exact: true }).first().click();
      await page
        .locator('h1')
        .filter({ hasText: `Class ${client}` })
        .waitFor({ timeout: 10_000 });
      // The resource's member heading, e.g. <h3 id="orderstates">Readonly orderStates</h3>.
      await page.locator(`h3[id="${resource.toLowerCase()}"]`).filter({ hasText: resource }).waitFor({ timeout: 10_000 });
    }
    await page.context().close();
    expect(remoteRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
