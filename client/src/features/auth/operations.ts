import { graphql } from '../../gql';

export const viewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    user {
      id
      email
      displayName
    }
    site {
      id
      slug
      name
    }
    groups {
      id
      name
    }
    can
    mfaEnabled
  }
`);

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      viewer {
        ...ViewerFields
      }
      mfaRequired
      errors {
        field
        code
        message
      }
    }
  }
`);

export const loginMfaMutation = graphql(`
  mutation LoginMfa($code: String!) {
    loginMfa(code: $code) {
      viewer {
        ...ViewerFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);

export const passwordResetRequestMutation = graphql(`
  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {
    passwordResetRequest(input: $input) {
      ok
      errors {
        field
        code
        message
      }
    }
  }
`);

export const passwordResetMutation = graphql(`
  mutation PasswordReset($input: PasswordLinkInput!) {
    passwordReset(input: $input) {
      ok
      errors {
        field
        code
        message
      }
    }
  }
`);

export const invitationAcceptMutation = graphql(`
  mutation InvitationAccept($input: PasswordLinkInput!) {
    invitationAccept(input: $input) {
      ok
      errors {
        field
        code
        message
      }
    }
  }
`);

export const siteSignInOptionsQuery = graphql(`
  query SiteSignInOptions($slug: String!) {
    siteSignInOptions(slug: $slug) {
      sso
      ssoRequired
    }
  }
`);

/** What the password from an emailed link will be measured against; null for a link that cannot be used. */
export const passwordLinkRulesQuery = graphql(`
  query PasswordLinkRules($token: String!, $purpose: PasswordLinkPurpose!) {
    passwordLinkRules(token: $token, purpose: $purpose) {
      minPasswordScore
      minPasswordLength
      userInputs
    }
  }
`);
