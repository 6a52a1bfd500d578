import { graphql } from '../../gql';

export const mySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastSeenAt
      expiresAt
      ip
      userAgent
      current
    }
  }
`);

export const sessionRevokeMutation = graphql(`
  mutation SessionRevoke($id: ID!) {
    sessionRevoke(id: $id) {
      revokedId
      errors {
        field
        code
        message
      }
    }
  }
`);

export const sessionRevokeOthersMutation = graphql(`
  mutation SessionRevokeOthers {
    sessionRevokeOthers {
      revokedCount
      errors {
        field
        code
        message
      }
    }
  }
`);

export const passwordChangeMutation = graphql(`
  mutation PasswordChange($input: PasswordChangeInput!) {
    passwordChange(input: $input) {
      changed
      otherSessionsEnded
      errors {
        field
        code
        message
      }
    }
  }
`);

export const mfaEnrollStartMutation = graphql(`
  mutation MfaEnrollStart {
    mfaEnrollStart {
      enrollment {
        secret
        otpauthUri
        qrCodeSvg
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const mfaEnrollConfirmMutation = graphql(`
  mutation MfaEnrollConfirm($code: String!) {
    mfaEnrollConfirm(code: $code) {
      recoveryCodes
      errors {
        field
        code
        message
      }
    }
  }
`);

export const mfaDisableMutation = graphql(`
  mutation MfaDisable {
    mfaDisable {
      disabled
      errors {
        field
        code
        message
      }
    }
  }
`);

export const mfaRecoveryCodesRegenerateMutation = graphql(`
  mutation MfaRecoveryCodesRegenerate {
    mfaRecoveryCodesRegenerate {
      recoveryCodes
      errors {
        field
        code
        message
      }
    }
  }
`);
