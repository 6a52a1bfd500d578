import { graphql } from '../../gql';

export const approvalsInboxQuery = graphql(`
  query ApprovalsInbox($first: Int!, $after: String) {
    timesheets(status: SUBMITTED, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        week
        weekStart
        status
        submittedAt
        totalMinutes
        user {
          id
          displayName
          email
        }
      }
    }
  }
`);

export const timesheetReviewQuery = graphql(`
  query TimesheetReview($week: String!, $userId: ID!) {
    timesheet(week: $week, userId: $userId) {
      ...TimesheetFields
    }
  }
`);

export const timesheetDecisionFieldsFragment = graphql(`
  fragment TimesheetDecisionFields on Timesheet {
    id
    status
    locked
    comment
    decidedAt
    decidedBy {
      id
      displayName
    }
  }
`);

export const timesheetApproveMutation = graphql(`
  mutation TimesheetApprove($id: ID!) {
    timesheetApprove(id: $id) {
      timesheet {
        ...TimesheetDecisionFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const timesheetRejectMutation = graphql(`
  mutation TimesheetReject($id: ID!, $comment: String!) {
    timesheetReject(id: $id, comment: $comment) {
      timesheet {
        ...TimesheetDecisionFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
