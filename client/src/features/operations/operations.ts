import { graphql } from '../../gql';

export const backupRunFieldsFragment = graphql(`
  fragment BackupRunFields on BackupRun {
    id
    kind
    status
    trigger
    retention
    startedAt
    finishedAt
    fileName
    sizeBytes
    encrypted
    tableCount
    rowCount
    durationMs
    verifiedAt
    verificationOk
    error
    prunedAt
  }
`);

export const backupsQuery = graphql(`
  query Backups($first: Int!, $after: String) {
    lastBackup: backups(first: 1, kind: BACKUP) {
      nodes {
        ...BackupRunFields
      }
    }
    backups(first: $first, after: $after) {
      totalCount
      nodes {
        ...BackupRunFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
