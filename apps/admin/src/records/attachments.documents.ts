// Operations of the attachments panel. Uploads and downloads are plain HTTP (attachments.ts); GraphQL lists
// and withdraws.
import { graphql } from '../gql';

export const AttachmentsDocument = graphql(`
  query Attachments($recordType: String!, $recordId: ID!) {
    attachments(recordType: $recordType, recordId: $recordId) {
      id
      fileName
      mimeType
      size
      createdAt
      uploadedByName
      url
      mayDelete
    }
  }
`);

export const DeleteAttachmentDocument = graphql(`
  mutation DeleteAttachment($id: ID!) {
    deleteAttachment(id: $id)
  }
`);
