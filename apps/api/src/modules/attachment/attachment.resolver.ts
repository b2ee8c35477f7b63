import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { deleteAttachment, listAttachments, mayChangeAttachment } from './attachment.service.js';
import { Attachment, toAttachment } from './attachment.type.js';

// Uploads and downloads go over HTTP (attachment.routes.ts): GraphQL carries the metadata and the withdrawal.
@Resolver(() => Attachment)
export class AttachmentResolver {
  @Query(() => [Attachment], { description: "A record's evidence files, for those who may read the record (NOT_FOUND otherwise)." })
  async attachments(@GqlCtx() ctx: Ctx, @Arg('recordType', () => String) recordType: string, @Arg('recordId', () => ID) recordId: string): Promise<Attachment[]> {
    return (await listAttachments(ctx, recordType, recordId)).map(toAttachment);
  }

  @Authorized('ADMIN', 'CADRE')
  @Mutation(() => Boolean, { description: 'Withdraws an attachment (kept, hidden, audited); the rights of changing its record.' })
  async deleteAttachment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteAttachment(ctx, id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may withdraw it (and upload to its record).' })
  async mayDelete(@GqlCtx() ctx: Ctx, @Root() a: Attachment): Promise<boolean> {
    return mayChangeAttachment(ctx, a.recordType, a.recordId);
  }
}
