import { graphql } from '../../gql';

export const timerFieldsFragment = graphql(`
  fragment TimerFields on Timer {
    id
    startedAt
    description
    project {
      id
      code
      name
    }
    task {
      id
      name
    }
  }
`);

export const timerQuery = graphql(`
  query Timer {
    timer {
      ...TimerFields
    }
  }
`);

export const timerStartMutation = graphql(`
  mutation TimerStart($input: TimerStartInput!) {
    timerStart(input: $input) {
      timer {
        ...TimerFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const timerStopMutation = graphql(`
  mutation TimerStop {
    timerStop {
      timer {
        ...TimerFields
      }
      stoppedEntry {
        id
        date
        minutes
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
