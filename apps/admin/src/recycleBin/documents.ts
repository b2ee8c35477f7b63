// Operations of 回收站 (the recycle bin, ADMIN only); typed by graphql-codegen into src/gql/.
import { graphql } from '../gql';

export const DeletedRecordsDocument = graphql(`
  query DeletedRecords($filter: DeletedRecordFilter, $page: Int, $perPage: Int) {
    deletedRecords(filter: $filter, page: $page, perPage: $perPage) {
      total
      items {
        recordType
        id
        summary
        person { id name }
        unitName
        occurredOn
        deletedAt
        deletedBy
      }
    }
  }
`);

export const RestoreRecordDocument = graphql(`
  mutation RestoreRecord($recordType: String!, $id: ID!) {
    restoreRecord(recordType: $recordType, id: $id)
  }
`);
