// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheet, workbookBuffer } from './excel';

describe('Excel export', () => {
  it('writes a sheet with title lines, a Chinese header row and the rows, readable by Excel', async () => {
    const buffer = await workbookBuffer([
      sheet<{ name: string; rate: number }>({
        name: '下级单位',
        title: ['鹤山农场 2026年 落实情况', '导出时间 2026-11-28'],
        columns: [
          { header: '单位', value: (r) => r.name },
          { header: '达标率', value: (r) => r.rate },
        ],
        rows: [{ name: '第一管理区', rate: 0.17 }, { name: '=HYPERLINK("x")', rate: 0 }],
      }),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer);
    const ws = wb.getWorksheet('下级单位');
    expect(ws?.getRow(1).getCell(1).value).toBe('鹤山农场 2026年 落实情况');
    expect(ws?.getRow(4).values).toEqual([undefined, '单位', '达标率']);
    expect(ws?.getRow(5).values).toEqual([undefined, '第一管理区', 0.17]);
    expect(ws?.getRow(6).getCell(1).value).toBe('\'=HYPERLINK("x")');
  });
});
