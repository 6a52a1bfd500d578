/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Reauthenticate($password: String!, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      validUntil\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReauthenticateDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation SessionRevoke($id: ID!) {\n    sessionRevoke(id: $id) {\n      revokedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SessionRevokeDocument,
    "\n  mutation SessionRevokeOthers {\n    sessionRevokeOthers {\n      revokedCount\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SessionRevokeOthersDocument,
    "\n  mutation PasswordChange($input: PasswordChangeInput!) {\n    passwordChange(input: $input) {\n      changed\n      otherSessionsEnded\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.PasswordChangeDocument,
    "\n  mutation MfaEnrollStart {\n    mfaEnrollStart {\n      enrollment {\n        secret\n        otpauthUri\n        qrCodeSvg\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MfaEnrollStartDocument,
    "\n  mutation MfaEnrollConfirm($code: String!) {\n    mfaEnrollConfirm(code: $code) {\n      recoveryCodes\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MfaEnrollConfirmDocument,
    "\n  mutation MfaDisable {\n    mfaDisable {\n      disabled\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MfaDisableDocument,
    "\n  mutation MfaRecoveryCodesRegenerate {\n    mfaRecoveryCodesRegenerate {\n      recoveryCodes\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MfaRecoveryCodesRegenerateDocument,
    "\n  query ApprovalsInbox($first: Int!, $after: String) {\n    timesheets(status: SUBMITTED, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        week\n        weekStart\n        status\n        submittedAt\n        totalMinutes\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.ApprovalsInboxDocument,
    "\n  query TimesheetReview($week: String!, $userId: ID!) {\n    timesheet(week: $week, userId: $userId) {\n      ...TimesheetFields\n    }\n  }\n": typeof types.TimesheetReviewDocument,
    "\n  fragment TimesheetDecisionFields on Timesheet {\n    id\n    status\n    locked\n    comment\n    decidedAt\n    decidedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.TimesheetDecisionFieldsFragmentDoc,
    "\n  mutation TimesheetApprove($id: ID!) {\n    timesheetApprove(id: $id) {\n      timesheet {\n        ...TimesheetDecisionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TimesheetApproveDocument,
    "\n  mutation TimesheetReject($id: ID!, $comment: String!) {\n    timesheetReject(id: $id, comment: $comment) {\n      timesheet {\n        ...TimesheetDecisionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TimesheetRejectDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n    }\n    site {\n      id\n      slug\n      name\n    }\n    groups {\n      id\n      name\n    }\n    can\n    mfaEnabled\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      mfaRequired\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation LoginMfa($code: String!) {\n    loginMfa(code: $code) {\n      viewer {\n        ...ViewerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LoginMfaDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.PasswordResetRequestDocument,
    "\n  mutation PasswordReset($input: PasswordLinkInput!) {\n    passwordReset(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.PasswordResetDocument,
    "\n  mutation InvitationAccept($input: PasswordLinkInput!) {\n    invitationAccept(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvitationAcceptDocument,
    "\n  query SiteSignInOptions($slug: String!) {\n    siteSignInOptions(slug: $slug) {\n      sso\n      ssoRequired\n    }\n  }\n": typeof types.SiteSignInOptionsDocument,
    "\n  query PasswordLinkRules($token: String!, $purpose: PasswordLinkPurpose!) {\n    passwordLinkRules(token: $token, purpose: $purpose) {\n      minPasswordScore\n      minPasswordLength\n      userInputs\n    }\n  }\n": typeof types.PasswordLinkRulesDocument,
    "\n  fragment CustomerFields on Customer {\n    id\n    name\n    number\n    contact\n    vatNumber\n    currency\n    archived\n  }\n": typeof types.CustomerFieldsFragmentDoc,
    "\n  query Customers($first: Int!, $after: String, $search: String, $includeArchived: Boolean) {\n    customers(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerFields\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query CustomerOptions {\n    customers(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        number\n        currency\n      }\n    }\n  }\n": typeof types.CustomerOptionsDocument,
    "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerCreateDocument,
    "\n  mutation CustomerUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerUpdateDocument,
    "\n  mutation CustomerErase($id: ID!) {\n    customerErase(id: $id) {\n      erased\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerEraseDocument,
    "\n  fragment ExposureSubjectFields on ExposureSubject {\n    kind\n    id\n    name\n    exposed\n    locked\n  }\n": typeof types.ExposureSubjectFieldsFragmentDoc,
    "\n  query FieldExposure {\n    fieldExposure {\n      fields {\n        field\n        label\n        category\n        defaultForGroups\n        defaultForServices\n      }\n      groups {\n        ...ExposureSubjectFields\n      }\n      services {\n        ...ExposureSubjectFields\n      }\n    }\n  }\n": typeof types.FieldExposureDocument,
    "\n  mutation FieldExposureSet($input: FieldExposureSetInput!) {\n    fieldExposureSet(input: $input) {\n      subject {\n        ...ExposureSubjectFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.FieldExposureSetDocument,
    "\n  query Groups($first: Int!, $after: String) {\n    groups(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        builtIn\n        permissions\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  fragment GroupDetailFields on Group {\n    id\n    name\n    builtIn\n    permissions\n    members @include(if: $withMembers) {\n      isManager\n      user {\n        id\n        displayName\n        email\n        status\n      }\n    }\n  }\n": typeof types.GroupDetailFieldsFragmentDoc,
    "\n  query GroupDetail($id: ID!, $withMembers: Boolean!) {\n    group(id: $id) {\n      ...GroupDetailFields\n    }\n    # The Group type does not say which group is Administrators; the exposure matrix does.\n    fieldExposure {\n      groups {\n        id\n        locked\n      }\n    }\n  }\n": typeof types.GroupDetailDocument,
    "\n  mutation GroupCreate($input: GroupCreateInput!) {\n    groupCreate(input: $input) {\n      group {\n        id\n        name\n        builtIn\n        permissions\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.GroupCreateDocument,
    "\n  mutation GroupUpdate($id: ID!, $input: GroupUpdateInput!, $withMembers: Boolean!) {\n    groupUpdate(id: $id, input: $input) {\n      group {\n        ...GroupDetailFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.GroupUpdateDocument,
    "\n  mutation GroupDelete($id: ID!) {\n    groupDelete(id: $id) {\n      deletedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.GroupDeleteDocument,
    "\n  mutation GroupMemberSet($input: GroupMemberInput!, $withMembers: Boolean!) {\n    groupMemberSet(input: $input) {\n      group {\n        ...GroupDetailFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.GroupMemberSetDocument,
    "\n  query MemberCandidates($search: String) {\n    users(first: 20, search: $search, status: ACTIVE) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.MemberCandidatesDocument,
    "\n  fragment ImportPayloadFields on ImportPayload {\n    applied\n    file {\n      uploadId\n      fileName\n      bytes\n      encoding\n      delimiter\n      headers\n      rows\n      dateFormat\n      dateFormatDetected\n    }\n    fields {\n      key\n      label\n      description\n      required\n      column\n    }\n    report {\n      create\n      update\n      unchanged\n      refused\n      related {\n        resource\n        create\n      }\n      notes\n      refusedRows: rows(outcomes: [REFUSED], first: 50) {\n        row\n        key\n        summary\n        problems {\n          column\n          code\n          message\n        }\n      }\n      changedRows: rows(outcomes: [CREATE, UPDATE], first: 100) {\n        row\n        outcome\n        key\n        summary\n      }\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n": typeof types.ImportPayloadFieldsFragmentDoc,
    "\n  query ImportPreview($input: ImportInput!) {\n    importPreview(input: $input) {\n      ...ImportPayloadFields\n    }\n  }\n": typeof types.ImportPreviewDocument,
    "\n  mutation ImportApply($input: ImportInput!) {\n    importApply(input: $input) {\n      ...ImportPayloadFields\n    }\n  }\n": typeof types.ImportApplyDocument,
    "\n  query Invoices($first: Int!, $after: String, $status: InvoiceStatus, $customerId: ID) {\n    invoices(first: $first, after: $after, status: $status, customerId: $customerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        status\n        periodFrom\n        periodTo\n        currency\n        totalAmount\n        totalMinutes\n        issuedAt\n        createdAt\n        customer {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    status\n    periodFrom\n    periodTo\n    currency\n    totalAmount\n    totalMinutes\n    createdAt\n    issuedAt\n    voidedAt\n    customer {\n      id\n      name\n      number\n      vatNumber\n      contact\n    }\n    lines {\n      id\n      position\n      description\n      minutes\n      rate\n      amount\n    }\n  }\n": typeof types.InvoiceFieldsFragmentDoc,
    "\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.InvoiceDocument,
    "\n  mutation InvoiceCreateDraft($input: InvoiceCreateDraftInput!) {\n    invoiceCreateDraft(input: $input) {\n      invoice {\n        ...InvoiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvoiceCreateDraftDocument,
    "\n  mutation InvoiceIssue($id: ID!) {\n    invoiceIssue(id: $id) {\n      invoice {\n        ...InvoiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvoiceIssueDocument,
    "\n  mutation InvoiceVoid($id: ID!) {\n    invoiceVoid(id: $id) {\n      invoice {\n        ...InvoiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvoiceVoidDocument,
    "\n  fragment BackupRunFields on BackupRun {\n    id\n    kind\n    status\n    trigger\n    retention\n    startedAt\n    finishedAt\n    fileName\n    sizeBytes\n    encrypted\n    tableCount\n    rowCount\n    durationMs\n    verifiedAt\n    verificationOk\n    error\n    prunedAt\n  }\n": typeof types.BackupRunFieldsFragmentDoc,
    "\n  query Backups($first: Int!, $after: String) {\n    lastBackup: backups(first: 1, kind: BACKUP) {\n      nodes {\n        ...BackupRunFields\n      }\n    }\n    backups(first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...BackupRunFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BackupsDocument,
    "\n  query People($first: Int!, $after: String, $search: String, $withSessions: Boolean!) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        displayName\n        email\n        status\n        hourlyRate\n        activeSessionCount @include(if: $withSessions)\n        invitation {\n          sentAt\n          expiresAt\n        }\n        groups {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query PersonSessions($id: ID!) {\n    user(id: $id) {\n      id\n      activeSessionCount\n    }\n  }\n": typeof types.PersonSessionsDocument,
    "\n  query PeopleRates {\n    viewer {\n      site {\n        id\n        currency\n      }\n      exposure {\n        field\n        exposed\n      }\n    }\n  }\n": typeof types.PeopleRatesDocument,
    "\n  query GroupChoices {\n    groups(first: 100) {\n      nodes {\n        id\n        name\n        builtIn\n      }\n    }\n  }\n": typeof types.GroupChoicesDocument,
    "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        id\n        displayName\n        email\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UserCreateDocument,
    "\n  mutation UserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) {\n      user {\n        id\n        displayName\n        hourlyRate\n        groups {\n          id\n          name\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UserUpdateDocument,
    "\n  mutation UserInvite($userId: ID!) {\n    userInvite(userId: $userId) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UserInviteDocument,
    "\n  mutation UserDeactivate($id: ID!) {\n    userDeactivate(id: $id) {\n      user {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UserDeactivateDocument,
    "\n  mutation UserReactivate($id: ID!) {\n    userReactivate(id: $id) {\n      user {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UserReactivateDocument,
    "\n  mutation UserErase($id: ID!) {\n    userErase(id: $id) {\n      erased\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UserEraseDocument,
    "\n  query Projects(\n    $first: Int!\n    $after: String\n    $search: String\n    $customerId: ID\n    $includeArchived: Boolean\n    $withCustomer: Boolean!\n    $withPeople: Boolean!\n  ) {\n    projects(\n      first: $first\n      after: $after\n      search: $search\n      customerId: $customerId\n      includeArchived: $includeArchived\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        archived\n        hourlyRate\n        budgetMinutes\n        budgetAmount\n        customer @include(if: $withCustomer) {\n          id\n          name\n          currency\n        }\n        lead @include(if: $withPeople) {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    code\n    name\n    archived\n    billableByDefault\n    hourlyRate\n    budgetMinutes\n    budgetAmount\n    startsOn\n    endsOn\n  }\n": typeof types.ProjectFieldsFragmentDoc,
    "\n  fragment TaskFields on Task {\n    id\n    name\n    billable\n    hourlyRate\n    archived\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  query ProjectDetail($id: ID!, $withCustomer: Boolean!, $withPeople: Boolean!) {\n    project(id: $id) {\n      ...ProjectFields\n      customer @include(if: $withCustomer) {\n        id\n        name\n        currency\n        archived\n      }\n      lead @include(if: $withPeople) {\n        id\n        displayName\n        email\n      }\n      members @include(if: $withPeople) {\n        id\n        displayName\n        email\n        status\n      }\n      tasks(includeArchived: true) {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.ProjectDetailDocument,
    "\n  mutation ProjectCreate($input: ProjectCreateInput!) {\n    projectCreate(input: $input) {\n      project {\n        ...ProjectFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProjectCreateDocument,
    "\n  mutation ProjectUpdate($input: ProjectUpdateInput!) {\n    projectUpdate(input: $input) {\n      project {\n        ...ProjectFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProjectUpdateDocument,
    "\n  mutation TaskCreate($input: TaskCreateInput!) {\n    taskCreate(input: $input) {\n      task {\n        ...TaskFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TaskCreateDocument,
    "\n  mutation TaskUpdate($input: TaskUpdateInput!) {\n    taskUpdate(input: $input) {\n      task {\n        ...TaskFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TaskUpdateDocument,
    "\n  query PeopleOptions($search: String) {\n    users(first: 100, search: $search, status: ACTIVE) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.PeopleOptionsDocument,
    "\n  query MyProjects {\n    projects(mine: true, first: 100) {\n      nodes {\n        id\n        code\n        name\n        customer {\n          id\n          name\n        }\n        tasks {\n          id\n          name\n          archived\n        }\n      }\n    }\n  }\n": typeof types.MyProjectsDocument,
    "\n  fragment ReportRowFields on ReportRow {\n    customerId\n    customerName\n    currency\n    projectId\n    projectName\n    projectCode\n    taskId\n    taskName\n    userId\n    userName\n    week\n    month\n    entries\n    minutes\n    billableMinutes\n    nonBillableMinutes\n    amount\n    budgetMinutes\n    budgetAmount\n    # A project bills in its customer's currency: amounts of project rows can be shown.\n    project @include(if: $withCustomer) {\n      id\n      customer {\n        id\n        currency\n      }\n    }\n  }\n": typeof types.ReportRowFieldsFragmentDoc,
    "\n  query Report($input: ReportInput!, $withCustomer: Boolean!) {\n    report(input: $input) {\n      rows {\n        ...ReportRowFields\n      }\n      totals {\n        ...ReportRowFields\n      }\n    }\n  }\n": typeof types.ReportDocument,
    "\n  query BudgetBurn($weekly: ReportInput!, $before: ReportInput!, $withCustomer: Boolean!) {\n    weekly: report(input: $weekly) {\n      rows {\n        ...ReportRowFields\n      }\n      totals {\n        ...ReportRowFields\n      }\n    }\n    before: report(input: $before) {\n      rows {\n        ...ReportRowFields\n      }\n      totals {\n        ...ReportRowFields\n      }\n    }\n  }\n": typeof types.BudgetBurnDocument,
    "\n  query ReportProjectOptions($customerId: ID) {\n    projects(first: 100, customerId: $customerId, includeArchived: true) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        archived\n        budgetMinutes\n      }\n    }\n  }\n": typeof types.ReportProjectOptionsDocument,
    "\n  fragment SiteSettingsFields on SiteSettings {\n    minPasswordScore\n    mfaRequired\n    sessionIdleMinutes\n    sessionAbsoluteHours\n    timeZone\n    currency\n    defaultHourlyRate\n    roundingMinutes\n  }\n": typeof types.SiteSettingsFieldsFragmentDoc,
    "\n  query SiteSettings {\n    siteSettings {\n      ...SiteSettingsFields\n    }\n  }\n": typeof types.SiteSettingsDocument,
    "\n  mutation SiteSettingsUpdate($input: SiteSettingsInput!) {\n    siteSettingsUpdate(input: $input) {\n      settings {\n        ...SiteSettingsFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SiteSettingsUpdateDocument,
    "\n  query LoginBlocks {\n    loginBlocks {\n      id\n      scope\n      subject\n      reason\n      createdAt\n      blockedUntil\n    }\n  }\n": typeof types.LoginBlocksDocument,
    "\n  mutation LoginBlockLift($id: ID!) {\n    loginBlockLift(id: $id) {\n      block {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LoginBlockLiftDocument,
    "\n  query AuditEvents(\n    $first: Int!\n    $after: String\n    $action: String\n    $actorId: ID\n    $from: String\n    $to: String\n  ) {\n    auditEvents(\n      first: $first\n      after: $after\n      action: $action\n      actorId: $actorId\n      from: $from\n      to: $to\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        seq\n        occurredAt\n        action\n        actorType\n        actorId\n        targetType\n        targetId\n        ip\n        requestId\n        data\n        hash\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditChainVerify {\n    auditChainVerify {\n      ok\n      events\n      brokenSeq\n      brokenId\n      reason\n    }\n  }\n": typeof types.AuditChainVerifyDocument,
    "\n  fragment SsoSettingsFields on SiteSettings {\n    ssoMode\n    ssoIssuer\n    ssoClientId\n    ssoClientSecretSet\n    ssoAutoCreate\n    ssoCallbackUrl\n  }\n": typeof types.SsoSettingsFieldsFragmentDoc,
    "\n  query SsoSettings {\n    siteSettings {\n      ...SsoSettingsFields\n    }\n  }\n": typeof types.SsoSettingsDocument,
    "\n  mutation SsoSettingsUpdate($input: SiteSettingsInput!) {\n    siteSettingsUpdate(input: $input) {\n      settings {\n        ...SsoSettingsFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SsoSettingsUpdateDocument,
    "\n  fragment ServiceTokenFields on ServiceToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    lastUsedIp\n    revokedAt\n    active\n  }\n": typeof types.ServiceTokenFieldsFragmentDoc,
    "\n  fragment ServiceFields on Service {\n    id\n    name\n    description\n    contact\n    allowedIps\n    permissions\n    requestsPerMinute\n    createdAt\n  }\n": typeof types.ServiceFieldsFragmentDoc,
    "\n  query Services($first: Int!, $after: String) {\n    services(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ServiceFields\n        tokens {\n          id\n          active\n        }\n      }\n    }\n  }\n": typeof types.ServicesDocument,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n      tokens {\n        ...ServiceTokenFields\n      }\n    }\n  }\n": typeof types.ServiceDocument,
    "\n  mutation ServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ServiceCreateDocument,
    "\n  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {\n    serviceUpdate(id: $id, input: $input) {\n      service {\n        ...ServiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ServiceUpdateDocument,
    "\n  mutation ServiceDelete($id: ID!) {\n    serviceDelete(id: $id) {\n      deletedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ServiceDeleteDocument,
    "\n  mutation ServiceTokenCreate($input: ServiceTokenCreateInput!) {\n    serviceTokenCreate(input: $input) {\n      secret\n      token {\n        ...ServiceTokenFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ServiceTokenCreateDocument,
    "\n  mutation ServiceTokenRevoke($id: ID!) {\n    serviceTokenRevoke(id: $id) {\n      token {\n        ...ServiceTokenFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ServiceTokenRevokeDocument,
    "\n  mutation ServicePreviewStart($serviceId: ID!) {\n    servicePreviewStart(serviceId: $serviceId) {\n      secret\n      token {\n        id\n        expiresAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ServicePreviewStartDocument,
    "\n  query ServiceSchema($serviceId: ID!) {\n    serviceSchema(serviceId: $serviceId)\n  }\n": typeof types.ServiceSchemaDocument,
    "\n  query PreviewAccess {\n    access {\n      kind\n      serviceName\n      preview\n      permissions\n      exposure {\n        field\n        label\n        exposed\n      }\n    }\n  }\n": typeof types.PreviewAccessDocument,
    "\n  query PreviewCustomers($first: Int!) {\n    customers(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        number\n        vatNumber\n        contact\n      }\n    }\n  }\n": typeof types.PreviewCustomersDocument,
    "\n  query PreviewProjects($first: Int!) {\n    projects(first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        hourlyRate\n        budgetAmount\n      }\n    }\n  }\n": typeof types.PreviewProjectsDocument,
    "\n  query PreviewTimeEntries($first: Int!) {\n    timeEntries(first: $first, status: APPROVED) {\n      totalCount\n      nodes {\n        id\n        date\n        minutes\n        rate\n        amount\n        project {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.PreviewTimeEntriesDocument,
    "\n  query PreviewUsers($first: Int!) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.PreviewUsersDocument,
    "\n  query PartnerCustomersPage($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        number\n      }\n    }\n  }\n": typeof types.PartnerCustomersPageDocument,
    "\n      query PartnerAccess {\n        access {\n          kind\n          serviceName\n          preview\n          permissions\n          exposure {\n            field\n            exposed\n          }\n        }\n      }\n    ": typeof types.PartnerAccessDocument,
    "\n      query PartnerCustomerVat {\n        customers(first: 2) {\n          nodes {\n            name\n            vatNumber\n          }\n        }\n      }\n    ": typeof types.PartnerCustomerVatDocument,
    "\n      query PartnerPeople {\n        users(first: 2) {\n          nodes {\n            displayName\n          }\n        }\n      }\n    ": typeof types.PartnerPeopleDocument,
    "\n      query PartnerTooManyCustomers {\n        customers(first: 500) {\n          nodes {\n            name\n          }\n        }\n      }\n    ": typeof types.PartnerTooManyCustomersDocument,
    "\n      mutation PartnerCustomerCreate($input: CustomerCreateInput!) {\n        customerCreate(input: $input) {\n          customer {\n            id\n            name\n          }\n          errors {\n            field\n            code\n            message\n          }\n        }\n      }\n    ": typeof types.PartnerCustomerCreateDocument,
    "\n      query PartnerAccessWithBadToken {\n        access {\n          serviceName\n        }\n      }\n    ": typeof types.PartnerAccessWithBadTokenDocument,
    "\n      query PartnerAccessOverQuota {\n        access {\n          serviceName\n        }\n      }\n    ": typeof types.PartnerAccessOverQuotaDocument,
    "\n  fragment TimerFields on Timer {\n    id\n    startedAt\n    description\n    project {\n      id\n      code\n      name\n    }\n    task {\n      id\n      name\n    }\n  }\n": typeof types.TimerFieldsFragmentDoc,
    "\n  query Timer {\n    timer {\n      ...TimerFields\n    }\n  }\n": typeof types.TimerDocument,
    "\n  mutation TimerStart($input: TimerStartInput!) {\n    timerStart(input: $input) {\n      timer {\n        ...TimerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TimerStartDocument,
    "\n  mutation TimerStop {\n    timerStop {\n      timer {\n        ...TimerFields\n      }\n      stoppedEntry {\n        id\n        date\n        minutes\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TimerStopDocument,
    "\n  fragment TimesheetEntryFields on TimeEntry {\n    id\n    date\n    minutes\n    description\n    billable\n    status\n    project {\n      id\n      name\n      code\n    }\n    task {\n      id\n      name\n    }\n  }\n": typeof types.TimesheetEntryFieldsFragmentDoc,
    "\n  fragment TimesheetFields on Timesheet {\n    id\n    week\n    weekStart\n    status\n    locked\n    comment\n    submittedAt\n    decidedAt\n    decidedBy {\n      id\n      displayName\n    }\n    totalMinutes\n    user {\n      id\n      displayName\n    }\n    entries {\n      id\n      date\n      minutes\n      description\n      billable\n      status\n      project {\n        id\n        name\n        code\n      }\n      task {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TimesheetFieldsFragmentDoc,
    "\n  query Timesheet($week: String!) {\n    timesheet(week: $week) {\n      ...TimesheetFields\n    }\n  }\n": typeof types.TimesheetDocument,
    "\n  mutation TimeEntryCreate($input: TimeEntryCreateInput!) {\n    timeEntryCreate(input: $input) {\n      timeEntry {\n        ...TimesheetEntryFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TimeEntryCreateDocument,
    "\n  mutation TimeEntryUpdate($input: TimeEntryUpdateInput!) {\n    timeEntryUpdate(input: $input) {\n      timeEntry {\n        ...TimesheetEntryFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TimeEntryUpdateDocument,
    "\n  mutation TimeEntryDelete($id: ID!) {\n    timeEntryDelete(id: $id) {\n      deletedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TimeEntryDeleteDocument,
    "\n  mutation TimesheetSubmit($week: String!) {\n    timesheetSubmit(week: $week) {\n      timesheet {\n        id\n        status\n        locked\n        submittedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TimesheetSubmitDocument,
};
const documents: Documents = {
    "\n  mutation Reauthenticate($password: String!, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      validUntil\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ReauthenticateDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation SessionRevoke($id: ID!) {\n    sessionRevoke(id: $id) {\n      revokedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SessionRevokeDocument,
    "\n  mutation SessionRevokeOthers {\n    sessionRevokeOthers {\n      revokedCount\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SessionRevokeOthersDocument,
    "\n  mutation PasswordChange($input: PasswordChangeInput!) {\n    passwordChange(input: $input) {\n      changed\n      otherSessionsEnded\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.PasswordChangeDocument,
    "\n  mutation MfaEnrollStart {\n    mfaEnrollStart {\n      enrollment {\n        secret\n        otpauthUri\n        qrCodeSvg\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MfaEnrollStartDocument,
    "\n  mutation MfaEnrollConfirm($code: String!) {\n    mfaEnrollConfirm(code: $code) {\n      recoveryCodes\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MfaEnrollConfirmDocument,
    "\n  mutation MfaDisable {\n    mfaDisable {\n      disabled\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MfaDisableDocument,
    "\n  mutation MfaRecoveryCodesRegenerate {\n    mfaRecoveryCodesRegenerate {\n      recoveryCodes\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MfaRecoveryCodesRegenerateDocument,
    "\n  query ApprovalsInbox($first: Int!, $after: String) {\n    timesheets(status: SUBMITTED, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        week\n        weekStart\n        status\n        submittedAt\n        totalMinutes\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.ApprovalsInboxDocument,
    "\n  query TimesheetReview($week: String!, $userId: ID!) {\n    timesheet(week: $week, userId: $userId) {\n      ...TimesheetFields\n    }\n  }\n": types.TimesheetReviewDocument,
    "\n  fragment TimesheetDecisionFields on Timesheet {\n    id\n    status\n    locked\n    comment\n    decidedAt\n    decidedBy {\n      id\n      displayName\n    }\n  }\n": types.TimesheetDecisionFieldsFragmentDoc,
    "\n  mutation TimesheetApprove($id: ID!) {\n    timesheetApprove(id: $id) {\n      timesheet {\n        ...TimesheetDecisionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TimesheetApproveDocument,
    "\n  mutation TimesheetReject($id: ID!, $comment: String!) {\n    timesheetReject(id: $id, comment: $comment) {\n      timesheet {\n        ...TimesheetDecisionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TimesheetRejectDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n    }\n    site {\n      id\n      slug\n      name\n    }\n    groups {\n      id\n      name\n    }\n    can\n    mfaEnabled\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      mfaRequired\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation LoginMfa($code: String!) {\n    loginMfa(code: $code) {\n      viewer {\n        ...ViewerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LoginMfaDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.PasswordResetRequestDocument,
    "\n  mutation PasswordReset($input: PasswordLinkInput!) {\n    passwordReset(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.PasswordResetDocument,
    "\n  mutation InvitationAccept($input: PasswordLinkInput!) {\n    invitationAccept(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvitationAcceptDocument,
    "\n  query SiteSignInOptions($slug: String!) {\n    siteSignInOptions(slug: $slug) {\n      sso\n      ssoRequired\n    }\n  }\n": types.SiteSignInOptionsDocument,
    "\n  query PasswordLinkRules($token: String!, $purpose: PasswordLinkPurpose!) {\n    passwordLinkRules(token: $token, purpose: $purpose) {\n      minPasswordScore\n      minPasswordLength\n      userInputs\n    }\n  }\n": types.PasswordLinkRulesDocument,
    "\n  fragment CustomerFields on Customer {\n    id\n    name\n    number\n    contact\n    vatNumber\n    currency\n    archived\n  }\n": types.CustomerFieldsFragmentDoc,
    "\n  query Customers($first: Int!, $after: String, $search: String, $includeArchived: Boolean) {\n    customers(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerFields\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  query CustomerOptions {\n    customers(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        number\n        currency\n      }\n    }\n  }\n": types.CustomerOptionsDocument,
    "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerCreateDocument,
    "\n  mutation CustomerUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerUpdateDocument,
    "\n  mutation CustomerErase($id: ID!) {\n    customerErase(id: $id) {\n      erased\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerEraseDocument,
    "\n  fragment ExposureSubjectFields on ExposureSubject {\n    kind\n    id\n    name\n    exposed\n    locked\n  }\n": types.ExposureSubjectFieldsFragmentDoc,
    "\n  query FieldExposure {\n    fieldExposure {\n      fields {\n        field\n        label\n        category\n        defaultForGroups\n        defaultForServices\n      }\n      groups {\n        ...ExposureSubjectFields\n      }\n      services {\n        ...ExposureSubjectFields\n      }\n    }\n  }\n": types.FieldExposureDocument,
    "\n  mutation FieldExposureSet($input: FieldExposureSetInput!) {\n    fieldExposureSet(input: $input) {\n      subject {\n        ...ExposureSubjectFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.FieldExposureSetDocument,
    "\n  query Groups($first: Int!, $after: String) {\n    groups(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        builtIn\n        permissions\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  fragment GroupDetailFields on Group {\n    id\n    name\n    builtIn\n    permissions\n    members @include(if: $withMembers) {\n      isManager\n      user {\n        id\n        displayName\n        email\n        status\n      }\n    }\n  }\n": types.GroupDetailFieldsFragmentDoc,
    "\n  query GroupDetail($id: ID!, $withMembers: Boolean!) {\n    group(id: $id) {\n      ...GroupDetailFields\n    }\n    # The Group type does not say which group is Administrators; the exposure matrix does.\n    fieldExposure {\n      groups {\n        id\n        locked\n      }\n    }\n  }\n": types.GroupDetailDocument,
    "\n  mutation GroupCreate($input: GroupCreateInput!) {\n    groupCreate(input: $input) {\n      group {\n        id\n        name\n        builtIn\n        permissions\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.GroupCreateDocument,
    "\n  mutation GroupUpdate($id: ID!, $input: GroupUpdateInput!, $withMembers: Boolean!) {\n    groupUpdate(id: $id, input: $input) {\n      group {\n        ...GroupDetailFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.GroupUpdateDocument,
    "\n  mutation GroupDelete($id: ID!) {\n    groupDelete(id: $id) {\n      deletedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.GroupDeleteDocument,
    "\n  mutation GroupMemberSet($input: GroupMemberInput!, $withMembers: Boolean!) {\n    groupMemberSet(input: $input) {\n      group {\n        ...GroupDetailFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.GroupMemberSetDocument,
    "\n  query MemberCandidates($search: String) {\n    users(first: 20, search: $search, status: ACTIVE) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.MemberCandidatesDocument,
    "\n  fragment ImportPayloadFields on ImportPayload {\n    applied\n    file {\n      uploadId\n      fileName\n      bytes\n      encoding\n      delimiter\n      headers\n      rows\n      dateFormat\n      dateFormatDetected\n    }\n    fields {\n      key\n      label\n      description\n      required\n      column\n    }\n    report {\n      create\n      update\n      unchanged\n      refused\n      related {\n        resource\n        create\n      }\n      notes\n      refusedRows: rows(outcomes: [REFUSED], first: 50) {\n        row\n        key\n        summary\n        problems {\n          column\n          code\n          message\n        }\n      }\n      changedRows: rows(outcomes: [CREATE, UPDATE], first: 100) {\n        row\n        outcome\n        key\n        summary\n      }\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n": types.ImportPayloadFieldsFragmentDoc,
    "\n  query ImportPreview($input: ImportInput!) {\n    importPreview(input: $input) {\n      ...ImportPayloadFields\n    }\n  }\n": types.ImportPreviewDocument,
    "\n  mutation ImportApply($input: ImportInput!) {\n    importApply(input: $input) {\n      ...ImportPayloadFields\n    }\n  }\n": types.ImportApplyDocument,
    "\n  query Invoices($first: Int!, $after: String, $status: InvoiceStatus, $customerId: ID) {\n    invoices(first: $first, after: $after, status: $status, customerId: $customerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        status\n        periodFrom\n        periodTo\n        currency\n        totalAmount\n        totalMinutes\n        issuedAt\n        createdAt\n        customer {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InvoicesDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    status\n    periodFrom\n    periodTo\n    currency\n    totalAmount\n    totalMinutes\n    createdAt\n    issuedAt\n    voidedAt\n    customer {\n      id\n      name\n      number\n      vatNumber\n      contact\n    }\n    lines {\n      id\n      position\n      description\n      minutes\n      rate\n      amount\n    }\n  }\n": types.InvoiceFieldsFragmentDoc,
    "\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n": types.InvoiceDocument,
    "\n  mutation InvoiceCreateDraft($input: InvoiceCreateDraftInput!) {\n    invoiceCreateDraft(input: $input) {\n      invoice {\n        ...InvoiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvoiceCreateDraftDocument,
    "\n  mutation InvoiceIssue($id: ID!) {\n    invoiceIssue(id: $id) {\n      invoice {\n        ...InvoiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvoiceIssueDocument,
    "\n  mutation InvoiceVoid($id: ID!) {\n    invoiceVoid(id: $id) {\n      invoice {\n        ...InvoiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvoiceVoidDocument,
    "\n  fragment BackupRunFields on BackupRun {\n    id\n    kind\n    status\n    trigger\n    retention\n    startedAt\n    finishedAt\n    fileName\n    sizeBytes\n    encrypted\n    tableCount\n    rowCount\n    durationMs\n    verifiedAt\n    verificationOk\n    error\n    prunedAt\n  }\n": types.BackupRunFieldsFragmentDoc,
    "\n  query Backups($first: Int!, $after: String) {\n    lastBackup: backups(first: 1, kind: BACKUP) {\n      nodes {\n        ...BackupRunFields\n      }\n    }\n    backups(first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...BackupRunFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BackupsDocument,
    "\n  query People($first: Int!, $after: String, $search: String, $withSessions: Boolean!) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        displayName\n        email\n        status\n        hourlyRate\n        activeSessionCount @include(if: $withSessions)\n        invitation {\n          sentAt\n          expiresAt\n        }\n        groups {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query PersonSessions($id: ID!) {\n    user(id: $id) {\n      id\n      activeSessionCount\n    }\n  }\n": types.PersonSessionsDocument,
    "\n  query PeopleRates {\n    viewer {\n      site {\n        id\n        currency\n      }\n      exposure {\n        field\n        exposed\n      }\n    }\n  }\n": types.PeopleRatesDocument,
    "\n  query GroupChoices {\n    groups(first: 100) {\n      nodes {\n        id\n        name\n        builtIn\n      }\n    }\n  }\n": types.GroupChoicesDocument,
    "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        id\n        displayName\n        email\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UserCreateDocument,
    "\n  mutation UserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) {\n      user {\n        id\n        displayName\n        hourlyRate\n        groups {\n          id\n          name\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UserUpdateDocument,
    "\n  mutation UserInvite($userId: ID!) {\n    userInvite(userId: $userId) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UserInviteDocument,
    "\n  mutation UserDeactivate($id: ID!) {\n    userDeactivate(id: $id) {\n      user {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UserDeactivateDocument,
    "\n  mutation UserReactivate($id: ID!) {\n    userReactivate(id: $id) {\n      user {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UserReactivateDocument,
    "\n  mutation UserErase($id: ID!) {\n    userErase(id: $id) {\n      erased\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UserEraseDocument,
    "\n  query Projects(\n    $first: Int!\n    $after: String\n    $search: String\n    $customerId: ID\n    $includeArchived: Boolean\n    $withCustomer: Boolean!\n    $withPeople: Boolean!\n  ) {\n    projects(\n      first: $first\n      after: $after\n      search: $search\n      customerId: $customerId\n      includeArchived: $includeArchived\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        archived\n        hourlyRate\n        budgetMinutes\n        budgetAmount\n        customer @include(if: $withCustomer) {\n          id\n          name\n          currency\n        }\n        lead @include(if: $withPeople) {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    code\n    name\n    archived\n    billableByDefault\n    hourlyRate\n    budgetMinutes\n    budgetAmount\n    startsOn\n    endsOn\n  }\n": types.ProjectFieldsFragmentDoc,
    "\n  fragment TaskFields on Task {\n    id\n    name\n    billable\n    hourlyRate\n    archived\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  query ProjectDetail($id: ID!, $withCustomer: Boolean!, $withPeople: Boolean!) {\n    project(id: $id) {\n      ...ProjectFields\n      customer @include(if: $withCustomer) {\n        id\n        name\n        currency\n        archived\n      }\n      lead @include(if: $withPeople) {\n        id\n        displayName\n        email\n      }\n      members @include(if: $withPeople) {\n        id\n        displayName\n        email\n        status\n      }\n      tasks(includeArchived: true) {\n        ...TaskFields\n      }\n    }\n  }\n": types.ProjectDetailDocument,
    "\n  mutation ProjectCreate($input: ProjectCreateInput!) {\n    projectCreate(input: $input) {\n      project {\n        ...ProjectFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ProjectCreateDocument,
    "\n  mutation ProjectUpdate($input: ProjectUpdateInput!) {\n    projectUpdate(input: $input) {\n      project {\n        ...ProjectFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ProjectUpdateDocument,
    "\n  mutation TaskCreate($input: TaskCreateInput!) {\n    taskCreate(input: $input) {\n      task {\n        ...TaskFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TaskCreateDocument,
    "\n  mutation TaskUpdate($input: TaskUpdateInput!) {\n    taskUpdate(input: $input) {\n      task {\n        ...TaskFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TaskUpdateDocument,
    "\n  query PeopleOptions($search: String) {\n    users(first: 100, search: $search, status: ACTIVE) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.PeopleOptionsDocument,
    "\n  query MyProjects {\n    projects(mine: true, first: 100) {\n      nodes {\n        id\n        code\n        name\n        customer {\n          id\n          name\n        }\n        tasks {\n          id\n          name\n          archived\n        }\n      }\n    }\n  }\n": types.MyProjectsDocument,
    "\n  fragment ReportRowFields on ReportRow {\n    customerId\n    customerName\n    currency\n    projectId\n    projectName\n    projectCode\n    taskId\n    taskName\n    userId\n    userName\n    week\n    month\n    entries\n    minutes\n    billableMinutes\n    nonBillableMinutes\n    amount\n    budgetMinutes\n    budgetAmount\n    # A project bills in its customer's currency: amounts of project rows can be shown.\n    project @include(if: $withCustomer) {\n      id\n      customer {\n        id\n        currency\n      }\n    }\n  }\n": types.ReportRowFieldsFragmentDoc,
    "\n  query Report($input: ReportInput!, $withCustomer: Boolean!) {\n    report(input: $input) {\n      rows {\n        ...ReportRowFields\n      }\n      totals {\n        ...ReportRowFields\n      }\n    }\n  }\n": types.ReportDocument,
    "\n  query BudgetBurn($weekly: ReportInput!, $before: ReportInput!, $withCustomer: Boolean!) {\n    weekly: report(input: $weekly) {\n      rows {\n        ...ReportRowFields\n      }\n      totals {\n        ...ReportRowFields\n      }\n    }\n    before: report(input: $before) {\n      rows {\n        ...ReportRowFields\n      }\n      totals {\n        ...ReportRowFields\n      }\n    }\n  }\n": types.BudgetBurnDocument,
    "\n  query ReportProjectOptions($customerId: ID) {\n    projects(first: 100, customerId: $customerId, includeArchived: true) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        archived\n        budgetMinutes\n      }\n    }\n  }\n": types.ReportProjectOptionsDocument,
    "\n  fragment SiteSettingsFields on SiteSettings {\n    minPasswordScore\n    mfaRequired\n    sessionIdleMinutes\n    sessionAbsoluteHours\n    timeZone\n    currency\n    defaultHourlyRate\n    roundingMinutes\n  }\n": types.SiteSettingsFieldsFragmentDoc,
    "\n  query SiteSettings {\n    siteSettings {\n      ...SiteSettingsFields\n    }\n  }\n": types.SiteSettingsDocument,
    "\n  mutation SiteSettingsUpdate($input: SiteSettingsInput!) {\n    siteSettingsUpdate(input: $input) {\n      settings {\n        ...SiteSettingsFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SiteSettingsUpdateDocument,
    "\n  query LoginBlocks {\n    loginBlocks {\n      id\n      scope\n      subject\n      reason\n      createdAt\n      blockedUntil\n    }\n  }\n": types.LoginBlocksDocument,
    "\n  mutation LoginBlockLift($id: ID!) {\n    loginBlockLift(id: $id) {\n      block {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LoginBlockLiftDocument,
    "\n  query AuditEvents(\n    $first: Int!\n    $after: String\n    $action: String\n    $actorId: ID\n    $from: String\n    $to: String\n  ) {\n    auditEvents(\n      first: $first\n      after: $after\n      action: $action\n      actorId: $actorId\n      from: $from\n      to: $to\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        seq\n        occurredAt\n        action\n        actorType\n        actorId\n        targetType\n        targetId\n        ip\n        requestId\n        data\n        hash\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditChainVerify {\n    auditChainVerify {\n      ok\n      events\n      brokenSeq\n      brokenId\n      reason\n    }\n  }\n": types.AuditChainVerifyDocument,
    "\n  fragment SsoSettingsFields on SiteSettings {\n    ssoMode\n    ssoIssuer\n    ssoClientId\n    ssoClientSecretSet\n    ssoAutoCreate\n    ssoCallbackUrl\n  }\n": types.SsoSettingsFieldsFragmentDoc,
    "\n  query SsoSettings {\n    siteSettings {\n      ...SsoSettingsFields\n    }\n  }\n": types.SsoSettingsDocument,
    "\n  mutation SsoSettingsUpdate($input: SiteSettingsInput!) {\n    siteSettingsUpdate(input: $input) {\n      settings {\n        ...SsoSettingsFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SsoSettingsUpdateDocument,
    "\n  fragment ServiceTokenFields on ServiceToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    lastUsedIp\n    revokedAt\n    active\n  }\n": types.ServiceTokenFieldsFragmentDoc,
    "\n  fragment ServiceFields on Service {\n    id\n    name\n    description\n    contact\n    allowedIps\n    permissions\n    requestsPerMinute\n    createdAt\n  }\n": types.ServiceFieldsFragmentDoc,
    "\n  query Services($first: Int!, $after: String) {\n    services(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ServiceFields\n        tokens {\n          id\n          active\n        }\n      }\n    }\n  }\n": types.ServicesDocument,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n      tokens {\n        ...ServiceTokenFields\n      }\n    }\n  }\n": types.ServiceDocument,
    "\n  mutation ServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ServiceCreateDocument,
    "\n  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {\n    serviceUpdate(id: $id, input: $input) {\n      service {\n        ...ServiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ServiceUpdateDocument,
    "\n  mutation ServiceDelete($id: ID!) {\n    serviceDelete(id: $id) {\n      deletedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ServiceDeleteDocument,
    "\n  mutation ServiceTokenCreate($input: ServiceTokenCreateInput!) {\n    serviceTokenCreate(input: $input) {\n      secret\n      token {\n        ...ServiceTokenFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ServiceTokenCreateDocument,
    "\n  mutation ServiceTokenRevoke($id: ID!) {\n    serviceTokenRevoke(id: $id) {\n      token {\n        ...ServiceTokenFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ServiceTokenRevokeDocument,
    "\n  mutation ServicePreviewStart($serviceId: ID!) {\n    servicePreviewStart(serviceId: $serviceId) {\n      secret\n      token {\n        id\n        expiresAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ServicePreviewStartDocument,
    "\n  query ServiceSchema($serviceId: ID!) {\n    serviceSchema(serviceId: $serviceId)\n  }\n": types.ServiceSchemaDocument,
    "\n  query PreviewAccess {\n    access {\n      kind\n      serviceName\n      preview\n      permissions\n      exposure {\n        field\n        label\n        exposed\n      }\n    }\n  }\n": types.PreviewAccessDocument,
    "\n  query PreviewCustomers($first: Int!) {\n    customers(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        number\n        vatNumber\n        contact\n      }\n    }\n  }\n": types.PreviewCustomersDocument,
    "\n  query PreviewProjects($first: Int!) {\n    projects(first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        hourlyRate\n        budgetAmount\n      }\n    }\n  }\n": types.PreviewProjectsDocument,
    "\n  query PreviewTimeEntries($first: Int!) {\n    timeEntries(first: $first, status: APPROVED) {\n      totalCount\n      nodes {\n        id\n        date\n        minutes\n        rate\n        amount\n        project {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.PreviewTimeEntriesDocument,
    "\n  query PreviewUsers($first: Int!) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.PreviewUsersDocument,
    "\n  query PartnerCustomersPage($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        number\n      }\n    }\n  }\n": types.PartnerCustomersPageDocument,
    "\n      query PartnerAccess {\n        access {\n          kind\n          serviceName\n          preview\n          permissions\n          exposure {\n            field\n            exposed\n          }\n        }\n      }\n    ": types.PartnerAccessDocument,
    "\n      query PartnerCustomerVat {\n        customers(first: 2) {\n          nodes {\n            name\n            vatNumber\n          }\n        }\n      }\n    ": types.PartnerCustomerVatDocument,
    "\n      query PartnerPeople {\n        users(first: 2) {\n          nodes {\n            displayName\n          }\n        }\n      }\n    ": types.PartnerPeopleDocument,
    "\n      query PartnerTooManyCustomers {\n        customers(first: 500) {\n          nodes {\n            name\n          }\n        }\n      }\n    ": types.PartnerTooManyCustomersDocument,
    "\n      mutation PartnerCustomerCreate($input: CustomerCreateInput!) {\n        customerCreate(input: $input) {\n          customer {\n            id\n            name\n          }\n          errors {\n            field\n            code\n            message\n          }\n        }\n      }\n    ": types.PartnerCustomerCreateDocument,
    "\n      query PartnerAccessWithBadToken {\n        access {\n          serviceName\n        }\n      }\n    ": types.PartnerAccessWithBadTokenDocument,
    "\n      query PartnerAccessOverQuota {\n        access {\n          serviceName\n        }\n      }\n    ": types.PartnerAccessOverQuotaDocument,
    "\n  fragment TimerFields on Timer {\n    id\n    startedAt\n    description\n    project {\n      id\n      code\n      name\n    }\n    task {\n      id\n      name\n    }\n  }\n": types.TimerFieldsFragmentDoc,
    "\n  query Timer {\n    timer {\n      ...TimerFields\n    }\n  }\n": types.TimerDocument,
    "\n  mutation TimerStart($input: TimerStartInput!) {\n    timerStart(input: $input) {\n      timer {\n        ...TimerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TimerStartDocument,
    "\n  mutation TimerStop {\n    timerStop {\n      timer {\n        ...TimerFields\n      }\n      stoppedEntry {\n        id\n        date\n        minutes\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TimerStopDocument,
    "\n  fragment TimesheetEntryFields on TimeEntry {\n    id\n    date\n    minutes\n    description\n    billable\n    status\n    project {\n      id\n      name\n      code\n    }\n    task {\n      id\n      name\n    }\n  }\n": types.TimesheetEntryFieldsFragmentDoc,
    "\n  fragment TimesheetFields on Timesheet {\n    id\n    week\n    weekStart\n    status\n    locked\n    comment\n    submittedAt\n    decidedAt\n    decidedBy {\n      id\n      displayName\n    }\n    totalMinutes\n    user {\n      id\n      displayName\n    }\n    entries {\n      id\n      date\n      minutes\n      description\n      billable\n      status\n      project {\n        id\n        name\n        code\n      }\n      task {\n        id\n        name\n      }\n    }\n  }\n": types.TimesheetFieldsFragmentDoc,
    "\n  query Timesheet($week: String!) {\n    timesheet(week: $week) {\n      ...TimesheetFields\n    }\n  }\n": types.TimesheetDocument,
    "\n  mutation TimeEntryCreate($input: TimeEntryCreateInput!) {\n    timeEntryCreate(input: $input) {\n      timeEntry {\n        ...TimesheetEntryFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TimeEntryCreateDocument,
    "\n  mutation TimeEntryUpdate($input: TimeEntryUpdateInput!) {\n    timeEntryUpdate(input: $input) {\n      timeEntry {\n        ...TimesheetEntryFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TimeEntryUpdateDocument,
    "\n  mutation TimeEntryDelete($id: ID!) {\n    timeEntryDelete(id: $id) {\n      deletedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TimeEntryDeleteDocument,
    "\n  mutation TimesheetSubmit($week: String!) {\n    timesheetSubmit(week: $week) {\n      timesheet {\n        id\n        status\n        locked\n        submittedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TimesheetSubmitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reauthenticate($password: String!, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      validUntil\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Reauthenticate($password: String!, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      validUntil\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRevoke($id: ID!) {\n    sessionRevoke(id: $id) {\n      revokedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionRevoke($id: ID!) {\n    sessionRevoke(id: $id) {\n      revokedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRevokeOthers {\n    sessionRevokeOthers {\n      revokedCount\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionRevokeOthers {\n    sessionRevokeOthers {\n      revokedCount\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordChange($input: PasswordChangeInput!) {\n    passwordChange(input: $input) {\n      changed\n      otherSessionsEnded\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PasswordChange($input: PasswordChangeInput!) {\n    passwordChange(input: $input) {\n      changed\n      otherSessionsEnded\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MfaEnrollStart {\n    mfaEnrollStart {\n      enrollment {\n        secret\n        otpauthUri\n        qrCodeSvg\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MfaEnrollStart {\n    mfaEnrollStart {\n      enrollment {\n        secret\n        otpauthUri\n        qrCodeSvg\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MfaEnrollConfirm($code: String!) {\n    mfaEnrollConfirm(code: $code) {\n      recoveryCodes\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MfaEnrollConfirm($code: String!) {\n    mfaEnrollConfirm(code: $code) {\n      recoveryCodes\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MfaDisable {\n    mfaDisable {\n      disabled\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MfaDisable {\n    mfaDisable {\n      disabled\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MfaRecoveryCodesRegenerate {\n    mfaRecoveryCodesRegenerate {\n      recoveryCodes\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MfaRecoveryCodesRegenerate {\n    mfaRecoveryCodesRegenerate {\n      recoveryCodes\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalsInbox($first: Int!, $after: String) {\n    timesheets(status: SUBMITTED, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        week\n        weekStart\n        status\n        submittedAt\n        totalMinutes\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalsInbox($first: Int!, $after: String) {\n    timesheets(status: SUBMITTED, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        week\n        weekStart\n        status\n        submittedAt\n        totalMinutes\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimesheetReview($week: String!, $userId: ID!) {\n    timesheet(week: $week, userId: $userId) {\n      ...TimesheetFields\n    }\n  }\n"): (typeof documents)["\n  query TimesheetReview($week: String!, $userId: ID!) {\n    timesheet(week: $week, userId: $userId) {\n      ...TimesheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimesheetDecisionFields on Timesheet {\n    id\n    status\n    locked\n    comment\n    decidedAt\n    decidedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment TimesheetDecisionFields on Timesheet {\n    id\n    status\n    locked\n    comment\n    decidedAt\n    decidedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimesheetApprove($id: ID!) {\n    timesheetApprove(id: $id) {\n      timesheet {\n        ...TimesheetDecisionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TimesheetApprove($id: ID!) {\n    timesheetApprove(id: $id) {\n      timesheet {\n        ...TimesheetDecisionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimesheetReject($id: ID!, $comment: String!) {\n    timesheetReject(id: $id, comment: $comment) {\n      timesheet {\n        ...TimesheetDecisionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TimesheetReject($id: ID!, $comment: String!) {\n    timesheetReject(id: $id, comment: $comment) {\n      timesheet {\n        ...TimesheetDecisionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n    }\n    site {\n      id\n      slug\n      name\n    }\n    groups {\n      id\n      name\n    }\n    can\n    mfaEnabled\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n    }\n    site {\n      id\n      slug\n      name\n    }\n    groups {\n      id\n      name\n    }\n    can\n    mfaEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      mfaRequired\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n      mfaRequired\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginMfa($code: String!) {\n    loginMfa(code: $code) {\n      viewer {\n        ...ViewerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginMfa($code: String!) {\n    loginMfa(code: $code) {\n      viewer {\n        ...ViewerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordReset($input: PasswordLinkInput!) {\n    passwordReset(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PasswordReset($input: PasswordLinkInput!) {\n    passwordReset(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationAccept($input: PasswordLinkInput!) {\n    invitationAccept(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationAccept($input: PasswordLinkInput!) {\n    invitationAccept(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteSignInOptions($slug: String!) {\n    siteSignInOptions(slug: $slug) {\n      sso\n      ssoRequired\n    }\n  }\n"): (typeof documents)["\n  query SiteSignInOptions($slug: String!) {\n    siteSignInOptions(slug: $slug) {\n      sso\n      ssoRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordLinkRules($token: String!, $purpose: PasswordLinkPurpose!) {\n    passwordLinkRules(token: $token, purpose: $purpose) {\n      minPasswordScore\n      minPasswordLength\n      userInputs\n    }\n  }\n"): (typeof documents)["\n  query PasswordLinkRules($token: String!, $purpose: PasswordLinkPurpose!) {\n    passwordLinkRules(token: $token, purpose: $purpose) {\n      minPasswordScore\n      minPasswordLength\n      userInputs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerFields on Customer {\n    id\n    name\n    number\n    contact\n    vatNumber\n    currency\n    archived\n  }\n"): (typeof documents)["\n  fragment CustomerFields on Customer {\n    id\n    name\n    number\n    contact\n    vatNumber\n    currency\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($first: Int!, $after: String, $search: String, $includeArchived: Boolean) {\n    customers(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customers($first: Int!, $after: String, $search: String, $includeArchived: Boolean) {\n    customers(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerOptions {\n    customers(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        number\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerOptions {\n    customers(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        number\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerErase($id: ID!) {\n    customerErase(id: $id) {\n      erased\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerErase($id: ID!) {\n    customerErase(id: $id) {\n      erased\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExposureSubjectFields on ExposureSubject {\n    kind\n    id\n    name\n    exposed\n    locked\n  }\n"): (typeof documents)["\n  fragment ExposureSubjectFields on ExposureSubject {\n    kind\n    id\n    name\n    exposed\n    locked\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldExposure {\n    fieldExposure {\n      fields {\n        field\n        label\n        category\n        defaultForGroups\n        defaultForServices\n      }\n      groups {\n        ...ExposureSubjectFields\n      }\n      services {\n        ...ExposureSubjectFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FieldExposure {\n    fieldExposure {\n      fields {\n        field\n        label\n        category\n        defaultForGroups\n        defaultForServices\n      }\n      groups {\n        ...ExposureSubjectFields\n      }\n      services {\n        ...ExposureSubjectFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FieldExposureSet($input: FieldExposureSetInput!) {\n    fieldExposureSet(input: $input) {\n      subject {\n        ...ExposureSubjectFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FieldExposureSet($input: FieldExposureSetInput!) {\n    fieldExposureSet(input: $input) {\n      subject {\n        ...ExposureSubjectFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($first: Int!, $after: String) {\n    groups(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        builtIn\n        permissions\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups($first: Int!, $after: String) {\n    groups(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        builtIn\n        permissions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupDetailFields on Group {\n    id\n    name\n    builtIn\n    permissions\n    members @include(if: $withMembers) {\n      isManager\n      user {\n        id\n        displayName\n        email\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GroupDetailFields on Group {\n    id\n    name\n    builtIn\n    permissions\n    members @include(if: $withMembers) {\n      isManager\n      user {\n        id\n        displayName\n        email\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupDetail($id: ID!, $withMembers: Boolean!) {\n    group(id: $id) {\n      ...GroupDetailFields\n    }\n    # The Group type does not say which group is Administrators; the exposure matrix does.\n    fieldExposure {\n      groups {\n        id\n        locked\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupDetail($id: ID!, $withMembers: Boolean!) {\n    group(id: $id) {\n      ...GroupDetailFields\n    }\n    # The Group type does not say which group is Administrators; the exposure matrix does.\n    fieldExposure {\n      groups {\n        id\n        locked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupCreate($input: GroupCreateInput!) {\n    groupCreate(input: $input) {\n      group {\n        id\n        name\n        builtIn\n        permissions\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GroupCreate($input: GroupCreateInput!) {\n    groupCreate(input: $input) {\n      group {\n        id\n        name\n        builtIn\n        permissions\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupUpdate($id: ID!, $input: GroupUpdateInput!, $withMembers: Boolean!) {\n    groupUpdate(id: $id, input: $input) {\n      group {\n        ...GroupDetailFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GroupUpdate($id: ID!, $input: GroupUpdateInput!, $withMembers: Boolean!) {\n    groupUpdate(id: $id, input: $input) {\n      group {\n        ...GroupDetailFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupDelete($id: ID!) {\n    groupDelete(id: $id) {\n      deletedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GroupDelete($id: ID!) {\n    groupDelete(id: $id) {\n      deletedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupMemberSet($input: GroupMemberInput!, $withMembers: Boolean!) {\n    groupMemberSet(input: $input) {\n      group {\n        ...GroupDetailFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GroupMemberSet($input: GroupMemberInput!, $withMembers: Boolean!) {\n    groupMemberSet(input: $input) {\n      group {\n        ...GroupDetailFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberCandidates($search: String) {\n    users(first: 20, search: $search, status: ACTIVE) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberCandidates($search: String) {\n    users(first: 20, search: $search, status: ACTIVE) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportPayloadFields on ImportPayload {\n    applied\n    file {\n      uploadId\n      fileName\n      bytes\n      encoding\n      delimiter\n      headers\n      rows\n      dateFormat\n      dateFormatDetected\n    }\n    fields {\n      key\n      label\n      description\n      required\n      column\n    }\n    report {\n      create\n      update\n      unchanged\n      refused\n      related {\n        resource\n        create\n      }\n      notes\n      refusedRows: rows(outcomes: [REFUSED], first: 50) {\n        row\n        key\n        summary\n        problems {\n          column\n          code\n          message\n        }\n      }\n      changedRows: rows(outcomes: [CREATE, UPDATE], first: 100) {\n        row\n        outcome\n        key\n        summary\n      }\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ImportPayloadFields on ImportPayload {\n    applied\n    file {\n      uploadId\n      fileName\n      bytes\n      encoding\n      delimiter\n      headers\n      rows\n      dateFormat\n      dateFormatDetected\n    }\n    fields {\n      key\n      label\n      description\n      required\n      column\n    }\n    report {\n      create\n      update\n      unchanged\n      refused\n      related {\n        resource\n        create\n      }\n      notes\n      refusedRows: rows(outcomes: [REFUSED], first: 50) {\n        row\n        key\n        summary\n        problems {\n          column\n          code\n          message\n        }\n      }\n      changedRows: rows(outcomes: [CREATE, UPDATE], first: 100) {\n        row\n        outcome\n        key\n        summary\n      }\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($input: ImportInput!) {\n    importPreview(input: $input) {\n      ...ImportPayloadFields\n    }\n  }\n"): (typeof documents)["\n  query ImportPreview($input: ImportInput!) {\n    importPreview(input: $input) {\n      ...ImportPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportApply($input: ImportInput!) {\n    importApply(input: $input) {\n      ...ImportPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportApply($input: ImportInput!) {\n    importApply(input: $input) {\n      ...ImportPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($first: Int!, $after: String, $status: InvoiceStatus, $customerId: ID) {\n    invoices(first: $first, after: $after, status: $status, customerId: $customerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        status\n        periodFrom\n        periodTo\n        currency\n        totalAmount\n        totalMinutes\n        issuedAt\n        createdAt\n        customer {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invoices($first: Int!, $after: String, $status: InvoiceStatus, $customerId: ID) {\n    invoices(first: $first, after: $after, status: $status, customerId: $customerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        status\n        periodFrom\n        periodTo\n        currency\n        totalAmount\n        totalMinutes\n        issuedAt\n        createdAt\n        customer {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    status\n    periodFrom\n    periodTo\n    currency\n    totalAmount\n    totalMinutes\n    createdAt\n    issuedAt\n    voidedAt\n    customer {\n      id\n      name\n      number\n      vatNumber\n      contact\n    }\n    lines {\n      id\n      position\n      description\n      minutes\n      rate\n      amount\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    status\n    periodFrom\n    periodTo\n    currency\n    totalAmount\n    totalMinutes\n    createdAt\n    issuedAt\n    voidedAt\n    customer {\n      id\n      name\n      number\n      vatNumber\n      contact\n    }\n    lines {\n      id\n      position\n      description\n      minutes\n      rate\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceCreateDraft($input: InvoiceCreateDraftInput!) {\n    invoiceCreateDraft(input: $input) {\n      invoice {\n        ...InvoiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceCreateDraft($input: InvoiceCreateDraftInput!) {\n    invoiceCreateDraft(input: $input) {\n      invoice {\n        ...InvoiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceIssue($id: ID!) {\n    invoiceIssue(id: $id) {\n      invoice {\n        ...InvoiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceIssue($id: ID!) {\n    invoiceIssue(id: $id) {\n      invoice {\n        ...InvoiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceVoid($id: ID!) {\n    invoiceVoid(id: $id) {\n      invoice {\n        ...InvoiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoiceVoid($id: ID!) {\n    invoiceVoid(id: $id) {\n      invoice {\n        ...InvoiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BackupRunFields on BackupRun {\n    id\n    kind\n    status\n    trigger\n    retention\n    startedAt\n    finishedAt\n    fileName\n    sizeBytes\n    encrypted\n    tableCount\n    rowCount\n    durationMs\n    verifiedAt\n    verificationOk\n    error\n    prunedAt\n  }\n"): (typeof documents)["\n  fragment BackupRunFields on BackupRun {\n    id\n    kind\n    status\n    trigger\n    retention\n    startedAt\n    finishedAt\n    fileName\n    sizeBytes\n    encrypted\n    tableCount\n    rowCount\n    durationMs\n    verifiedAt\n    verificationOk\n    error\n    prunedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Backups($first: Int!, $after: String) {\n    lastBackup: backups(first: 1, kind: BACKUP) {\n      nodes {\n        ...BackupRunFields\n      }\n    }\n    backups(first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...BackupRunFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Backups($first: Int!, $after: String) {\n    lastBackup: backups(first: 1, kind: BACKUP) {\n      nodes {\n        ...BackupRunFields\n      }\n    }\n    backups(first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...BackupRunFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int!, $after: String, $search: String, $withSessions: Boolean!) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        displayName\n        email\n        status\n        hourlyRate\n        activeSessionCount @include(if: $withSessions)\n        invitation {\n          sentAt\n          expiresAt\n        }\n        groups {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($first: Int!, $after: String, $search: String, $withSessions: Boolean!) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        displayName\n        email\n        status\n        hourlyRate\n        activeSessionCount @include(if: $withSessions)\n        invitation {\n          sentAt\n          expiresAt\n        }\n        groups {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonSessions($id: ID!) {\n    user(id: $id) {\n      id\n      activeSessionCount\n    }\n  }\n"): (typeof documents)["\n  query PersonSessions($id: ID!) {\n    user(id: $id) {\n      id\n      activeSessionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleRates {\n    viewer {\n      site {\n        id\n        currency\n      }\n      exposure {\n        field\n        exposed\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleRates {\n    viewer {\n      site {\n        id\n        currency\n      }\n      exposure {\n        field\n        exposed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupChoices {\n    groups(first: 100) {\n      nodes {\n        id\n        name\n        builtIn\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupChoices {\n    groups(first: 100) {\n      nodes {\n        id\n        name\n        builtIn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        id\n        displayName\n        email\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        id\n        displayName\n        email\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) {\n      user {\n        id\n        displayName\n        hourlyRate\n        groups {\n          id\n          name\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) {\n      user {\n        id\n        displayName\n        hourlyRate\n        groups {\n          id\n          name\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserInvite($userId: ID!) {\n    userInvite(userId: $userId) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserInvite($userId: ID!) {\n    userInvite(userId: $userId) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserDeactivate($id: ID!) {\n    userDeactivate(id: $id) {\n      user {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserDeactivate($id: ID!) {\n    userDeactivate(id: $id) {\n      user {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserReactivate($id: ID!) {\n    userReactivate(id: $id) {\n      user {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserReactivate($id: ID!) {\n    userReactivate(id: $id) {\n      user {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserErase($id: ID!) {\n    userErase(id: $id) {\n      erased\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserErase($id: ID!) {\n    userErase(id: $id) {\n      erased\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects(\n    $first: Int!\n    $after: String\n    $search: String\n    $customerId: ID\n    $includeArchived: Boolean\n    $withCustomer: Boolean!\n    $withPeople: Boolean!\n  ) {\n    projects(\n      first: $first\n      after: $after\n      search: $search\n      customerId: $customerId\n      includeArchived: $includeArchived\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        archived\n        hourlyRate\n        budgetMinutes\n        budgetAmount\n        customer @include(if: $withCustomer) {\n          id\n          name\n          currency\n        }\n        lead @include(if: $withPeople) {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Projects(\n    $first: Int!\n    $after: String\n    $search: String\n    $customerId: ID\n    $includeArchived: Boolean\n    $withCustomer: Boolean!\n    $withPeople: Boolean!\n  ) {\n    projects(\n      first: $first\n      after: $after\n      search: $search\n      customerId: $customerId\n      includeArchived: $includeArchived\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        archived\n        hourlyRate\n        budgetMinutes\n        budgetAmount\n        customer @include(if: $withCustomer) {\n          id\n          name\n          currency\n        }\n        lead @include(if: $withPeople) {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFields on Project {\n    id\n    code\n    name\n    archived\n    billableByDefault\n    hourlyRate\n    budgetMinutes\n    budgetAmount\n    startsOn\n    endsOn\n  }\n"): (typeof documents)["\n  fragment ProjectFields on Project {\n    id\n    code\n    name\n    archived\n    billableByDefault\n    hourlyRate\n    budgetMinutes\n    budgetAmount\n    startsOn\n    endsOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id\n    name\n    billable\n    hourlyRate\n    archived\n  }\n"): (typeof documents)["\n  fragment TaskFields on Task {\n    id\n    name\n    billable\n    hourlyRate\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDetail($id: ID!, $withCustomer: Boolean!, $withPeople: Boolean!) {\n    project(id: $id) {\n      ...ProjectFields\n      customer @include(if: $withCustomer) {\n        id\n        name\n        currency\n        archived\n      }\n      lead @include(if: $withPeople) {\n        id\n        displayName\n        email\n      }\n      members @include(if: $withPeople) {\n        id\n        displayName\n        email\n        status\n      }\n      tasks(includeArchived: true) {\n        ...TaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectDetail($id: ID!, $withCustomer: Boolean!, $withPeople: Boolean!) {\n    project(id: $id) {\n      ...ProjectFields\n      customer @include(if: $withCustomer) {\n        id\n        name\n        currency\n        archived\n      }\n      lead @include(if: $withPeople) {\n        id\n        displayName\n        email\n      }\n      members @include(if: $withPeople) {\n        id\n        displayName\n        email\n        status\n      }\n      tasks(includeArchived: true) {\n        ...TaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectCreate($input: ProjectCreateInput!) {\n    projectCreate(input: $input) {\n      project {\n        ...ProjectFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectCreate($input: ProjectCreateInput!) {\n    projectCreate(input: $input) {\n      project {\n        ...ProjectFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectUpdate($input: ProjectUpdateInput!) {\n    projectUpdate(input: $input) {\n      project {\n        ...ProjectFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectUpdate($input: ProjectUpdateInput!) {\n    projectUpdate(input: $input) {\n      project {\n        ...ProjectFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskCreate($input: TaskCreateInput!) {\n    taskCreate(input: $input) {\n      task {\n        ...TaskFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TaskCreate($input: TaskCreateInput!) {\n    taskCreate(input: $input) {\n      task {\n        ...TaskFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskUpdate($input: TaskUpdateInput!) {\n    taskUpdate(input: $input) {\n      task {\n        ...TaskFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TaskUpdate($input: TaskUpdateInput!) {\n    taskUpdate(input: $input) {\n      task {\n        ...TaskFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleOptions($search: String) {\n    users(first: 100, search: $search, status: ACTIVE) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleOptions($search: String) {\n    users(first: 100, search: $search, status: ACTIVE) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProjects {\n    projects(mine: true, first: 100) {\n      nodes {\n        id\n        code\n        name\n        customer {\n          id\n          name\n        }\n        tasks {\n          id\n          name\n          archived\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProjects {\n    projects(mine: true, first: 100) {\n      nodes {\n        id\n        code\n        name\n        customer {\n          id\n          name\n        }\n        tasks {\n          id\n          name\n          archived\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRowFields on ReportRow {\n    customerId\n    customerName\n    currency\n    projectId\n    projectName\n    projectCode\n    taskId\n    taskName\n    userId\n    userName\n    week\n    month\n    entries\n    minutes\n    billableMinutes\n    nonBillableMinutes\n    amount\n    budgetMinutes\n    budgetAmount\n    # A project bills in its customer's currency: amounts of project rows can be shown.\n    project @include(if: $withCustomer) {\n      id\n      customer {\n        id\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReportRowFields on ReportRow {\n    customerId\n    customerName\n    currency\n    projectId\n    projectName\n    projectCode\n    taskId\n    taskName\n    userId\n    userName\n    week\n    month\n    entries\n    minutes\n    billableMinutes\n    nonBillableMinutes\n    amount\n    budgetMinutes\n    budgetAmount\n    # A project bills in its customer's currency: amounts of project rows can be shown.\n    project @include(if: $withCustomer) {\n      id\n      customer {\n        id\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Report($input: ReportInput!, $withCustomer: Boolean!) {\n    report(input: $input) {\n      rows {\n        ...ReportRowFields\n      }\n      totals {\n        ...ReportRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Report($input: ReportInput!, $withCustomer: Boolean!) {\n    report(input: $input) {\n      rows {\n        ...ReportRowFields\n      }\n      totals {\n        ...ReportRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetBurn($weekly: ReportInput!, $before: ReportInput!, $withCustomer: Boolean!) {\n    weekly: report(input: $weekly) {\n      rows {\n        ...ReportRowFields\n      }\n      totals {\n        ...ReportRowFields\n      }\n    }\n    before: report(input: $before) {\n      rows {\n        ...ReportRowFields\n      }\n      totals {\n        ...ReportRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BudgetBurn($weekly: ReportInput!, $before: ReportInput!, $withCustomer: Boolean!) {\n    weekly: report(input: $weekly) {\n      rows {\n        ...ReportRowFields\n      }\n      totals {\n        ...ReportRowFields\n      }\n    }\n    before: report(input: $before) {\n      rows {\n        ...ReportRowFields\n      }\n      totals {\n        ...ReportRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportProjectOptions($customerId: ID) {\n    projects(first: 100, customerId: $customerId, includeArchived: true) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        archived\n        budgetMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportProjectOptions($customerId: ID) {\n    projects(first: 100, customerId: $customerId, includeArchived: true) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        archived\n        budgetMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteSettingsFields on SiteSettings {\n    minPasswordScore\n    mfaRequired\n    sessionIdleMinutes\n    sessionAbsoluteHours\n    timeZone\n    currency\n    defaultHourlyRate\n    roundingMinutes\n  }\n"): (typeof documents)["\n  fragment SiteSettingsFields on SiteSettings {\n    minPasswordScore\n    mfaRequired\n    sessionIdleMinutes\n    sessionAbsoluteHours\n    timeZone\n    currency\n    defaultHourlyRate\n    roundingMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteSettings {\n    siteSettings {\n      ...SiteSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query SiteSettings {\n    siteSettings {\n      ...SiteSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteSettingsUpdate($input: SiteSettingsInput!) {\n    siteSettingsUpdate(input: $input) {\n      settings {\n        ...SiteSettingsFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SiteSettingsUpdate($input: SiteSettingsInput!) {\n    siteSettingsUpdate(input: $input) {\n      settings {\n        ...SiteSettingsFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginBlocks {\n    loginBlocks {\n      id\n      scope\n      subject\n      reason\n      createdAt\n      blockedUntil\n    }\n  }\n"): (typeof documents)["\n  query LoginBlocks {\n    loginBlocks {\n      id\n      scope\n      subject\n      reason\n      createdAt\n      blockedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginBlockLift($id: ID!) {\n    loginBlockLift(id: $id) {\n      block {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginBlockLift($id: ID!) {\n    loginBlockLift(id: $id) {\n      block {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents(\n    $first: Int!\n    $after: String\n    $action: String\n    $actorId: ID\n    $from: String\n    $to: String\n  ) {\n    auditEvents(\n      first: $first\n      after: $after\n      action: $action\n      actorId: $actorId\n      from: $from\n      to: $to\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        seq\n        occurredAt\n        action\n        actorType\n        actorId\n        targetType\n        targetId\n        ip\n        requestId\n        data\n        hash\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents(\n    $first: Int!\n    $after: String\n    $action: String\n    $actorId: ID\n    $from: String\n    $to: String\n  ) {\n    auditEvents(\n      first: $first\n      after: $after\n      action: $action\n      actorId: $actorId\n      from: $from\n      to: $to\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        seq\n        occurredAt\n        action\n        actorType\n        actorId\n        targetType\n        targetId\n        ip\n        requestId\n        data\n        hash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainVerify {\n    auditChainVerify {\n      ok\n      events\n      brokenSeq\n      brokenId\n      reason\n    }\n  }\n"): (typeof documents)["\n  query AuditChainVerify {\n    auditChainVerify {\n      ok\n      events\n      brokenSeq\n      brokenId\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SsoSettingsFields on SiteSettings {\n    ssoMode\n    ssoIssuer\n    ssoClientId\n    ssoClientSecretSet\n    ssoAutoCreate\n    ssoCallbackUrl\n  }\n"): (typeof documents)["\n  fragment SsoSettingsFields on SiteSettings {\n    ssoMode\n    ssoIssuer\n    ssoClientId\n    ssoClientSecretSet\n    ssoAutoCreate\n    ssoCallbackUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoSettings {\n    siteSettings {\n      ...SsoSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query SsoSettings {\n    siteSettings {\n      ...SsoSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoSettingsUpdate($input: SiteSettingsInput!) {\n    siteSettingsUpdate(input: $input) {\n      settings {\n        ...SsoSettingsFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SsoSettingsUpdate($input: SiteSettingsInput!) {\n    siteSettingsUpdate(input: $input) {\n      settings {\n        ...SsoSettingsFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceTokenFields on ServiceToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    lastUsedIp\n    revokedAt\n    active\n  }\n"): (typeof documents)["\n  fragment ServiceTokenFields on ServiceToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    lastUsedIp\n    revokedAt\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceFields on Service {\n    id\n    name\n    description\n    contact\n    allowedIps\n    permissions\n    requestsPerMinute\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ServiceFields on Service {\n    id\n    name\n    description\n    contact\n    allowedIps\n    permissions\n    requestsPerMinute\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Services($first: Int!, $after: String) {\n    services(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ServiceFields\n        tokens {\n          id\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Services($first: Int!, $after: String) {\n    services(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ServiceFields\n        tokens {\n          id\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n      tokens {\n        ...ServiceTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n      tokens {\n        ...ServiceTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceCreate($input: ServiceCreateInput!) {\n    serviceCreate(input: $input) {\n      service {\n        ...ServiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {\n    serviceUpdate(id: $id, input: $input) {\n      service {\n        ...ServiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {\n    serviceUpdate(id: $id, input: $input) {\n      service {\n        ...ServiceFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceDelete($id: ID!) {\n    serviceDelete(id: $id) {\n      deletedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceDelete($id: ID!) {\n    serviceDelete(id: $id) {\n      deletedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceTokenCreate($input: ServiceTokenCreateInput!) {\n    serviceTokenCreate(input: $input) {\n      secret\n      token {\n        ...ServiceTokenFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceTokenCreate($input: ServiceTokenCreateInput!) {\n    serviceTokenCreate(input: $input) {\n      secret\n      token {\n        ...ServiceTokenFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceTokenRevoke($id: ID!) {\n    serviceTokenRevoke(id: $id) {\n      token {\n        ...ServiceTokenFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceTokenRevoke($id: ID!) {\n    serviceTokenRevoke(id: $id) {\n      token {\n        ...ServiceTokenFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServicePreviewStart($serviceId: ID!) {\n    servicePreviewStart(serviceId: $serviceId) {\n      secret\n      token {\n        id\n        expiresAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ServicePreviewStart($serviceId: ID!) {\n    servicePreviewStart(serviceId: $serviceId) {\n      secret\n      token {\n        id\n        expiresAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceSchema($serviceId: ID!) {\n    serviceSchema(serviceId: $serviceId)\n  }\n"): (typeof documents)["\n  query ServiceSchema($serviceId: ID!) {\n    serviceSchema(serviceId: $serviceId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewAccess {\n    access {\n      kind\n      serviceName\n      preview\n      permissions\n      exposure {\n        field\n        label\n        exposed\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewAccess {\n    access {\n      kind\n      serviceName\n      preview\n      permissions\n      exposure {\n        field\n        label\n        exposed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewCustomers($first: Int!) {\n    customers(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        number\n        vatNumber\n        contact\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewCustomers($first: Int!) {\n    customers(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        number\n        vatNumber\n        contact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewProjects($first: Int!) {\n    projects(first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        hourlyRate\n        budgetAmount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewProjects($first: Int!) {\n    projects(first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        hourlyRate\n        budgetAmount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewTimeEntries($first: Int!) {\n    timeEntries(first: $first, status: APPROVED) {\n      totalCount\n      nodes {\n        id\n        date\n        minutes\n        rate\n        amount\n        project {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewTimeEntries($first: Int!) {\n    timeEntries(first: $first, status: APPROVED) {\n      totalCount\n      nodes {\n        id\n        date\n        minutes\n        rate\n        amount\n        project {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewUsers($first: Int!) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewUsers($first: Int!) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCustomersPage($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerCustomersPage($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartnerAccess {\n        access {\n          kind\n          serviceName\n          preview\n          permissions\n          exposure {\n            field\n            exposed\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PartnerAccess {\n        access {\n          kind\n          serviceName\n          preview\n          permissions\n          exposure {\n            field\n            exposed\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartnerCustomerVat {\n        customers(first: 2) {\n          nodes {\n            name\n            vatNumber\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PartnerCustomerVat {\n        customers(first: 2) {\n          nodes {\n            name\n            vatNumber\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartnerPeople {\n        users(first: 2) {\n          nodes {\n            displayName\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PartnerPeople {\n        users(first: 2) {\n          nodes {\n            displayName\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartnerTooManyCustomers {\n        customers(first: 500) {\n          nodes {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PartnerTooManyCustomers {\n        customers(first: 500) {\n          nodes {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PartnerCustomerCreate($input: CustomerCreateInput!) {\n        customerCreate(input: $input) {\n          customer {\n            id\n            name\n          }\n          errors {\n            field\n            code\n            message\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PartnerCustomerCreate($input: CustomerCreateInput!) {\n        customerCreate(input: $input) {\n          customer {\n            id\n            name\n          }\n          errors {\n            field\n            code\n            message\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartnerAccessWithBadToken {\n        access {\n          serviceName\n        }\n      }\n    "): (typeof documents)["\n      query PartnerAccessWithBadToken {\n        access {\n          serviceName\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartnerAccessOverQuota {\n        access {\n          serviceName\n        }\n      }\n    "): (typeof documents)["\n      query PartnerAccessOverQuota {\n        access {\n          serviceName\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimerFields on Timer {\n    id\n    startedAt\n    description\n    project {\n      id\n      code\n      name\n    }\n    task {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TimerFields on Timer {\n    id\n    startedAt\n    description\n    project {\n      id\n      code\n      name\n    }\n    task {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timer {\n    timer {\n      ...TimerFields\n    }\n  }\n"): (typeof documents)["\n  query Timer {\n    timer {\n      ...TimerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimerStart($input: TimerStartInput!) {\n    timerStart(input: $input) {\n      timer {\n        ...TimerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TimerStart($input: TimerStartInput!) {\n    timerStart(input: $input) {\n      timer {\n        ...TimerFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimerStop {\n    timerStop {\n      timer {\n        ...TimerFields\n      }\n      stoppedEntry {\n        id\n        date\n        minutes\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TimerStop {\n    timerStop {\n      timer {\n        ...TimerFields\n      }\n      stoppedEntry {\n        id\n        date\n        minutes\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimesheetEntryFields on TimeEntry {\n    id\n    date\n    minutes\n    description\n    billable\n    status\n    project {\n      id\n      name\n      code\n    }\n    task {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TimesheetEntryFields on TimeEntry {\n    id\n    date\n    minutes\n    description\n    billable\n    status\n    project {\n      id\n      name\n      code\n    }\n    task {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimesheetFields on Timesheet {\n    id\n    week\n    weekStart\n    status\n    locked\n    comment\n    submittedAt\n    decidedAt\n    decidedBy {\n      id\n      displayName\n    }\n    totalMinutes\n    user {\n      id\n      displayName\n    }\n    entries {\n      id\n      date\n      minutes\n      description\n      billable\n      status\n      project {\n        id\n        name\n        code\n      }\n      task {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TimesheetFields on Timesheet {\n    id\n    week\n    weekStart\n    status\n    locked\n    comment\n    submittedAt\n    decidedAt\n    decidedBy {\n      id\n      displayName\n    }\n    totalMinutes\n    user {\n      id\n      displayName\n    }\n    entries {\n      id\n      date\n      minutes\n      description\n      billable\n      status\n      project {\n        id\n        name\n        code\n      }\n      task {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timesheet($week: String!) {\n    timesheet(week: $week) {\n      ...TimesheetFields\n    }\n  }\n"): (typeof documents)["\n  query Timesheet($week: String!) {\n    timesheet(week: $week) {\n      ...TimesheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimeEntryCreate($input: TimeEntryCreateInput!) {\n    timeEntryCreate(input: $input) {\n      timeEntry {\n        ...TimesheetEntryFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TimeEntryCreate($input: TimeEntryCreateInput!) {\n    timeEntryCreate(input: $input) {\n      timeEntry {\n        ...TimesheetEntryFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimeEntryUpdate($input: TimeEntryUpdateInput!) {\n    timeEntryUpdate(input: $input) {\n      timeEntry {\n        ...TimesheetEntryFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TimeEntryUpdate($input: TimeEntryUpdateInput!) {\n    timeEntryUpdate(input: $input) {\n      timeEntry {\n        ...TimesheetEntryFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimeEntryDelete($id: ID!) {\n    timeEntryDelete(id: $id) {\n      deletedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TimeEntryDelete($id: ID!) {\n    timeEntryDelete(id: $id) {\n      deletedId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimesheetSubmit($week: String!) {\n    timesheetSubmit(week: $week) {\n      timesheet {\n        id\n        status\n        locked\n        submittedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TimesheetSubmit($week: String!) {\n    timesheetSubmit(week: $week) {\n      timesheet {\n        id\n        status\n        locked\n        submittedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;