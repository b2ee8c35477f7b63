import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { AttachmentEntity } from './attachment.entity.js';

@ObjectType('Attachment', { description: 'An evidence file (photo, scan, PDF) of a record: metadata; the bytes are at `url`.' })
export class Attachment {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The GraphQL type of the record it belongs to.' })
  recordType!: string;

  @Field(() => ID)
  recordId!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'Judged from the content: image/jpeg, image/png, image/webp or application/pdf.' })
  mimeType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => String)
  uploadedByName!: string;

  @Field(() => String, { description: 'GET it with the same credentials; add `?inline=1` to show it in the browser.' })
  url!: string;
}

export function toAttachment(e: AttachmentEntity): Attachment {
  return Object.assign(new Attachment(), {
    id: e.id,
    recordType: e.recordType,
    recordId: e.recordId,
    fileName: e.fileName,
    mimeType: e.mimeType,
    size: e.size,
    createdAt: e.createdAt,
    uploadedByName: e.uploadedByName,
    url: `/api/attachments/${e.id}`,
  });
}
