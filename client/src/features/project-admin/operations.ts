import { graphql } from '../../gql';

export const projectsQuery = graphql(`
  query Projects(
    $first: Int!
    $after: String
    $search: String
    $customerId: ID
    $includeArchived: Boolean
    $withCustomer: Boolean!
    $withPeople: Boolean!
  ) {
    projects(
      first: $first
      after: $after
      search: $search
      customerId: $customerId
      includeArchived: $includeArchived
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
        archived
        hourlyRate
        budgetMinutes
        budgetAmount
        customer @include(if: $withCustomer) {
          id
          name
          currency
        }
        lead @include(if: $withPeople) {
          id
          displayName
        }
      }
    }
  }
`);

export const projectFieldsFragment = graphql(`
  fragment ProjectFields on Project {
    id
    code
    name
    archived
    billableByDefault
    hourlyRate
    budgetMinutes
    budgetAmount
    startsOn
    endsOn
  }
`);

export const taskFieldsFragment = graphql(`
  fragment TaskFields on Task {
    id
    name
    billable
    hourlyRate
    archived
  }
`);

export const projectDetailQuery = graphql(`
  query ProjectDetail($id: ID!, $withCustomer: Boolean!, $withPeople: Boolean!) {
    project(id: $id) {
      ...ProjectFields
      customer @include(if: $withCustomer) {
        id
        name
        currency
        archived
      }
      lead @include(if: $withPeople) {
        id
        displayName
        email
      }
      members @include(if: $withPeople) {
        id
        displayName
        email
        status
      }
      tasks(includeArchived: true) {
        ...TaskFields
      }
    }
  }
`);

export const projectCreateMutation = graphql(`
  mutation ProjectCreate($input: ProjectCreateInput!) {
    projectCreate(input: $input) {
      project {
        ...ProjectFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const projectUpdateMutation = graphql(`
  mutation ProjectUpdate($input: ProjectUpdateInput!) {
    projectUpdate(input: $input) {
      project {
        ...ProjectFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const taskCreateMutation = graphql(`
  mutation TaskCreate($input: TaskCreateInput!) {
    taskCreate(input: $input) {
      task {
        ...TaskFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const taskUpdateMutation = graphql(`
  mutation TaskUpdate($input: TaskUpdateInput!) {
    taskUpdate(input: $input) {
      task {
        ...TaskFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** Active people of the site, for choosing members and a lead. */
export const peopleOptionsQuery = graphql(`
  query PeopleOptions($search: String) {
    users(first: 100, search: $search, status: ACTIVE) {
      totalCount
      nodes {
        id
        displayName
        email
      }
    }
  }
`);
