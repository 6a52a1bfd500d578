import { graphql } from '../../gql';

export const invoicesQuery = graphql(`
  query Invoices($first: Int!, $after: String, $status: InvoiceStatus, $customerId: ID) {
    invoices(first: $first, after: $after, status: $status, customerId: $customerId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        status
        periodFrom
        periodTo
        currency
        totalAmount
        totalMinutes
        issuedAt
        createdAt
        customer {
          id
          name
        }
      }
    }
  }
`);

export const invoiceFieldsFragment = graphql(`
  fragment InvoiceFields on Invoice {
    id
    number
    status
    periodFrom
    periodTo
    currency
    totalAmount
    totalMinutes
    createdAt
    issuedAt
    voidedAt
    customer {
      id
      name
      number
      vatNumber
      contact
    }
    lines {
      id
      position
      description
      minutes
      rate
      amount
    }
  }
`);

export const invoiceQuery = graphql(`
  query Invoice($id: ID!) {
    invoice(id: $id) {
      ...InvoiceFields
    }
  }
`);

export const invoiceCreateDraftMutation = graphql(`
  mutation InvoiceCreateDraft($input: InvoiceCreateDraftInput!) {
    invoiceCreateDraft(input: $input) {
      invoice {
        ...InvoiceFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const invoiceIssueMutation = graphql(`
  mutation InvoiceIssue($id: ID!) {
    invoiceIssue(id: $id) {
      invoice {
        ...InvoiceFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const invoiceVoidMutation = graphql(`
  mutation InvoiceVoid($id: ID!) {
    invoiceVoid(id: $id) {
      invoice {
        ...InvoiceFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
