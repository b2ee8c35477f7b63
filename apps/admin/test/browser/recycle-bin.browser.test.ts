import { describe, expect, it } from 'vitest';
import { apiAs, baseUrl, gql, POLL, shot, signedIn, useBrowser, useFailureShots } from './support';

const browser = useBrowser();
useFailureShots();

/** A research trip of someone in the ADMIN's scope, made through the API so the test starts from a known row. */
async function tripToDelete(purpose: string): Promise<string> {
  const api = await apiAs('admin');
  const { people } = await gql<{ people: { items: { id: string }[] } }>(api, '{ people(perPage: 1) { items { id } } }');
  const { createResearchTrip } = await gql<{ createResearchTrip: { id: string } }>(
    api,
    'mutation($i: CreateResearchTripInput!) { createResearchTrip(input: $i) { id } }',
    { i: { personId: people.items[0]?.id, occurredOn: '2025-02-03', days: 0.5, purpose } },
  );
  await api.dispose();
  return createResearchTrip.id;
}

describe('回收站 in a real browser', () => {
  it('lets an ADMIN delete a record (told it can be restored), find it in 回收站, restore it, and see it back in its list', async () => {
    const purpose = `回收站测试 ${Date.now()}`;
    const id = await tripToDelete(purpose);
    const { context, page } = await signedIn(browser(), 'admin');
    const listed = `${baseUrl}/#/researchTrips?filter=${encodeURIComponent(JSON.stringify({ ids: [id] }))}`;

    // Delete from the record's page: the confirmation says an administrator can restore it.
    await page.goto(`${baseUrl}/#/researchTrips/${id}/show`);
    await page.getByText(purpose).first().waitFor();
    await page.getByRole('button', { name: '删除' }).first().click();
    const confirm = page.getByRole('dialog');
    await expect.poll(() => confirm.innerText(), POLL).toContain('管理员可在“回收站”中恢复');
    await shot(page, '40-record-delete-confirm');
    await confirm.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.getByText('已删除').count(), POLL).toBeGreaterThan(0);

    // 回收站, from the ADMIN's menu, filtered to research trips.
    await page.getByRole('menuitem', { name: '回收站' }).click();
    await page.waitForURL(/#\/recycleBin/);
    await page.getByTestId('recycle-type').click();
    await page.getByRole('option', { name: '调研', exact: true }).click();
    const row = page.locator(`tr[data-record-id="${id}"]`);
    await expect.poll(() => row.innerText(), POLL).toContain(purpose);
    await shot(page, '41-recycle-bin');
    await row.getByRole('button', { name: '恢复' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText(), POLL).toContain('恢复这条调研');
    await dialog.getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => page.getByText('已恢复：调研').count(), POLL).toBeGreaterThan(0);
    await expect.poll(() => row.count(), POLL).toBe(0);

    // Back in its list.
    await page.goto(listed);
    await expect.poll(() => page.locator('tbody tr').count(), POLL).toBe(1);
    await shot(page, '42-restored-in-list');
    await context.close();
  });
});
