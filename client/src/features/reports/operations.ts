import { graphql } from '../../gql';

// Every report query selects the same fields: report rows have no id, so Apollo stores them
// per input, and equal inputs must not overwrite each other's rows with fewer fields.
export const reportRowFieldsFragment = graphql(`
  fragment ReportRowFields on ReportRow {
    customerId
    customerName
    currency
    projectId
    projectName
    projectCode
    taskId
    taskName
    userId
    userName
    week
    month
    entries
    minutes
    billableMinutes
    nonBillableMinutes
    amount
    budgetMinutes
    budgetAmount
    # A project bills in its customer's currency: amounts of project rows can be shown.
    project @include(if: $withCustomer) {
      id
      customer {
        id
        currency
      }
    }
  }
`);

export const reportQuery = graphql(`
  query Report($input: ReportInput!, $withCustomer: Boolean!) {
    report(input: $input) {
      rows {
        ...ReportRowFields
      }
      totals {
        ...ReportRowFields
      }
    }
  }
`);

/** The project's weeks in the period, and all its time before the period. */
export const budgetBurnQuery = graphql(`
  query BudgetBurn($weekly: ReportInput!, $before: ReportInput!, $withCustomer: Boolean!) {
    weekly: report(input: $weekly) {
      rows {
        ...ReportRowFields
      }
      totals {
        ...ReportRowFields
      }
    }
    before: report(input: $before) {
      rows {
        ...ReportRowFields
      }
      totals {
        ...ReportRowFields
      }
    }
  }
`);

/** Projects to filter by (archived too: their time is still reported). */
export const reportProjectOptionsQuery = graphql(`
  query ReportProjectOptions($customerId: ID) {
    projects(first: 100, customerId: $customerId, includeArchived: true) {
      totalCount
      nodes {
        id
        code
        name
        archived
        budgetMinutes
      }
    }
  }
`);
