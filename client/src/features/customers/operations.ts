import { graphql } from '../../gql';

export const customerFieldsFragment = graphql(`
  fragment CustomerFields on Customer {
    id
    name
    number
    contact
    vatNumber
    currency
    archived
  }
`);

export const customersQuery = graphql(`
  query Customers($first: Int!, $after: String, $search: String, $includeArchived: Boolean) {
    customers(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CustomerFields
      }
    }
  }
`);

/** The open customers, for choosing one in a form or a filter. */
export const customerOptionsQuery = graphql(`
  query CustomerOptions {
    customers(first: 100) {
      totalCount
      nodes {
        id
        name
        number
        currency
      }
    }
  }
`);

export const customerCreateMutation = graphql(`
  mutation CustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        ...CustomerFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const customerUpdateMutation = graphql(`
  mutation CustomerUpdate($input: CustomerUpdateInput!) {
    customerUpdate(input: $input) {
      customer {
        ...CustomerFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const customerEraseMutation = graphql(`
  mutation CustomerErase($id: ID!) {
    customerErase(id: $id) {
      erased
      errors {
        field
        code
        message
      }
    }
  }
`);
