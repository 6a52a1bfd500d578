import { graphql } from '../../gql';

export const groupsQuery = graphql(`
  query Groups($first: Int!, $after: String) {
    groups(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        builtIn
        permissions
      }
    }
  }
`);

export const groupDetailFieldsFragment = graphql(`
  fragment GroupDetailFields on Group {
    id
    name
    builtIn
    permissions
    members @include(if: $withMembers) {
      isManager
      user {
        id
        displayName
        email
        status
      }
    }
  }
`);

export const groupDetailQuery = graphql(`
  query GroupDetail($id: ID!, $withMembers: Boolean!) {
    group(id: $id) {
      ...GroupDetailFields
    }
    # The Group type does not say which group is Administrators; the exposure matrix does.
    fieldExposure {
      groups {
        id
        locked
      }
    }
  }
`);

export const groupCreateMutation = graphql(`
  mutation GroupCreate($input: GroupCreateInput!) {
    groupCreate(input: $input) {
      group {
        id
        name
        builtIn
        permissions
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const groupUpdateMutation = graphql(`
  mutation GroupUpdate($id: ID!, $input: GroupUpdateInput!, $withMembers: Boolean!) {
    groupUpdate(id: $id, input: $input) {
      group {
        ...GroupDetailFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const groupDeleteMutation = graphql(`
  mutation GroupDelete($id: ID!) {
    groupDelete(id: $id) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);

export const groupMemberSetMutation = graphql(`
  mutation GroupMemberSet($input: GroupMemberInput!, $withMembers: Boolean!) {
    groupMemberSet(input: $input) {
      group {
        ...GroupDetailFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const memberCandidatesQuery = graphql(`
  query MemberCandidates($search: String) {
    users(first: 20, search: $search, status: ACTIVE) {
      totalCount
      nodes {
        id
        displayName
        email
      }
    }
  }
`);
