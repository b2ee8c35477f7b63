import { describe, expect, it } from 'vitest';
import { apiAs, baseUrl, gql, POLL, shot, signedIn, useBrowser, useFailureShots } from './support';

const browser = useBrowser();
useFailureShots();

/** A real 1×1 PNG: the API judges files by their bytes. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The id of one of the cadre's own research trips, read through the API as the cadre. */
async function ownTripId(): Promise<string> {
  const api = await apiAs('cadre');
  const { researchTrips } = await gql<{ researchTrips: { items: { id: string }[] } }>(api, '{ researchTrips(filter: { mine: true }, perPage: 1) { items { id } } }');
  await api.dispose();
  const id = researchTrips.items[0]?.id;
  if (!id) throw new Error('the demo cadre has no research trip');
  return id;
}

describe('evidence attachments in a real browser', () => {
  it('lets a cadre upload a photo on their research trip and see it listed with its thumbnail; a text file named .png is refused in Chinese', async () => {
    const tripId = await ownTripId();
    const { context, page } = await signedIn(browser(), 'cadre');

    await page.goto(`${baseUrl}/#/researchTrips/${tripId}/show`);
    const panel = page.getByTestId('attachments-panel');
    await panel.getByText('附件（佐证材料）').waitFor();
    await panel.getByTestId('attachment-input').setInputFiles({ name: '调研现场照片.png', mimeType: 'image/png', buffer: PNG });
    const item = panel.getByTestId('attachment-item').filter({ hasText: '调研现场照片.png' });
    await item.waitFor();
    await expect.poll(() => item.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), POLL).toBe(1);
    expect(await item.innerText()).toMatch(/上传于/);
    await shot(page, '40-attachments-uploaded');

    await panel.getByTestId('attachment-input').setInputFiles({ name: '伪装.png', mimeType: 'image/png', buffer: Buffer.from('这不是图片') });
    await expect.poll(() => panel.getByRole('alert').innerText(), POLL).toContain('文件类型不支持');
    expect(await panel.getByTestId('attachment-item').filter({ hasText: '伪装.png' }).count()).toBe(0);
    await context.close();
  });
});
