import { graphql } from '../../gql';

// The API's depth limit counts fragment spreads as levels: a fragment inside a fragment inside
// a field soon goes past it. So TimesheetFields spells out the same entry fields as
// TimesheetEntryFields instead of spreading it; keep the two alike.
export const timesheetEntryFieldsFragment = graphql(`
  fragment TimesheetEntryFields on TimeEntry {
    id
    date
    minutes
    description
    billable
    status
    project {
      id
      name
      code
    }
    task {
      id
      name
    }
  }
`);

export const timesheetFieldsFragment = graphql(`
  fragment TimesheetFields on Timesheet {
    id
    week
    weekStart
    status
    locked
    comment
    submittedAt
    decidedAt
    decidedBy {
      id
      displayName
    }
    totalMinutes
    user {
      id
      displayName
    }
    entries {
      id
      date
      minutes
      description
      billable
      status
      project {
        id
        name
        code
      }
      task {
        id
        name
      }
    }
  }
`);

export const timesheetQuery = graphql(`
  query Timesheet($week: String!) {
    timesheet(week: $week) {
      ...TimesheetFields
    }
  }
`);

export const timeEntryCreateMutation = graphql(`
  mutation TimeEntryCreate($input: TimeEntryCreateInput!) {
    timeEntryCreate(input: $input) {
      timeEntry {
        ...TimesheetEntryFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const timeEntryUpdateMutation = graphql(`
  mutation TimeEntryUpdate($input: TimeEntryUpdateInput!) {
    timeEntryUpdate(input: $input) {
      timeEntry {
        ...TimesheetEntryFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const timeEntryDeleteMutation = graphql(`
  mutation TimeEntryDelete($id: ID!) {
    timeEntryDelete(id: $id) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);

export const timesheetSubmitMutation = graphql(`
  mutation TimesheetSubmit($week: String!) {
    timesheetSubmit(week: $week) {
      timesheet {
        id
        status
        locked
        submittedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
