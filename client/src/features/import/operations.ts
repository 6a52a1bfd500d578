import { graphql } from '../../gql';

export const importPayloadFragment = graphql(`
  fragment ImportPayloadFields on ImportPayload {
    applied
    file {
      uploadId
      fileName
      bytes
      encoding
      delimiter
      headers
      rows
      dateFormat
      dateFormatDetected
    }
    fields {
      key
      label
      description
      required
      column
    }
    report {
      create
      update
      unchanged
      refused
      related {
        resource
        create
      }
      notes
      refusedRows: rows(outcomes: [REFUSED], first: 50) {
        row
        key
        summary
        problems {
          column
          code
          message
        }
      }
      changedRows: rows(outcomes: [CREATE, UPDATE], first: 100) {
        row
        outcome
        key
        summary
      }
    }
    errors {
      field
      code
      message
    }
  }
`);

export const importPreviewQuery = graphql(`
  query ImportPreview($input: ImportInput!) {
    importPreview(input: $input) {
      ...ImportPayloadFields
    }
  }
`);

export const importApplyMutation = graphql(`
  mutation ImportApply($input: ImportInput!) {
    importApply(input: $input) {
      ...ImportPayloadFields
    }
  }
`);
