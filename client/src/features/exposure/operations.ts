import { graphql } from '../../gql';

export const exposureSubjectFieldsFragment = graphql(`
  fragment ExposureSubjectFields on ExposureSubject {
    kind
    id
    name
    exposed
    locked
  }
`);

export const fieldExposureQuery = graphql(`
  query FieldExposure {
    fieldExposure {
      fields {
        field
        label
        category
        defaultForGroups
        defaultForServices
      }
      groups {
        ...ExposureSubjectFields
      }
      services {
        ...ExposureSubjectFields
      }
    }
  }
`);

export const fieldExposureSetMutation = graphql(`
  mutation FieldExposureSet($input: FieldExposureSetInput!) {
    fieldExposureSet(input: $input) {
      subject {
        ...ExposureSubjectFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
