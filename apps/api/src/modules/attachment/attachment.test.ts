import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../db/entities.js';
import { RecordEntity } from '../common/record.entity.js';
import { cleanFileName, contentDisposition, maxAttachmentMb, sniffType } from './attachment.files.js';
import { attachableTypes } from './attachment.registry.js';

describe('attachment files', () => {
  it('knows JPEG, PNG, WebP and PDF by their first bytes and nothing else', () => {
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffType(Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 2, 3, 4]), Buffer.from('WEBPVP8 ')]))).toBe('image/webp');
    expect(sniffType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffType(Buffer.from('RIFF1234WAVE'))).toBeNull();
    expect(sniffType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffType(Buffer.from('<html>'))).toBeNull();
    expect(sniffType(Buffer.alloc(0))).toBeNull();
  });

  it('keeps a Chinese file name, drops folders and control characters, and names a nameless file by its type', () => {
    expect(cleanFileName(encodeURIComponent('走访记录（三）.pdf'), 'application/pdf')).toBe('走访记录（三）.pdf');
    expect(cleanFileName(encodeURIComponent('../../etc/照片.png'), 'image/png')).toBe('照片.png');
    expect(cleanFileName(encodeURIComponent('C:\\Users\\a\\b".jpg\n'), 'image/jpeg')).toBe('b.jpg');
    expect(cleanFileName(undefined, 'image/webp')).toBe('附件.webp');
    expect(cleanFileName('%E0%A4%A', 'image/png')).toBe('%E0%A4%A');
  });

  it('writes Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition('attachment', '调研 报告(1).pdf')).toBe(
      `attachment; filename="__ __(1).pdf"; filename*=UTF-8''%E8%B0%83%E7%A0%94%20%E6%8A%A5%E5%91%8A%281%29.pdf`,
    );
  });

  it('reads the size limit from LIANXI_MAX_ATTACHMENT_MB, 10 MB when unset or nonsense', () => {
    expect(maxAttachmentMb({})).toBe(10);
    expect(maxAttachmentMb({ LIANXI_MAX_ATTACHMENT_MB: '25' })).toBe(25);
    expect(maxAttachmentMb({ LIANXI_MAX_ATTACHMENT_MB: 'lots' })).toBe(10);
  });

  it('registers every record kind, visit cases included, under its GraphQL type name', () => {
    const records = ENTITIES.filter((e) => e.prototype instanceof RecordEntity).map((e) => e.name.replace(/Entity$/, ''));
    expect([...attachableTypes().keys()].sort()).toEqual(records.sort());
    expect(attachableTypes().get('VisitCase')?.cadreKeeps).toBe(false);
    expect(attachableTypes().get('ResearchTrip')?.cadreKeeps).toBe(true);
    expect(records).toEqual(expect.arrayContaining(['ResearchTrip', 'ContactVisit', 'VisitCase', 'Opinion', 'Commitment', 'YearEndReport']));
  });
});
